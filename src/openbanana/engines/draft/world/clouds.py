"""Puffy clouds: clusters of round puffs on a flat base, shaded underneath, paler and flatter toward the horizon."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB

Puff = tuple[float, float, float]  # centre x, centre y above the base line (negative: up), radius; in pixels


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


def cloud_tile(puffs: list[Puff], lit: RGB, shade: RGB, soft: float) -> tuple[Image.Image, tuple[int, int]]:
    """One cloud as an RGBA tile and where its top-left lies from the cloud's base-line origin.

    The shaded body is the union of the puffs; the lit part is the same puffs raised and shrunk a little, so the
    underside keeps a rim of shade. Both are drawn at half size, blurred and scaled up: soft edges, cheaply."""
    left = min(x - r for x, _, r in puffs)
    right = max(x + r for x, _, r in puffs)
    top = min(y - r for _, y, r in puffs)
    pad = max(2.0, (right - left) * 0.04 * soft)
    width, height = round(right - left + 2 * pad), round(-top + 2 * pad)
    work = 2 if width > 80 else 1
    w, h = max(2, width // work), max(2, height // work)
    body, crown = Image.new("L", (w, h), 0), Image.new("L", (w, h), 0)
    draw_body, draw_crown = ImageDraw.Draw(body), ImageDraw.Draw(crown)
    base = (-top + pad) / work
    for x, y, r in puffs:
        cx, cy, rr = (x - left + pad) / work, base + y / work, r / work
        draw_body.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=255)
        lr = rr * 0.88
        draw_crown.ellipse((cx - lr - rr * 0.06, cy - lr - rr * 0.16, cx + lr - rr * 0.06, cy + lr - rr * 0.16),
                           fill=255)
    draw_body.rectangle((0, base, w, h), fill=0)
    blur = max(0.6, pad / work * 0.45)
    body = body.filter(ImageFilter.GaussianBlur(blur))
    crown = crown.filter(ImageFilter.GaussianBlur(blur * 1.8))
    tile = Image.new("RGBA", (w, h), (*shade, 255))
    tile.paste(lit, (0, 0), crown)
    tile.putalpha(body)
    if work > 1:
        tile = tile.resize((width, height), Image.Resampling.BILINEAR)
    return tile, (round(left - pad), round(top - pad))


def draw_clouds(image: Image.Image, light: Light, horizon: float, rng: random.Random,
                amount: float | None = None) -> Image.Image | None:
    """Clouds in layers: far ones small, flat and hazy near the horizon, near ones big and high. Returns where
    they cover the sky (an L mask the size of the image), or None when there are none."""
    amount = light.clouds if amount is None else amount
    if amount <= 0:
        return None
    width, height = image.size
    cover = Image.new("L", image.size, 0)
    sky_h = horizon * height
    count = round((1 + amount * 8) * max(0.7, width / height))
    lit, shade = light.cloud
    placed = sorted((rng.random() for _ in range(count)), reverse=True)  # far first: near clouds overlap them
    for depth in placed:
        cloud_w = width * (0.3 - 0.2 * depth) * rng.uniform(0.75, 1.25) * (1.3 if light.wind else 1.0)
        if cloud_w < 12:
            continue
        flat = (1.0 - 0.45 * depth) * (0.6 if light.wind else 1.0)
        puffs = _puffs(cloud_w, flat, rng)
        haze = 0.6 * depth
        tile, (dx, dy) = cloud_tile(puffs, mix(lit, light.sky[2], haze), mix(shade, light.sky[2], haze),
                                    1.0 + depth)
        x = rng.uniform(-0.2, 1.0) * width
        base = min(sky_h * (0.16 + 0.74 * depth ** 0.9), sky_h - 2)
        at = (round(x + dx), round(base + dy))
        image.paste(tile, at, tile)
        cover.paste(255, at, tile.getchannel("A"))
    return cover
