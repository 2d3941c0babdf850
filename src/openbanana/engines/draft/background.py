"""Canvas backgrounds: gradients, a ground (table, floor, land, sea), light, vignette, and weather-like effects.

Everything smooth (gradients, the ground, the sun's halo, the light behind the hero, the vignette) is computed with
numpy in float32 on a small canvas (long side 256) and scaled up once: smooth fields lose nothing, and 4K costs
about what 1K does. Crisp things (the sun's disc, the table edge, stars, snow, confetti, sparkles) are drawn at full
size afterwards.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.word_margins import clear_of, word_margins
from openbanana.plan import RGB, Background, Box

WORK_LONG_SIDE = 256
Field = np.ndarray  # float32 arrays, H×W×3 colour or H×W scalar


def _stops(colors: tuple[RGB, ...]) -> np.ndarray:
    return np.asarray(colors or ((230, 236, 245),), dtype=np.float32)


def ramp(colors: tuple[RGB, ...], t: np.ndarray) -> np.ndarray:
    """Colours along t in [0, 1] through evenly spaced stops (smoothstep between stops)."""
    stops = _stops(colors)
    if len(stops) == 1:
        return np.broadcast_to(stops[0], (*t.shape, 3)).astype(np.float32)
    scaled = np.clip(t, 0, 1).astype(np.float32) * np.float32(len(stops) - 1)
    index = np.minimum(scaled.astype(np.int32), len(stops) - 2)
    f = scaled - index.astype(np.float32)
    f = f * f * (np.float32(3) - np.float32(2) * f)
    start, end = stops[index], stops[index + 1]
    return np.asarray(start + (end - start) * f[..., None], dtype=np.float32)


def gradient(colors: tuple[RGB, ...], width: int, height: int, angle_degrees: float = 90.0) -> Image.Image:
    """A linear gradient through the colour stops (90° = top to bottom), made small and scaled up."""
    w, h = _work_size(width, height)
    t = _linear_t(w, h, angle_degrees)
    small = Image.fromarray(np.clip(ramp(colors, t), 0, 255).astype(np.uint8), "RGB")
    return small.resize((width, height), Image.Resampling.BILINEAR)


def _work_size(width: int, height: int) -> tuple[int, int]:
    scale = min(1.0, WORK_LONG_SIDE / max(width, height))
    return max(2, round(width * scale)), max(2, round(height * scale))


def _linear_t(w: int, h: int, angle_degrees: float) -> np.ndarray:
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    xs, ys = xs / max(1, w - 1) - 0.5, ys / max(1, h - 1) - 0.5
    a = math.radians(angle_degrees)
    t = xs * math.cos(a) * (w / max(w, h)) + ys * math.sin(a) * (h / max(w, h))
    span = abs(math.cos(a)) * (w / max(w, h)) + abs(math.sin(a)) * (h / max(w, h))
    return np.asarray(t / max(span, 1e-6) + 0.5, dtype=np.float32)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


GROUND_DEFAULTS: dict[str, RGB] = {
    "table": (150, 100, 64), "floor": (176, 150, 120), "ground": (98, 150, 70), "sea": (30, 110, 170),
    "stage": (40, 30, 36),
}


def render_background(background: Background, width: int, height: int, style: tuple[str, ...],
                      rng: random.Random, avoid: tuple[Box, ...] = ()) -> Image.Image:
    w, h = _work_size(width, height)
    u = (np.arange(w, dtype=np.float32) / np.float32(max(1, w - 1)))[None, :]  # 0..1 across
    v = (np.arange(h, dtype=np.float32) / np.float32(max(1, h - 1)))[:, None]  # 0..1 down
    aspect = np.float32(w / h)
    if background.angle_degrees == 90.0:  # the common case: one column, broadcast across
        sky = np.broadcast_to(ramp(background.colors, v[:, 0])[:, None, :], (h, w, 3)).astype(np.float32)
    else:
        sky = ramp(background.colors, _linear_t(w, h, background.angle_degrees))
    horizon = background.horizon
    effects = set(background.effects)
    disc: tuple[float, float, float, tuple[int, ...]] | None = None

    if "sun" in effects or "moon" in effects:  # a disc low in the sky, with a halo
        radius = 0.11 if "sun" in effects else 0.07
        if background.disc is not None:
            cx, cy = background.disc
        else:
            cx = 0.78 if background.light[0] < 0.5 else 0.22  # across from the hero
            cy = horizon - radius * 0.6 if background.scene in ("ground", "sea") else 0.22
        d = np.sqrt(((u - cx) * aspect) ** 2 + (v - cy) ** 2)
        disc_color = np.array((255, 236, 170) if "sun" in effects else (245, 245, 235), dtype=np.float32)
        halo = np.exp(-((d / (radius * 3.2)) ** 2))[..., None] * np.float32(0.55)
        sky = sky * (1 - halo) + disc_color * halo
        disc = (cx, cy, radius, tuple(int(c) for c in disc_color))

    if background.glow > 0:  # the light that falls on the hero
        lx, ly = background.light
        d = np.sqrt(((u - lx) * aspect) ** 2 + (v - ly) ** 2)
        light = np.exp(-((d / 0.42) ** 2))[..., None] * np.float32(background.glow * 0.55)
        sky = sky + (np.array((255, 250, 235), dtype=np.float32) - sky) * light

    canvas = sky
    if background.scene in ("table", "floor", "ground", "sea", "stage"):
        base = background.ground or GROUND_DEFAULTS[background.scene]
        depth = np.clip((v - horizon) / max(1e-3, 1 - horizon), 0, 1)
        near, far = _mix(base, (255, 255, 255), 0.12), _mix(base, (0, 0, 0), 0.28)
        if background.scene in ("ground", "sea"):
            near, far = _mix(base, (0, 0, 0), 0.15), _mix(base, (255, 255, 255), 0.18)  # haze at the horizon
        ground = ramp((far, near), depth)
        if background.scene == "sea":  # a beach: the sea, then sand in the front third
            sand = ramp((_mix((226, 200, 150), (0, 0, 0), 0.05), (240, 218, 170)), depth)
            shore = np.clip((depth - 0.55) * 12, 0, 1)[..., None]
            ground = ground * (1 - shore) + sand * shore
            glitter = (np.sin(u * 90 + depth * 40) * np.sin(depth * 120) > 0.92) & (depth < 0.5)
            ground = ground + glitter[..., None] * 30.0
        if background.scene == "table":  # light falling on the table from the glow
            lx = background.light[0]
            pool = np.exp(-(((u - lx) * aspect / 0.5) ** 2) - ((depth - 0.35) / 0.6) ** 2)[..., None]
            ground = ground + (np.array((255, 240, 210), dtype=np.float32) - ground) * pool * 0.25
        below = np.clip((v - horizon) * h + 0.5, 0, 1)[..., None]
        canvas = sky * (1 - below) + ground * below
        if background.scene in ("table", "floor", "stage"):  # a soft shadow line where wall meets surface
            crease = np.exp(-(((v - horizon) * h / 2.5) ** 2))[..., None] * 0.25
            canvas = canvas * (1 - crease)

    if background.scene == "water":  # underwater: light shafts from the surface
        shafts = (np.sin((u * 7 + v * 1.5) * math.pi) ** 8 * np.clip(1 - v * 1.3, 0, 1))[..., None] * 0.18
        canvas = canvas + (255 - canvas) * shafts

    if background.vignette > 0:
        d = np.sqrt(((u - 0.5) * 1.15) ** 2 + ((v - 0.5) * 1.15) ** 2)
        shade = 1 - np.float32(background.vignette) * np.clip((d - 0.25) / 0.55, 0, 1) ** 1.6
        canvas = canvas * shade[..., None].astype(np.float32)

    small = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8), "RGB")
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    if disc is not None:
        _disc(image, disc, horizon if background.scene not in ("none", "sky", "water") else 1.0)
    if background.scene in ("table", "floor", "stage"):
        _edge(image, horizon)
    draw_effects(image, effects, background.colors, horizon if background.scene != "none" else 1.0, rng, avoid)
    return image


def _disc(image: Image.Image, disc: tuple[float, float, float, tuple[int, ...]], horizon: float) -> None:
    """The sun or moon: drawn 4x supersampled in a patch around it, cut off at the horizon, pasted anti-aliased."""
    width, height = image.size
    cx, cy, radius = disc[0] * width, disc[1] * height, disc[2] * height
    x0, y0 = int(cx - radius) - 1, int(cy - radius) - 1
    size = int(radius * 2) + 3
    big = Image.new("L", (size * 4, size * 4), 0)
    draw = ImageDraw.Draw(big)
    draw.ellipse(((cx - radius - x0) * 4, (cy - radius - y0) * 4, (cx + radius - x0) * 4, (cy + radius - y0) * 4),
                 fill=255)
    cut = (horizon * height - y0) * 4
    if cut < size * 4:
        draw.rectangle((0, max(0.0, cut), size * 4, size * 4), fill=0)
    image.paste(disc[3][:3], (x0, y0), big.reduce(4))


def _edge(image: Image.Image, horizon: float) -> None:
    """A crisp highlight along the table or floor edge (the scaled-up field is soft there)."""
    width, height = image.size
    y = round(horizon * height)
    thickness = max(1, height // 400)
    ImageDraw.Draw(image, "RGBA").rectangle((0, y, width, y + thickness), fill=(255, 255, 255, 46))


def draw_effects(image: Image.Image, effects: set[str], colors: tuple[RGB, ...], ceiling: float,
             rng: random.Random, avoid: tuple[Box, ...] = ()) -> None:
    """Scattered small things; sparkles and confetti keep out of `avoid` (text boxes: they would read as glyphs)."""
    width, height = image.size
    keep_out = [(b[0] * width, b[1] * height, b[2] * width, b[3] * height) for b in avoid]

    def clear(x: float, y: float, r: float) -> bool:
        return not any(x0 - r <= x <= x1 + r and y0 - r <= y <= y1 + r for x0, y0, x1, y1 in keep_out)

    scale = max(1.0, min(width, height) / 1024)
    draw = ImageDraw.Draw(image, "RGBA")
    area = width * height / scale**2
    margins = word_margins(avoid, image.size)  # specks keep off the words and round them
    if "stars" in effects:
        for _ in range(int(area * 0.00011)):
            x, y = rng.uniform(0, width), rng.uniform(0, height * ceiling * 0.95)
            r = rng.uniform(0.5, 2.0) * scale
            level = rng.randint(170, 255)
            if not clear_of(margins, x - r, y - r, x + r, y + r):
                continue
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(level, level, min(255, level + 20), 255))
    if "snow" in effects:
        for _ in range(int(area * 0.00018)):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            r = rng.uniform(1.0, 4.0) * scale
            alpha = rng.randint(150, 235)
            if clear_of(margins, x - r, y - r, x + r, y + r):
                draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, alpha))
    if "rain" in effects:
        for _ in range(int(area * 0.00012)):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            length = rng.uniform(14, 30) * scale
            if not clear_of(margins, x, y, x - length * 0.25, y + length):
                continue
            draw.line((x, y, x - length * 0.25, y + length), fill=(220, 230, 255, 90), width=max(1, round(scale)))
    if "bubbles" in effects:
        for _ in range(int(area * 0.00003)):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            r = rng.uniform(3, 14) * scale
            draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255, 120), width=max(1, round(scale * 1.5)))
    if "confetti" in effects:
        palette = [*colors, (255, 200, 40), (240, 70, 110), (60, 170, 255), (80, 210, 120)]
        for _ in range(int(area * 0.00005)):
            x, y = rng.uniform(0, width), rng.uniform(0, height)
            r = rng.uniform(4, 10) * scale
            a = rng.uniform(0, math.pi)
            dx, dy = math.cos(a) * r, math.sin(a) * r * 0.45
            color = palette[rng.randrange(len(palette))]
            if not clear(x, y, r):
                continue
            draw.polygon([(x - dx, y - dy), (x + dy, y - dx * 0.45), (x + dx, y + dy), (x - dy, y + dx * 0.45)],
                         fill=(*color, 230))
    if "sparkles" in effects:
        for _ in range(int(area * 0.000012)):
            x, y = rng.uniform(0, width), rng.uniform(0, height * ceiling)
            r = rng.uniform(5, 16) * scale
            t = r * 0.18
            if not clear(x, y, r):
                continue
            draw.polygon([(x, y - r), (x + t, y - t), (x + r, y), (x + t, y + t), (x, y + r), (x - t, y + t),
                          (x - r, y), (x - t, y - t)], fill=(255, 250, 225, 210))


def apply_vignette(canvas: Image.Image, strength: float) -> Image.Image:
    """Darken the corners (for photos being edited): a small radial field, scaled up and multiplied."""
    if strength <= 0:
        return canvas
    w, h = _work_size(*canvas.size)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((xs / max(1, w - 1) - 0.5) * 1.15) ** 2 + ((ys / max(1, h - 1) - 0.5) * 1.15) ** 2)
    keep = 1 - strength * np.clip((d - 0.25) / 0.55, 0, 1) ** 1.6
    mask = Image.fromarray((keep * 255).astype(np.uint8), "L").resize(canvas.size, Image.Resampling.BILINEAR)
    return Image.composite(canvas, Image.new("RGB", canvas.size, (0, 0, 0)), mask)
