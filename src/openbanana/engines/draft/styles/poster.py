"""Bold looks over the flat drawing: a poster (saturated colours, heavy ink outlines where colours meet) and 3D
(subjects shaded as if lit from the top left, deeper shadows, a touch more contrast)."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from openbanana.engines.draft.pictograms import Sprite, union_mask

INK = (24, 22, 30)


def poster(image: Image.Image, rng: random.Random) -> Image.Image:
    """Screen-printed colour: pushed saturation and contrast, each channel cut to a few flat levels."""
    vivid = ImageEnhance.Contrast(ImageEnhance.Color(image).enhance(1.35)).enhance(1.1)
    return ImageOps.posterize(vivid, 4)


def outline_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int]) -> None:
    """A heavy ink outline around the pictogram, drawn under it (the poster look's figures)."""
    weight = max(3, round(max(canvas.size) / 300)) | 1
    pad = weight
    mask = Image.new("L", (made.size[0] + 2 * pad, made.size[1] + 2 * pad), 0)
    mask.paste(union_mask(made), (pad, pad))
    canvas.paste(INK, (origin[0] - pad, origin[1] - pad), mask.filter(ImageFilter.MaxFilter(weight)))


def solid(image: Image.Image, rng: random.Random) -> Image.Image:
    """The 3D look's finish: a little more contrast and colour."""
    return ImageEnhance.Color(ImageEnhance.Contrast(image).enhance(1.1)).enhance(1.1)


def shade_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int]) -> None:
    """Round the flat pictogram: light from the top left, shade toward the bottom right, inside its silhouette."""
    width, height = made.size
    if width < 4 or height < 4:
        return
    silhouette = np.asarray(union_mask(made), dtype=np.float32)
    diagonal = (np.linspace(0, 0.5, width, dtype=np.float32)[None, :]
                + np.linspace(0, 0.5, height, dtype=np.float32)[:, None])
    light = np.clip((0.5 - diagonal) * 2, 0, 1) * 0.5
    dark = np.clip((diagonal - 0.45) * 1.8, 0, 1) * 0.55
    for color, amount in (((255, 255, 245), light), ((16, 12, 40), dark)):
        mask = Image.fromarray((silhouette * amount).astype(np.uint8), "L")
        canvas.paste(color, (origin[0], origin[1], origin[0] + width, origin[1] + height), mask)
