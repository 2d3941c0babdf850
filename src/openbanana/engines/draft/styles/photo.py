"""A photographic look that stays honestly an illustration: depth of field (far things soft), bloom around bright
lights, a gentle colour grade (warm highlights, cool shadows, a soft S-curve), a vignette and film grain."""

from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from openbanana.engines.draft.styles.paper import grain, tiled


def _curve() -> list[int]:
    """Per-channel look-up: a soft S-curve, red and green lifted in the highlights, blue in the shadows."""
    t = np.linspace(0, 1, 256)
    s = t + 0.05 * np.sin((t - 0.5) * 2 * np.pi)
    red = s + 0.03 * t**2
    green = s + 0.01 * t**2
    blue = s * 0.96 + 0.05 * (1 - t) ** 2
    return [int(v) for channel in (red, green, blue) for v in np.clip(channel * 255, 0, 255)]


CURVE = _curve()


def depth_of_field(image: Image.Image, horizon: float) -> Image.Image:
    """The far part of the world (what stands at the horizon and the ground beyond the middle) softly blurred."""
    width, height = image.size
    top = max(0, round((horizon - 0.35) * height))
    bottom = min(height, round((horizon + (1 - horizon) * 0.45) * height))
    if bottom - top < 8:
        return image
    band = image.crop((0, top, width, bottom))
    factor = 4 if min(band.size) >= 64 else 1
    small = band.reduce(factor) if factor > 1 else band
    soft = small.filter(ImageFilter.GaussianBlur(max(1.0, width / 700 / factor * 2))).resize(band.size)
    rows = np.linspace(top, bottom, 64) / height
    near = np.clip((rows - horizon) / max(0.05, (1 - horizon) * 0.45), 0, 1)
    keep = np.clip(1 - np.minimum(1, (rows - (horizon - 0.35)) / 0.1) * (1 - near), 0, 1)
    mask = Image.fromarray(((1 - keep) * 255).astype(np.uint8)[:, None].repeat(2, axis=1), "L").resize(band.size)
    band.paste(soft, (0, 0), mask)
    image = image.copy()
    image.paste(band, (0, top))
    return image


def _bloom(image: Image.Image) -> None:
    """Bright lights glow: what is near white, blurred wide at a small size, added back over where it shows."""
    factor = 8 if min(image.size) >= 512 else 2
    small = np.asarray(image.reduce(factor), dtype=np.float32)
    bright = np.clip(small.max(axis=2) - 236, 0, None)[..., None] / 60 * small
    if bright.max() < 4:
        return
    glow = Image.fromarray(np.clip(bright, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(4))
    rows, cols = np.nonzero(np.asarray(glow).max(axis=2) > 3)
    if rows.size == 0:
        return
    box = (int(cols.min()), int(rows.min()), int(cols.max()) + 1, int(rows.max()) + 1)
    x0, y0 = box[0] * factor, box[1] * factor
    x1, y1 = min(image.width, box[2] * factor), min(image.height, box[3] * factor)
    patch = glow.crop(box).resize((x1 - x0, y1 - y0), Image.Resampling.BILINEAR)
    image.paste(ImageChops.add(image.crop((x0, y0, x1, y1)), patch), (x0, y0))


@lru_cache(maxsize=8)
def _vignette(size: tuple[int, int]) -> Image.Image:
    """Corners darkened a little: a separable falloff, as an RGB image to multiply by."""
    width, height = size
    x = np.abs(np.linspace(-1, 1, width, dtype=np.float32))
    y = np.abs(np.linspace(-1, 1, height, dtype=np.float32))
    across = 1 - 0.16 * np.clip(x - 0.3, 0, None) ** 1.6 / 0.7**1.6
    down = 1 - 0.18 * np.clip(y - 0.25, 0, None) ** 1.6 / 0.75**1.6
    shade = Image.fromarray((np.outer(down, across) * 255).astype(np.uint8), "L")
    return Image.merge("RGB", (shade, shade, shade))


def photo_finish(image: Image.Image, rng: random.Random) -> Image.Image:
    image = image.point(CURVE)
    _bloom(image)
    image = ImageChops.multiply(image, _vignette(image.size))
    noise = tiled(grain(), image.size, (rng.randrange(256), rng.randrange(256)))
    film = Image.fromarray(np.clip(noise * 4 + 128, 0, 255).astype(np.uint8), "L")
    return ImageChops.soft_light(image, Image.merge("RGB", (film, film, film)))
