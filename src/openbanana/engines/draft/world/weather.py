"""Weather over the painted scene: rain streaks, snowflakes at several sizes, fog rising from the ground, a bolt of
lightning with its glow, and leaves blown by the wind."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from openbanana.engines.draft.word_margins import PixelBox, clear_of
from openbanana.engines.draft.world.fields import fractal_noise, sample, to_image, work_size
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB
from openbanana.scene import Season


def _unit(image: Image.Image) -> float:
    return max(1.0, min(image.size) / 1024)


def draw_rain(image: Image.Image, light: Light, rng: random.Random, margins: Sequence[PixelBox] = ()) -> None:
    """Slanted streaks in three depths: many faint thin ones, fewer long bright ones in front; none in `margins`
    (round the words: word_margins)."""
    if light.rain <= 0:
        return
    width, height = image.size
    unit = _unit(image)
    draw = ImageDraw.Draw(image, "RGBA")
    slant = 0.18 + 0.3 * light.wind
    count = int(width * height / unit**2 * 0.00055 * light.rain)
    for _ in range(count):
        near = rng.random() ** 3
        length = (10 + 34 * near) * unit
        x, y = rng.uniform(-0.1, 1.0) * width, rng.uniform(-0.05, 1.0) * height
        alpha = round(50 + 90 * near)
        if not clear_of(margins, x, y, x - length * slant, y + length):
            continue
        draw.line((x, y, x - length * slant, y + length), fill=(210, 220, 236, alpha),
                  width=max(1, round(unit * (1 + near))))


def draw_snow(image: Image.Image, light: Light, rng: random.Random, margins: Sequence[PixelBox] = ()) -> None:
    """Falling flakes: tiny far ones, middling ones, and a few big soft ones close to the eye; none in `margins`."""
    if light.snow <= 0:
        return
    width, height = image.size
    unit = _unit(image)
    draw = ImageDraw.Draw(image, "RGBA")
    count = int(width * height / unit**2 * 0.00045 * light.snow)
    for _ in range(count):
        near = rng.random() ** 2.5
        r = (0.8 + 4.5 * near) * unit
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        if not clear_of(margins, x - r * 1.5, y - r * 1.5, x + r * 1.5, y + r * 1.5):
            continue
        if near > 0.5:  # a soft rim around the big ones
            draw.ellipse((x - r * 1.5, y - r * 1.5, x + r * 1.5, y + r * 1.5), fill=(255, 255, 255, 60))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, round(170 + 70 * near)))


def draw_fog(image: Image.Image, light: Light, horizon: float, rng: random.Random) -> None:
    """Haze rising from the ground: thickest around the horizon, wisps from noise, thinning up the sky."""
    if light.fog <= 0:
        return
    w, h = work_size(*image.size)
    v = (np.arange(h, dtype=np.float32) / max(1, h - 1))[:, None]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    n = sample(fractal_noise(2.2), xs * 0.6 + rng.uniform(0, 256), ys * 2.2 + rng.uniform(0, 256))
    above = np.exp(-(((v - horizon) / 0.22) ** 2))
    below = np.clip(1 - (v - horizon) / max(0.05, 1 - horizon), 0.25, 1)
    band = np.where(v < horizon, 0.35 + 0.65 * above, 0.55 + 0.45 * below)
    density = np.clip(band * (0.82 + 0.22 * n) * light.fog, 0, 0.92)
    mask = to_image(density).resize(image.size, Image.Resampling.BILINEAR)
    image.paste(light.haze, (0, 0), mask)


def draw_lightning(image: Image.Image, light: Light, horizon: float, rng: random.Random) -> None:
    """A forked bolt from the cloud base toward the horizon, with a blurred glow around it."""
    if not light.lightning:
        return
    width, height = image.size
    unit = _unit(image)
    x, y = rng.uniform(0.25, 0.75) * width, height * 0.05
    bottom = horizon * height * rng.uniform(0.75, 0.95)
    main = [(x, y)]
    while y < bottom:
        y += rng.uniform(0.03, 0.07) * height
        x += rng.uniform(-0.035, 0.035) * width
        main.append((x, min(y, bottom)))
    branches = []
    for start in rng.sample(range(1, max(2, len(main) - 2)), k=min(2, max(0, len(main) - 3))):
        bx, by = main[start]
        branch = [(bx, by)]
        direction = rng.choice((-1, 1))
        for _ in range(rng.randint(2, 4)):
            bx += direction * rng.uniform(0.015, 0.04) * width
            by += rng.uniform(0.02, 0.05) * height
            branch.append((bx, by))
        branches.append(branch)
    factor = 4
    glow = Image.new("L", (max(1, width // factor), max(1, height // factor)), 0)
    glow_draw = ImageDraw.Draw(glow)
    for path in (main, *branches):
        glow_draw.line([(px / factor, py / factor) for px, py in path], fill=200, width=max(2, round(6 * unit / 2)))
    glow = glow.filter(ImageFilter.GaussianBlur(max(3.0, 8 * unit / factor * 2)))
    image.paste((200, 210, 255), (0, 0), glow.resize(image.size, Image.Resampling.BILINEAR))
    draw = ImageDraw.Draw(image)
    draw.line(main, fill=(250, 250, 255), width=max(2, round(3 * unit)), joint="curve")
    for branch in branches:
        draw.line(branch, fill=(236, 238, 255), width=max(1, round(1.6 * unit)), joint="curve")


LEAVES: dict[str, tuple[RGB, ...]] = {
    "autumn": ((214, 120, 40), (190, 70, 40), (232, 170, 50), (160, 90, 40)),
    "spring": ((250, 200, 215), (255, 230, 236), (120, 190, 90)),
    "default": ((110, 170, 70), (140, 190, 80), (90, 140, 60)),
}


def draw_wind(image: Image.Image, light: Light, horizon: float, season: Season | None, rng: random.Random) -> None:
    """Gusts: pale streaks across the sky and leaves (petals in spring) blowing across the picture."""
    if light.wind <= 0:
        return
    width, height = image.size
    unit = _unit(image)
    draw = ImageDraw.Draw(image, "RGBA")
    for _ in range(6):
        x, y = rng.uniform(0, 0.8) * width, rng.uniform(0.08, 0.85) * horizon * height
        length = rng.uniform(0.12, 0.3) * width
        points = [(x + length * t, y + math.sin(t * math.pi * 2) * 6 * unit) for t in np.linspace(0, 1, 12)]
        draw.line(points, fill=(255, 255, 255, 110), width=max(1, round(2 * unit)))
    colors = LEAVES.get(season or "default", LEAVES["default"])
    for _ in range(int(28 * width * height / (1024 * 1024 * unit**2))):
        x, y = rng.uniform(0, width), rng.uniform(0.05, 0.95) * height
        r = rng.uniform(5, 11) * unit
        a = rng.uniform(0, math.pi)
        dx, dy = math.cos(a) * r, math.sin(a) * r
        nx, ny = -dy * 0.4, dx * 0.4
        draw.polygon([(x - dx, y - dy), (x + nx, y + ny), (x + dx, y + dy), (x - nx, y - ny)],
                     fill=(*colors[rng.randrange(len(colors))], 235))
