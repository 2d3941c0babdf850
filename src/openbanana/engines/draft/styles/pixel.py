"""Pixel art: the picture on a coarse grid of big square pixels in a small palette, scaled up crisp (no smoothing);
text is set afterwards at full resolution, so it stays exact."""

from __future__ import annotations

import random

from PIL import Image, ImageEnhance

GRID_LONG_SIDE = 160  # cells along the long side
PALETTE = 28  # colours


def pixelate(image: Image.Image, rng: random.Random) -> Image.Image:
    """The picture reduced to the grid and its colours to the palette: one pixel per cell, to be scaled up with
    no smoothing."""
    width, height = image.size
    factor = GRID_LONG_SIDE / max(width, height)
    grid = (max(1, round(width * factor)), max(1, round(height * factor)))
    small = image.resize(grid, Image.Resampling.BOX)
    small = ImageEnhance.Color(small).enhance(1.2)
    return small.quantize(PALETTE, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("RGB")
