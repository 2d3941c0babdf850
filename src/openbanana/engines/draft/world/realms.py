"""Worlds with no sky above a ground: outer space (nebula, stars, a ringed planet) and underwater (light shafts
from the surface, bubbles, weed and a sandy floor)."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import circle, fractal_noise, paste_shape, sample, to_image, work_size
from openbanana.plan import RGB

SPACE: tuple[RGB, RGB] = ((4, 6, 22), (22, 12, 52))
DEEP_SEA: tuple[RGB, RGB] = ((64, 176, 212), (6, 36, 84))
NEBULA: tuple[tuple[RGB, float, float], ...] = (((120, 60, 170), 0.0, 0.5), ((40, 110, 190), 97.0, 0.4),
                                               ((200, 70, 120), 41.0, 0.25))  # colour, noise shift, strength


def _grid(w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    u = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    v = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    return u, v


def _vertical(top: RGB, bottom: RGB, v: np.ndarray) -> np.ndarray:
    start = np.asarray(top, dtype=np.float32)
    return np.asarray(start + (np.asarray(bottom, dtype=np.float32) - start) * v[..., None], dtype=np.float32)


def paint_space(size: tuple[int, int], rng: random.Random) -> Image.Image:
    w, h = work_size(*size)
    _, v = _grid(w, h)
    top, bottom = SPACE
    field = _vertical(top, bottom, v)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ox, oy = rng.uniform(0, 256), rng.uniform(0, 256)
    for tint, shift, strength in NEBULA:
        n = sample(fractal_noise(2.6), xs * 0.5 + ox + shift, ys * 0.5 + oy + shift)
        cloud = np.clip(n * 0.6 - 0.15, 0, 1) * strength
        field = field + (np.asarray(tint, dtype=np.float32) - field) * cloud[..., None]
    image = to_image(field).resize(size, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image, "RGBA")
    width, height = size
    unit = max(1.0, min(size) / 1024)
    for _ in range(int(width * height / unit**2 * 0.0004)):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.choice((0.5, 0.7, 0.9, 1.2, 1.8)) * unit
        tone = rng.choice(((255, 255, 255), (255, 236, 210), (210, 226, 255)))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*tone, rng.randint(120, 255)))
    _planet(image, rng, unit)
    return image


def _planet(image: Image.Image, rng: random.Random, unit: float) -> None:
    """A ringed planet in a corner, lit from one side: a shaded sphere drawn on a small patch."""
    width, height = image.size
    radius = min(width, height) * rng.uniform(0.09, 0.14)
    cx = width * rng.choice((0.16, 0.84))
    cy = height * rng.uniform(0.14, 0.3)
    size = int(radius * 2) + 2
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32)
    nx, ny = (xs - size / 2) / radius, (ys - size / 2) / radius
    inside = nx**2 + ny**2
    nz = np.sqrt(np.clip(1 - inside, 0, 1))
    light = np.clip(nx * -0.6 + ny * -0.4 + nz * 0.7, 0, 1)
    bands = 0.85 + 0.15 * np.sin(ny * 9 + np.sin(nx * 3))
    base = np.asarray(rng.choice(((222, 170, 110), (120, 170, 220), (200, 120, 90))), dtype=np.float32)
    sphere = base * (0.12 + 0.95 * light * bands)[..., None]
    alpha = np.clip((1 - inside) * radius, 0, 1)
    tile = Image.fromarray(np.dstack([np.clip(sphere, 0, 255), alpha * 255]).astype(np.uint8), "RGBA")
    ring = [(cx + math.cos(a) * radius * 1.8, cy + math.sin(a) * radius * 0.42) for a in np.linspace(0, math.tau, 48)]
    draw = ImageDraw.Draw(image, "RGBA")
    draw.line([*ring, ring[0]], fill=(230, 210, 180, 150), width=max(2, round(radius * 0.08)))
    image.paste(tile, (round(cx - size / 2), round(cy - size / 2)), tile)
    front = [p for p in ring if p[1] > cy]
    draw.line(front, fill=(236, 216, 186, 190), width=max(2, round(radius * 0.08)))


def paint_underwater(size: tuple[int, int], floor: float, rng: random.Random) -> Image.Image:
    """Blue deepening downward, shafts of light from the surface, a sandy floor from row `floor` (a fraction)."""
    w, h = work_size(*size)
    u, v = _grid(w, h)
    top, bottom = DEEP_SEA
    field = _vertical(top, bottom, v)
    phase = rng.uniform(0, 6)
    shafts = np.clip(np.sin((u * 6 + v * 1.2 + phase) * math.pi), 0, 1) ** 6 * np.clip(1 - v * 1.25, 0, 1)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    shimmer = np.clip(sample(fractal_noise(1.6), xs * 2, ys * 6), 0, None) * np.exp(-v / 0.08)
    field = field + (255 - field) * (shafts * 0.22 + shimmer * 0.18)[..., None]
    sand = np.asarray((150, 160, 132), dtype=np.float32)  # sand seen through blue water
    ground = np.broadcast_to(np.clip((v - floor) * h / 2, 0, 1), (h, w))[..., None]
    warp = sample(fractal_noise(2.0), xs * 0.7, ys * 2.0) * 2.5
    ripple = np.sin(xs * 0.35 + warp) * 0.05 + (v - 1) * 0.35
    field = field * (1 - ground) + sand * (1 + ripple)[..., None] * ground
    image = to_image(field).resize(size, Image.Resampling.BILINEAR)
    width, height = size
    weed = []
    for _ in range(rng.randint(4, 7)):
        x = rng.uniform(0.02, 0.98) * width
        tall = height * rng.uniform(0.12, 0.3)
        base_y = floor * height + rng.uniform(0.02, 0.1) * height
        stem = [(x + math.sin(t * 5 + x) * width * 0.015, base_y - tall * t) for t in np.linspace(0, 1, 10)]
        thick = width * 0.008
        weed.append([*[(px - thick * (1 - i / 10), py) for i, (px, py) in enumerate(stem)],
                     *reversed([(px + thick * (1 - i / 10), py) for i, (px, py) in enumerate(stem)])])
    paste_shape(image, (40, 120, 80), weed)
    rocks = [circle(rng.uniform(0, 1) * width, (floor + rng.uniform(0.04, 0.12)) * height,
                    width * rng.uniform(0.03, 0.06), height * rng.uniform(0.02, 0.035)) for _ in range(3)]
    paste_shape(image, (90, 100, 110), rocks)
    draw = ImageDraw.Draw(image, "RGBA")
    unit = max(1.0, min(size) / 1024)
    for _ in range(int(60 * width * height / (1024 * 1024))):
        x, y = rng.uniform(0, width), rng.uniform(0, floor) * height
        r = rng.uniform(2, 10) * unit
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(220, 245, 255, 150), width=max(1, round(unit * 1.4)))
        draw.ellipse((x - r * 0.5, y - r * 0.55, x - r * 0.1, y - r * 0.15), fill=(255, 255, 255, 170))
    return image
