"""Sketch: graphite outlines where colours meet, cross-hatching where the picture is dark, a faint wash of the
original colours, on paper."""

from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from openbanana.engines.draft.styles.paper import paper_mask, tiled

GRAPHITE = (48, 50, 60)
PAPER = (248, 245, 236)


@lru_cache(maxsize=8)
def _hatch(period: int, direction: int) -> np.ndarray:
    """A 256² tile of pencil strokes on the diagonal (direction 1: /, -1: \\), 0..1, slightly uneven."""
    ys, xs = np.mgrid[0:256, 0:256].astype(np.float32)
    phase = (xs * direction + ys) * (2 * np.pi / period)
    strokes = np.clip(np.cos(phase) * 1.8 - 0.6, 0, 1)
    wobble = 0.75 + 0.25 * np.cos(xs * 0.05 + ys * 0.031 * direction)
    return np.asarray(strokes * wobble, dtype=np.float32)


def _outlines(image: Image.Image) -> Image.Image:
    """Edge strength from every colour band (a hue change draws a line even at equal brightness), as an L mask."""
    r, g, b = image.filter(ImageFilter.FIND_EDGES).split()
    edges = ImageChops.lighter(ImageChops.lighter(r, g), b)
    return edges.point(lambda v: min(255, max(0, (v - 10) * 4))).filter(ImageFilter.GaussianBlur(0.6))


def sketch(image: Image.Image, rng: random.Random) -> Image.Image:
    size = image.size
    luma = np.asarray(image.convert("L"), dtype=np.float32) / 255
    period = max(6, round(min(size) / 110))
    offset = (rng.randrange(256), rng.randrange(256))
    single = tiled(_hatch(period, 1), size, offset)
    cross = tiled(_hatch(period, -1), size, offset)
    shade = np.clip((0.72 - luma) / 0.32, 0, 1) * single + np.clip((0.45 - luma) / 0.28, 0, 1) * cross
    hatching = Image.fromarray((np.clip(shade * 0.55, 0, 1) * 255).astype(np.uint8), "L")
    ink = ImageChops.lighter(_outlines(image), hatching)
    tooth = paper_mask(size, offset, 14)
    sheet = Image.merge("RGB", (tooth, tooth, tooth))
    sheet = ImageChops.multiply(sheet, Image.new("RGB", size, PAPER))
    wash = Image.blend(sheet, ImageChops.multiply(sheet, image), 0.3)  # a faint wash of colour, like tinted pencil
    return Image.composite(Image.new("RGB", size, GRAPHITE), wash, ImageChops.multiply(ink, tooth))
