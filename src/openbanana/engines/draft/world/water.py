"""Water: a lake or sea surface that mirrors the sky, with ripples and a path of glitter under the sun or moon, and
the strip of sea a beach looks out on."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.ground import Ground, perspective, texture
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB

DEEP: RGB = (26, 84, 128)


def water_colors(light: Light, base: RGB | None) -> tuple[RGB, RGB]:
    """The far water (the horizon's sky, slightly darker) and the near water (deep, with the zenith in it)."""
    deep = mix(base or DEEP, light.sky[0], 0.3)
    deep = (round(deep[0] * light.ambient[0]), round(deep[1] * light.ambient[1]), round(deep[2] * light.ambient[2]))
    return mix(light.sky[2], deep, 0.22), deep


def water_field(ground: Ground) -> np.ndarray:
    view = perspective(ground)
    far, near = water_colors(ground.light, ground.base)
    far_a, near_a = np.asarray(far, dtype=np.float32), np.asarray(near, dtype=np.float32)
    field = far_a + (near_a - far_a) * (view.s ** 0.6)[..., None]
    return np.asarray(field * (1 + texture(ground, view, 6, 70, beta=1.8) * 0.07)[..., None], dtype=np.float32)


def water_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    far, near = water_colors(ground.light, ground.base)
    box = (0, ground.top, ground.width, ground.top + ground.height)
    draw_ripples(image, box, rng, far, near)
    if ground.sun_x is not None and (ground.light.sun is not None or ground.light.moon):
        draw_glitter(image, box, ground.light, ground.sun_x, rng)


def draw_ripples(image: Image.Image, box: tuple[int, int, int, int], rng: random.Random, far: RGB, near: RGB) -> None:
    """Short horizontal strokes, light and dark, thinner and closer together toward the horizon."""
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    draw = ImageDraw.Draw(image, "RGBA")
    bright, dark = mix(far, (255, 255, 255), 0.35), mix(near, (0, 0, 0), 0.3)
    unit = max(1.0, width / 1024)
    for _ in range(260):
        s = rng.random() ** 1.5
        y = y0 + s * height
        length = (8 + 60 * s) * unit * rng.uniform(0.5, 1.3)
        x = x0 + rng.uniform(-0.05, 1.0) * width
        color = bright if rng.random() < 0.6 else dark
        draw.line((x, y, x + length, y), fill=(*color, round(90 + 100 * s)), width=max(1, round(unit * (0.8 + 2 * s))))


def draw_glitter(image: Image.Image, box: tuple[int, int, int, int], light: Light, sun_x: float,
                 rng: random.Random) -> None:
    """The sun's (or moon's) path on the water: bright dashes gathered under it, widening toward the eye."""
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    draw = ImageDraw.Draw(image, "RGBA")
    color = mix(light.sun or (236, 236, 226), (255, 255, 255), 0.3)
    unit = max(1.0, width / 1024)
    for _ in range(150):
        s = rng.random() ** 1.2
        x = x0 + sun_x * width + rng.gauss(0, width * (0.01 + 0.09 * s))
        length = (4 + 30 * s) * unit * rng.uniform(0.5, 1.2)
        y = y0 + s * height
        draw.line((x - length / 2, y, x + length / 2, y), fill=(*color, round(140 + 110 * s)),
                  width=max(1, round(unit * (1 + 1.5 * s))))


def sea_into(field: np.ndarray, light: Light, reach: float, phase: float, base: RGB | None = None) -> np.ndarray:
    """The top `reach` of a ground field (its far part) turned to sea (or a lake: `base` is its colour), with a
    wavy shoreline; returns the shoreline's row per column (as fractions of the field's height) for the surf."""
    rows, columns = field.shape[:2]
    far, near = water_colors(light, base)
    shore = np.asarray(reach * (1 + 0.06 * np.sin(np.linspace(0, 9, columns, dtype=np.float32) + phase)),
                       dtype=np.float32)
    v = ((np.arange(rows, dtype=np.float32) + 0.5) / rows)[:, None]
    sea = np.clip((shore[None, :] - v) * rows, 0, 1)[..., None]
    t = np.clip(v / reach, 0, 1) ** 0.8
    color = np.asarray(far, dtype=np.float32) + (np.asarray(near, dtype=np.float32) - np.asarray(far)) * t[..., None]
    field[:] = field * (1 - sea) + color * sea
    return shore


def sea_details(image: Image.Image, ground: Ground, shore: np.ndarray, rng: random.Random,
                base: RGB | None = None) -> None:
    """Ripples and glitter on the sea strip, and the line of surf along the shore."""
    reach = float(shore.max())
    box = (0, ground.top, ground.width, round(ground.y(float(shore.min()))))
    far, near = water_colors(ground.light, base)
    draw_ripples(image, box, rng, far, near)
    if ground.sun_x is not None and (ground.light.sun is not None or ground.light.moon):
        draw_glitter(image, box, ground.light, ground.sun_x, rng)
    xs = np.linspace(0, ground.width, len(shore))
    surf = [(float(x), ground.y(float(s))) for x, s in zip(xs, shore, strict=True)][::max(1, len(shore) // 60)]
    ImageDraw.Draw(image, "RGBA").line(surf, fill=(255, 255, 255, 210), width=max(2, round(ground.height * reach
                                                                                           / 25)))
