"""Stars put into a photo's sky ("put some stars in the sky"): many small points of light of different brightness,
a few with a faint glow, only where the sky is, thinning toward the horizon.

Why: one sparkle pictogram is not a starry sky; stars are points scattered over the whole sky, which the sky
finder already outlines. Stars only show against a dark sky, so on a light one the answer says they are faint.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import f32, u8
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

DENSITY = 900  # stars over a whole frame of sky, at any size
LIGHT_SKY = 150  # a sky brighter than this (mean grey level) shows stars only faintly


def add_stars(photo: Photo, edit: PhotoEdit) -> str | None:
    sky = find_sky(photo.scene)
    if sky is None:
        return not_done(edit, "I could not find any sky in the photo to put them in, so it is unchanged.")
    height, width = photo.rgb.shape[:2]
    short = min(width, height)
    light = np.zeros((height, width), np.float32)
    glow = np.zeros((height, width), np.float32)
    for _ in range(round(DENSITY * sky.share)):
        x, y = photo.rng.randrange(width), photo.rng.randrange(height)
        if sky.mask[y, x] < 0.9 or photo.rng.random() < y / max(1.0, sky.line * height) * 0.6:
            continue  # only in the sky, fewer near the horizon (haze)
        bright = photo.rng.random() ** 2.5  # most faint, a few bright
        radius = max(1, round(short * (0.0012 + 0.0028 * bright)))
        cv2.circle(light, (x, y), radius, 0.45 + 0.55 * bright, -1, cv2.LINE_AA)
        if bright > 0.6:
            cv2.circle(glow, (x, y), radius * 4, 0.35 * bright, -1, cv2.LINE_AA)
    light = f32(cv2.GaussianBlur(light, (0, 0), max(0.6, short * 0.0008)))
    glow = f32(cv2.GaussianBlur(glow, (0, 0), max(2.0, short * 0.004)))
    alpha = np.clip(light + glow, 0, 1)[..., None] * sky.mask[..., None]
    starlight = np.asarray((255, 250, 235), np.float32)
    photo.changed(u8(f32(photo.rgb) * (1 - alpha) + starlight * alpha))
    if float(photo.scene[sky.mask > 0.5].mean()) > LIGHT_SKY:
        return "The sky is light, and stars only show against a dark one, so they are faint."
    return None
