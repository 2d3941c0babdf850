"""Moonlight and frost, two cold lights that are neither night nor snow: moonlight dims the photo to a silver-blue,
nearly colourless light that still shows the scene (a night grade is darker and keeps lamps burning), and a frosty
morning whitens the fine texture of grass, leaves and ground with rime under a pale, cool light, with no falling
flakes (snow's look). Without them "light it with moonlight" was read as a cooler tone alone and "a frosty morning"
as not done."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, luma, resize_to, shrink, u8
from openbanana.engines.draft.photo.skies import fractal_noise

_MOON = np.asarray((0.50, 0.62, 0.86), np.float32)  # what a moon's light leaves of each channel
_MOON_LIFT = np.asarray((6, 10, 24), np.float32)
_MOON_CURVE = f32(255 * (np.arange(256) / 255) ** 1.25)  # a lookup: a power over a 2K photo costs a third of a second
_RIME = np.asarray((236, 242, 250), np.float32)
WORK_SIDE = 1024  # the long side of the copy the rime's texture mask is found on


def moonlight(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """Silver-blue and nearly colourless, darker than day, its highlights kept bright (moonlight is hard light)."""
    gray = luma(land)[..., None]
    pale = gray + (land - gray) * np.float32(0.2)
    curved = cv2.LUT(u8(pale + 0.5), _MOON_CURVE)  # the shadows deepen, the lights hold
    return f32(curved * _MOON + _MOON_LIFT)


def frost(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """A cold, pale morning light, with white rime on the fine texture below the horizon (grass, leaves, gravel)
    and patchy, as frost lies."""
    height, width = land.shape[:2]
    gray = luma(land)
    cold = (gray[..., None] + (land - gray[..., None]) * np.float32(0.6)) * np.asarray((0.94, 0.99, 1.06),
                                                                                      np.float32) + 14
    small = f32(shrink(gray, WORK_SIDE))  # where the texture is, found on a smaller copy: rime is a soft mask
    sigma = max(1.0, small.shape[1] / 700)
    detail = np.abs(small - cv2.GaussianBlur(small, (0, 0), sigma))
    texture = f32(cv2.GaussianBlur(detail, (0, 0), sigma * 3))  # where the surface is fine-grained
    busy = f32(np.clip((texture - 1.5) / 5, 0, 1))
    smooth = cv2.GaussianBlur(small, (0, 0), sigma)
    outline = np.abs(smooth - cv2.GaussianBlur(small, (0, 0), sigma * 8))  # a big edge (a coat against the grass)
    busy = f32(busy * np.clip(1 - (outline - 12) / 20, 0, 1))  # is no fine texture: no white halo round it
    busy = f32(resize_to(busy, width, height))
    ys = np.arange(height, dtype=np.float32)[:, None] / np.float32(height)
    ground = np.clip((ys - horizon[None, :]) / np.float32(0.08), 0, 1)  # frost lies on the ground, not in the sky
    patches = cv2.resize(fractal_noise(max(2, width // 8), max(2, height // 8), rng, octaves=4), (width, height))
    fine = max(1.0, width / 700)
    tips = np.clip((gray - cv2.GaussianBlur(gray, (0, 0), fine)) / 18 + 0.5, 0, 1)  # the lit edges take it first
    rime = f32(busy * ground * np.clip(patches * 1.6 - 0.1, 0.4, 1) * (0.55 + 0.45 * tips))
    return f32(cold + (_RIME - cold) * (rime * 0.9)[..., None])
