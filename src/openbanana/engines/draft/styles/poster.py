"""Bold looks over the flat drawing: a poster (saturated colours, heavy ink outlines where colours meet) and 3D
(subjects shaded as if lit from the top left, deeper shadows, a touch more contrast)."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from openbanana.imaging.drawing.glyphs import Sprite, union_mask

INK = (24, 22, 30)


def poster(image: Image.Image, rng: random.Random) -> Image.Image:
    """Screen-printed colour: pushed saturation and contrast, each channel cut to a few flat levels."""
    vivid = ImageEnhance.Contrast(ImageEnhance.Color(image).enhance(1.35)).enhance(1.1)
    return ImageOps.posterize(vivid, 4)


def outline_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int]) -> None:
    """A heavy ink outline around the pictogram, drawn under it (the poster look's figures). The silhouette is
    grown on a half-size copy: the outline is soft-edged anyway."""
    weight = max(4, round(max(canvas.size) / 170))
    half = max(1, weight // 2) | 1
    small = union_mask(made, 0.5)
    pad = half + 1
    grown = Image.new("L", (small.width + 2 * pad, small.height + 2 * pad), 0)
    grown.paste(small, (pad, pad))
    grown = grown.filter(ImageFilter.MaxFilter(half))
    size = (made.size[0] + 4 * pad, made.size[1] + 4 * pad)
    canvas.paste(INK, (origin[0] - 2 * pad, origin[1] - 2 * pad), grown.resize(size, Image.Resampling.BILINEAR))


def solid(image: Image.Image, rng: random.Random) -> Image.Image:
    """The 3D look's finish: a little more contrast and colour."""
    return ImageEnhance.Color(ImageEnhance.Contrast(image).enhance(1.1)).enhance(1.1)


def shade_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int]) -> None:
    """Round the flat pictogram: light from the top left, shade toward the bottom right. The shading is smooth, so
    it is worked out on a quarter-size silhouette, shrunk a little so that its soft edge stays inside the shape."""
    width, height = made.size
    if width < 8 or height < 8:
        return
    inside = union_mask(made, 0.25).filter(ImageFilter.MinFilter(3))
    silhouette = np.asarray(inside, dtype=np.float32)
    h, w = silhouette.shape
    diagonal = (np.linspace(0, 0.5, w, dtype=np.float32)[None, :]
                + np.linspace(0, 0.5, h, dtype=np.float32)[:, None])
    light = np.clip((0.5 - diagonal) * 2, 0, 1) * 0.5
    dark = np.clip((diagonal - 0.45) * 1.8, 0, 1) * 0.55
    for color, amount in (((255, 255, 245), light), ((16, 12, 40), dark)):
        mask = Image.fromarray((silhouette * amount).astype(np.uint8), "L").resize(made.size,
                                                                                    Image.Resampling.BILINEAR)
        canvas.paste(color, (origin[0], origin[1], origin[0] + width, origin[1] + height), mask)
