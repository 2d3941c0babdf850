"""Pixel art: the picture on a coarse grid of big square pixels in a small palette, scaled up crisp (no smoothing);
text is set afterwards at full resolution, so it stays exact."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageEnhance

GRID_LONG_SIDE = 160  # cells along the long side
PALETTE = 28  # colours
SET_APART = 6  # of them, kept for the colours furthest from the rest (a face, an eye, a small flower)
BIN = 8  # colours are counted in bins of 8 levels per channel
REFINING = 8  # rounds of the palette's refinement
FEW_CELLS = 2  # a colour on fewer cells is noise at a figure's edge, not a colour of its own


def pixelate(image: Image.Image, rng: random.Random) -> Image.Image:
    """The picture reduced to the grid and its colours to the palette: one pixel per cell, to be scaled up with
    no smoothing."""
    width, height = image.size
    factor = GRID_LONG_SIDE / max(width, height)
    grid = (max(1, round(width * factor)), max(1, round(height * factor)))
    small = ImageEnhance.Color(image.resize(grid, Image.Resampling.BOX)).enhance(1.2)
    cells = np.asarray(small.convert("RGB"), dtype=np.float32).reshape(-1, 3)
    palette = fair_palette(cells, median_cut(small))
    nearest = np.argmin(((cells[:, None, :] - palette[None, :, :]) ** 2).sum(axis=2), axis=1)
    out = np.clip(np.round(palette[nearest]), 0, 255).astype(np.uint8).reshape(grid[1], grid[0], 3)
    return Image.fromarray(out, "RGB")


def median_cut(image: Image.Image) -> np.ndarray:
    """The median-cut palette: where the refinement starts."""
    quantized = image.quantize(PALETTE - SET_APART, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    colours = np.asarray(quantized.getpalette() or [], dtype=np.float32).reshape(-1, 3)
    return colours[: max(1, len(quantized.getcolors() or []))]


def fair_palette(cells: np.ndarray, start: np.ndarray) -> np.ndarray:
    """A palette in which a small figure keeps its own colours: median cut gives the sky and the ground most of the
    palette (they cover most cells), so a green dragon on grass became grass. Each colour bin counts by the square
    root of its cells, and the palette is refined toward those counts (weighted k-means from the median cut); then
    the last few colours go, one by one, to the colour furthest from all the others (a face among grass)."""
    bins = (cells // BIN).astype(np.int32)
    keys = (bins[:, 0] * 64 + bins[:, 1]) * 64 + bins[:, 2]
    unique, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    sums = np.zeros((len(unique), 3), dtype=np.float64)
    np.add.at(sums, inverse, cells)
    colours = sums / counts[:, None]
    weights = np.sqrt(counts)
    palette = start.astype(np.float64)
    for _ in range(REFINING):
        nearest = np.argmin(((colours[:, None, :] - palette[None, :, :]) ** 2).sum(axis=2), axis=1)
        mass = np.bincount(nearest, weights=weights, minlength=len(palette))
        moved = np.stack([np.bincount(nearest, weights=weights * colours[:, channel], minlength=len(palette))
                          for channel in range(3)], axis=1)
        kept = mass > 0
        palette[kept] = moved[kept] / mass[kept, None]
    candidates = colours[counts >= FEW_CELLS]
    for _ in range(SET_APART if len(candidates) else 0):
        distance = ((candidates[:, None, :] - palette[None, :, :]) ** 2).sum(axis=2).min(axis=1)
        palette = np.vstack([palette, candidates[int(np.argmax(distance))]])
    return palette.astype(np.float32)
