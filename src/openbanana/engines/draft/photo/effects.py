"""Light and weather drawn over parts of a photo: northern lights and fireworks in its sky, snow lying on its ground.

Each works on a copy of at most 768 px and returns a float layer at that size for the caller to scale up and blend
within the region it belongs to (the sky's mask, the land below it); the seed moves the curtains, bursts and drifts.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, f32
from openbanana.engines.draft.photo.skies import fractal_noise

NIGHT_SKY = np.asarray((0.2, 0.24, 0.36), np.float32)  # how a sky is dimmed for lights that need the dark
BURST_COLORS = ((255, 90, 80), (255, 210, 90), (120, 220, 255), (190, 120, 255), (120, 255, 150), (255, 140, 220))


def aurora(width: int, height: int, line: float, rng: random.Random) -> tuple[F32, F32]:
    """Curtains of green light fading to violet at their tops, hanging above the horizon (`line`, a fraction of the
    height): the light (h×w×3, 0..255) and how much of it shows (h×w, 0..1)."""
    ys = np.arange(height, dtype=np.float32)[:, None] / height
    xs = np.arange(width, dtype=np.float32)[None, :] / width
    phase, waves = rng.uniform(0, 2 * math.pi), rng.uniform(1.2, 2.2)
    base = line * (0.62 + 0.14 * np.sin(xs * waves * 2 * math.pi + phase)) + 0.05 * (
        fractal_noise(width, 1, rng, octaves=3, base=3)[0][None, :] - 0.5)
    reach = line * rng.uniform(0.35, 0.5)
    above = (base - ys) / reach  # 0 at the curtain's foot, 1 at its top
    body = np.where(above >= 0, np.exp(-above * 2.2), np.exp(above * 7)) * (above > -0.4)
    rays = 0.3 + 0.7 * fractal_noise(width, 1, rng, octaves=5, base=24)[0][None, :]
    folds = 0.4 + 0.6 * fractal_noise(width, 1, rng, octaves=2, base=3)[0][None, :]
    strength = np.asarray(np.clip(body * rays * folds * 1.8, 0, 1), np.float32)
    t = np.clip(above, 0, 1)[..., None]
    green, violet = np.asarray((90, 255, 160), np.float32), np.asarray((170, 90, 230), np.float32)
    light = np.asarray(green + (violet - green) * t ** 1.5, np.float32)
    return np.broadcast_to(light, (height, width, 3)).astype(np.float32), strength


def fireworks(width: int, height: int, line: float, rng: random.Random) -> F32:
    """Bursts of coloured sparks with a soft glow above the horizon: light to add (h×w×3, 0..255)."""
    layer = np.zeros((height, width, 3), np.float32)
    short = min(width, height)
    for _ in range(rng.randint(3, 5)):
        cx, cy = rng.uniform(0.12, 0.88) * width, rng.uniform(0.12, max(0.2, line * 0.75)) * height
        radius = short * rng.uniform(0.09, 0.16)
        color = tuple(float(c) for c in rng.choice(BURST_COLORS))
        rays = rng.randint(28, 44)
        for ray in range(rays):
            angle = 2 * math.pi * ray / rays + rng.uniform(-0.05, 0.05)
            reach = radius * rng.uniform(0.75, 1.0)
            droop = reach * 0.12  # sparks fall a little as they fly
            for step in range(6):
                f = (step + 1) / 6
                x = cx + math.cos(angle) * reach * f
                y = cy + math.sin(angle) * reach * f + droop * f * f
                size = max(1, round(short / 450 * (1.4 - f * 0.6)))
                fade = 0.35 + 0.65 * f
                cv2.circle(layer, (round(x), round(y)), size, tuple(c * fade for c in color), -1, cv2.LINE_AA)
        cv2.circle(layer, (round(cx), round(cy)), max(1, round(short / 200)), (255, 250, 230), -1, cv2.LINE_AA)
    glow = cv2.GaussianBlur(layer, (0, 0), short / 60)
    return np.asarray(np.clip(layer + glow * 1.6, 0, 255), np.float32)


def snow_cover(rgb: F32, ground: F32, rng: random.Random) -> F32:
    """Snow lying where a surface faces up: on the ground (`ground`, 0..1, more towards the bottom) and on the tops
    of leaves, roofs and stones (the lighter side of each small edge), in drifts from seeded noise."""
    height, width = rgb.shape[:2]
    light = cv2.cvtColor(np.clip(rgb, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
    edges = np.clip((light - cv2.GaussianBlur(light, (0, 0), max(1.0, width / 200))) / 20 + 0.55, 0, 1)
    tops = f32(cv2.GaussianBlur(edges.astype(np.float32), (0, 0), max(0.8, width / 500)))
    drifts = fractal_noise(width, height, rng, octaves=3, base=5)
    cover = np.clip(ground * (0.55 + 0.8 * drifts) * (0.35 + 1.0 * tops) * 1.25, 0, 1) ** 0.7
    shade = np.clip(light / 200, 0.6, 1.0)[..., None]
    snow = np.asarray((236, 242, 250), np.float32) * shade
    cold = rgb * np.asarray((0.92, 0.97, 1.06), np.float32) + 10
    return np.asarray(cold + (snow - cold) * cover[..., None], np.float32)


BOLT = (215, 225, 255)  # a lightning bolt's blue-white


def lightning(width: int, height: int, line: float, rng: random.Random) -> F32:
    """A forked bolt from the top of the sky down towards the horizon, a thin white core in a blue glow: light to add
    (h×w×3, 0..255). Jagged by a random walk, as a bolt is, with one or two short branches."""
    layer = np.zeros((height, width, 3), np.float32)
    short = min(width, height)
    x, y, bottom = rng.uniform(0.3, 0.7) * width, 0.0, max(0.25, line * 0.92) * height
    trunk = [(x, y)]
    while y < bottom:
        y += bottom / 12 * rng.uniform(0.6, 1.2)
        x += rng.uniform(-0.05, 0.05) * width
        trunk.append((x, min(y, bottom)))
    paths = [(trunk, 1.0)]
    for _ in range(rng.randint(1, 2)):  # a branch leaves the trunk and fades out sideways
        x, y = trunk[rng.randint(2, max(2, len(trunk) - 4))]
        side = rng.choice((-1, 1))
        branch = [(x, y)]
        for _ in range(4):
            x, y = x + side * rng.uniform(0.02, 0.05) * width, y + bottom / 14 * rng.uniform(0.5, 1.0)
            branch.append((x, y))
        paths.append((branch, 0.6))
    for path, weight in paths:
        points = np.round(np.array(path)).astype(np.int32).reshape(-1, 1, 2)
        core = tuple(c * weight for c in BOLT)
        cv2.polylines(layer, [points], False, core, max(1, round(short / 260 * weight)), cv2.LINE_AA)
    glow = cv2.GaussianBlur(layer, (0, 0), short / 70)
    return np.asarray(np.clip(layer * 1.2 + glow * 3.0, 0, 255), np.float32)
