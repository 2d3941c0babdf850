"""A photographic look that stays honestly an illustration: depth of field (far things soft), bloom around bright
lights, a gentle colour grade (warm highlights, cool shadows, a soft S-curve), a vignette and film grain."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageFilter

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
    """Bright lights glow: what is near white, blurred wide at a small size, added back where it shows."""
    factor = 8 if min(image.size) >= 512 else 2
    small = np.asarray(image.reduce(factor), dtype=np.float32)
    bright = np.clip(small.max(axis=2) - 236, 0, None)[..., None] / 30 * small
    if bright.max() < 4:
        return
    glow = Image.fromarray(np.clip(bright, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(4))
    rows, cols = np.nonzero(np.asarray(glow).max(axis=2) > 3)
    if rows.size == 0:
        return
    x0, y0 = int(cols.min()) * factor, int(rows.min()) * factor
    x1, y1 = min(image.width, (int(cols.max()) + 1) * factor), min(image.height, (int(rows.max()) + 1) * factor)
    patch = glow.crop((x0 // factor, y0 // factor, -(-x1 // factor), -(-y1 // factor))).resize((x1 - x0, y1 - y0))
    base = np.asarray(image.crop((x0, y0, x1, y1)), dtype=np.uint16)
    lifted = base + (np.asarray(patch, dtype=np.uint16) * 0.5).astype(np.uint16)
    image.paste(Image.fromarray(np.minimum(lifted, 255).astype(np.uint8), "RGB"), (x0, y0))


def photo_finish(image: Image.Image, rng: random.Random) -> Image.Image:
    image = image.point(CURVE)
    _bloom(image)
    width, height = image.size
    x = np.linspace(-1, 1, width, dtype=np.float32)
    y = np.linspace(-1, 1, height, dtype=np.float32)
    vignette_x = (1 - 0.16 * np.clip(np.abs(x) - 0.3, 0, None) ** 1.6 / 0.7**1.6) * 256
    vignette_y = 1 - 0.18 * np.clip(np.abs(y) - 0.25, 0, None) ** 1.6 / 0.75**1.6
    pixels = np.asarray(image, dtype=np.uint16)
    shaded = (pixels * vignette_x.astype(np.uint16)[None, :, None]) >> 8
    shaded = (shaded * (vignette_y * 256).astype(np.uint16)[:, None, None]) >> 8
    noise = tiled(grain(), image.size, (rng.randrange(256), rng.randrange(256)))
    out = shaded.astype(np.int16) + noise[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
