"""Paper: a tileable fibre-and-tooth texture made once, tiled to any size, shared by the watercolour and sketch
styles (and the film grain of the photo look)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image

from openbanana.engines.draft.world.fields import fractal_noise


@lru_cache(maxsize=1)
def _tooth() -> np.ndarray:
    """Fine grain (the paper's tooth) plus a faint mottle, zero mean, about unit spread."""
    fine = fractal_noise(0.9, seed=11)
    mottle = fractal_noise(2.6, seed=12)
    fibres = np.roll(fractal_noise(1.4, seed=13), 3, axis=1) * 0.5 + np.roll(fractal_noise(1.4, seed=13), -3, axis=0)
    return np.asarray(fine * 0.6 + mottle * 0.3 + fibres * 0.2, dtype=np.float32)


def tiled(noise: np.ndarray, size: tuple[int, int], offset: tuple[int, int] = (0, 0)) -> np.ndarray:
    """A tileable field repeated to cover width×height, starting at `offset` (so seeds shift it)."""
    width, height = size
    reps = (height + offset[1]) // noise.shape[0] + 2, (width + offset[0]) // noise.shape[1] + 2
    return np.tile(noise, reps)[offset[1]:offset[1] + height, offset[0]:offset[0] + width]


@lru_cache(maxsize=8)
def _tooth_levels(depth: int) -> np.ndarray:
    """The tooth as uint8 around 255 - depth: light paper with darker pits, ready to multiply."""
    return np.asarray(np.clip(255 - depth - _tooth() * depth * 0.8, 0, 255), dtype=np.uint8)


def paper_mask(size: tuple[int, int], offset: tuple[int, int], depth: int) -> Image.Image:
    """An L image of the paper's tooth to multiply a picture by (255: untouched, darker: pits)."""
    return Image.fromarray(tiled(_tooth_levels(depth), size, offset), "L")


@lru_cache(maxsize=1)
def grain() -> np.ndarray:
    """Film grain: fine noise with no structure, as int16 around 0 (about ±6)."""
    return np.asarray(fractal_noise(0.3, seed=21) * 3, dtype=np.int16)


