"""A warm lamp from one side ("light her face from the left with a warm lamp", "lit from the right"): the photo
brightened and warmed near that side and falling off into shadow across the frame, as a lamp just outside the frame
lights a room. Without it the request was answered with a warmer tone and a lamp sticker, the light itself not
made. The light is a falloff from one point, so it reads as a lamp, not as a gradient laid over the photo."""

from __future__ import annotations

import random

import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32

LAMP_HEIGHT = 0.35  # the lamp's height, as a fraction of the frame (about a face's)
REACH = 0.55  # of the frame's diagonal: where the light has fallen to half
SHADOW, LIFT = 0.4, 0.5  # the far side keeps two fifths of its light; the near side gains half more
WARM = np.asarray((1.08, 0.96, 0.8), np.float32)  # a tungsten lamp's colour, at full strength


def _falloff(height: int, width: int, side: str) -> F32:
    """How much lamp light reaches each pixel, 0..1, from a point just outside the frame on that side."""
    diagonal = float(np.hypot(height, width))
    lamp_x = -0.15 * width if side == "left" else 1.15 * width
    ys, xs = np.ogrid[0:height, 0:width]
    distance = np.hypot(xs - lamp_x, ys - LAMP_HEIGHT * height) / diagonal
    light = 1 / (1 + (distance / REACH) ** 2)
    return f32((light - light.min()) / max(1e-6, float(light.max() - light.min())))


def _lit(land: F32, side: str) -> F32:
    light = _falloff(land.shape[0], land.shape[1], side)[..., None]
    gain = SHADOW + (1 + LIFT - SHADOW) * light
    return f32(land * gain * (1 + (WARM - 1) * light))


def lamp_from_left(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """A warm lamp just outside the left edge."""
    return _lit(land, "left")


def lamp_from_right(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """A warm lamp just outside the right edge."""
    return _lit(land, "right")
