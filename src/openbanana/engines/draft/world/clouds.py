"""Puffy clouds: clusters of round puffs on a flat base, shaded underneath, paler and flatter toward the horizon.

All clouds are drawn on one small layer (colour and cover), far ones first so near ones overlap them, blurred
once and scaled up once: cumulus edges are soft, so nothing is lost and a sky of clouds costs one paste.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.light import Light

Puff = tuple[float, float, float]  # centre x, centre y above the base line (negative: up), radius; in pixels
LAYER_LONG_SIDE = 480  # the cloud layer's long side before it is scaled up


def _puffs(width: float, flat: float, rng: random.Random) -> list[Puff]:
    """Round puffs along a base line, the biggest near the middle, so the cloud has a dome and a flat bottom."""
    count = rng.randint(4, 7)
    puffs: list[Puff] = []
    for i in range(count):
        t = (i + 0.5) / count
        r = width * (0.1 + 0.14 * (1 - abs(t - 0.5) * 2) ** 0.7) * rng.uniform(0.8, 1.2)
        x = width * (0.1 + 0.8 * t) + rng.uniform(-0.03, 0.03) * width
        puffs.append((x, -r * rng.uniform(0.3, 0.55) * flat, r))
    return puffs


def draw_clouds(image: Image.Image, light: Light, horizon: float, rng: random.Random,
                amount: float | None = None) -> Image.Image | None:
    """Clouds in layers: far ones small, flat and hazy near the horizon, near ones big and high. Each is its puffs
    in the shaded colour, then the same puffs raised and shrunk in the lit colour, so the underside keeps a rim of
    shade and the base is cut flat. Returns where clouds cover the sky (an L mask of the image's size), or None."""
    amount = light.clouds if amount is None else amount
    if amount <= 0:
        return None
    width, height = image.size
    factor = min(1.0, LAYER_LONG_SIDE / max(width, height))
    w, h = max(2, round(width * factor)), max(2, round(height * factor))
    color = Image.new("RGB", (w, h), light.cloud[0])  # lit: what a cloud's soft top edge blends into
    cover = Image.new("L", (w, h), 0)
    paint, mask = ImageDraw.Draw(color), ImageDraw.Draw(cover)
    sky_h = horizon * h
    count = round((1 + amount * 8) * max(0.7, width / height))
    lit, shade = light.cloud
    for depth in sorted((rng.random() for _ in range(count)), reverse=True):  # far first
        cloud_w = w * (0.3 - 0.2 * depth) * rng.uniform(0.75, 1.25) * (1.3 if light.wind else 1.0)
        if cloud_w < 3:
            continue
        puffs = _puffs(cloud_w, (1.0 - 0.45 * depth) * (0.6 if light.wind else 1.0), rng)
        haze = 0.6 * depth
        x0 = rng.uniform(-0.2, 1.0) * w
        base = min(sky_h * (0.16 + 0.74 * depth ** 0.9), sky_h - 1)
        for layer, grow, lift, tone in ((mask, 1.0, 0.0, 255), (paint, 1.0, 0.0, mix(shade, light.sky[2], haze)),
                                        (paint, 0.9, 0.16, mix(lit, light.sky[2], haze))):
            for x, y, r in puffs:
                cx, cy, rr = x0 + x - r * 0.06 * (lift > 0), base + y - r * lift, r * grow
                layer.ellipse((cx - rr, cy - rr, cx + rr, min(cy + rr, base)), fill=tone)
    soft = max(0.6, w / 400)
    color = color.filter(ImageFilter.GaussianBlur(soft * 0.8))
    cover = cover.filter(ImageFilter.GaussianBlur(soft))
    if color.size != image.size:
        color = color.resize(image.size, Image.Resampling.BILINEAR)
        cover = cover.resize(image.size, Image.Resampling.BILINEAR)
    image.paste(color, (0, 0), cover)
    return cover
