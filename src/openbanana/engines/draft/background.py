"""Canvas backgrounds: multi-stop gradients, vignettes and night-sky stars, built small and scaled up."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from openbanana.plan import RGB, Background

_VIGNETTE_BASE = (256, 256)


def gradient(colors: tuple[RGB, ...], width: int, height: int) -> Image.Image:
    """Vertical gradient through the colour stops; rendered as one column and stretched (fast at 4K)."""
    stops = colors or ((230, 236, 245),)
    if len(stops) == 1:
        return Image.new("RGB", (width, height), stops[0])
    column = Image.new("RGB", (1, height))
    segments = len(stops) - 1
    pixels = []
    for y in range(height):
        t = y / max(1, height - 1) * segments
        i = min(int(t), segments - 1)
        f = t - i
        a, b = stops[i], stops[i + 1]
        pixels.append(tuple(round(a[c] + (b[c] - a[c]) * f) for c in range(3)))
    column.putdata(pixels)
    return column.resize((width, height), Image.Resampling.NEAREST)


def apply_vignette(canvas: Image.Image, strength: float) -> Image.Image:
    """Darken the corners: a radial mask drawn small, blurred, and stretched to the canvas."""
    if strength <= 0:
        return canvas
    mask = Image.new("L", _VIGNETTE_BASE, 0)
    w, h = _VIGNETTE_BASE
    ImageDraw.Draw(mask).ellipse((-w * 0.25, -h * 0.25, w * 1.25, h * 1.25), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(w * 0.18)).resize(canvas.size, Image.Resampling.BILINEAR)
    shade = Image.new("RGB", canvas.size, (0, 0, 0))
    keep = mask.point(lambda v: round(255 - (255 - v) * strength))
    return Image.composite(canvas, shade, keep)


def sprinkle_stars(canvas: Image.Image, rng: random.Random, density: float = 0.00012) -> None:
    draw = ImageDraw.Draw(canvas)
    width, height = canvas.size
    scale = max(1.0, min(width, height) / 1024)
    for _ in range(int(width * height * density / scale**2)):
        x, y = rng.uniform(0, width), rng.uniform(0, height * 0.8)
        r = rng.uniform(0.6, 2.2) * scale
        level = rng.randint(170, 255)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(level, level, min(255, level + 20)))


def render_background(background: Background, width: int, height: int, style: tuple[str, ...],
                      rng: random.Random) -> Image.Image:
    canvas = gradient(background.colors, width, height)
    if "stars" in style:
        sprinkle_stars(canvas, rng)
    return apply_vignette(canvas, background.vignette)
