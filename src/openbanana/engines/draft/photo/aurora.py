"""Northern lights drawn into a night sky: green curtains hanging from wavy arcs, their lower edge bright and sharp,
fading upward into violet, combed into vertical rays. Asked as "a sky with the northern lights", a plain starry
night (the nearest sky before) dropped the one thing the request was about."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, f32

_GREEN = np.asarray((70, 250, 150), np.float32)  # the oxygen green of a curtain's lower edge
_VIOLET = np.asarray((150, 70, 200), np.float32)  # the faint crown high above it


def _wave(width: int, rng: random.Random, cells: int) -> F32:
    """Smooth seeded values in [-1, 1] along the sky's width."""
    points = np.asarray([rng.uniform(-1, 1) for _ in range(cells + 1)], np.float32)[None, :]
    return f32(cv2.resize(points, (width, 1), interpolation=cv2.INTER_CUBIC)[0])


def aurora(sky: F32, level: float, rng: random.Random) -> F32:
    """`sky` (float RGB, the working size) with two or three aurora curtains over the land at `level` (the horizon
    as a fraction of the height), added as light so the stars and the dark sky show through."""
    h, w = sky.shape[:2]
    ys = np.arange(h, dtype=np.float32)[:, None] / np.float32(h * level)  # 0 at the top, 1 at the horizon
    light = np.zeros((h, w, 3), np.float32)
    for _ in range(rng.choice((2, 3))):
        edge = np.float32(rng.uniform(0.45, 0.8)) + np.float32(0.14) * _wave(w, rng, rng.randint(3, 6))
        height = np.float32(rng.uniform(0.3, 0.5))
        above = (edge[None, :] - ys) / height  # 0 at the lower edge, 1 at the curtain's top
        below = np.exp(-np.square(np.minimum(above, 0) * height / 0.025))  # a sharp lower edge
        body = np.where(above >= 0, np.exp(-np.maximum(above, 0) * 2.2), below)
        rays = 0.45 + 0.55 * np.clip(_wave(w, rng, max(8, w // 6)) * 0.5 + 0.5, 0, 1) ** 1.5
        strength = np.float32(rng.uniform(0.6, 0.9))
        tint = np.clip(above, 0, 1)[..., None] ** 1.3
        color = _GREEN * (1 - tint) + _VIOLET * tint
        light += color * (body * rays[None, :] * strength)[..., None]
    return np.asarray(sky + light * (1 - np.clip(sky / 255, 0, 1)), np.float32)  # screened: bright on the dark sky
