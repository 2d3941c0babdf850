"""A cyberpunk neon look: the photo pushed into night, its shadows deep blue and violet, its lights magenta and
cyan, and its outlines glowing like neon tubes (cool and grey ones glow cyan, warm ones magenta), with a bloom round the
brightest parts. A grade of the photo's own light, so what is in it stays recognisable."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, f32, luma, shrink, u8

_RAMP = np.asarray([(4, 6, 20), (16, 24, 72), (70, 30, 124), (196, 56, 168), (255, 196, 240)], np.float32)
_CYAN, _MAGENTA = np.asarray((40, 240, 255), np.float32), np.asarray((255, 40, 200), np.float32)
WORK_SIDE = 768  # the glow is soft: found on a small copy


def neon(rgb: U8, rng: random.Random) -> U8:
    """The neon grade, glowing outlines and bloom, at the photo's size."""
    height, width = rgb.shape[:2]
    image = rgb.astype(np.float32)
    light = luma(image) / 255
    scaled = np.clip(light, 0, 1) ** 1.4 * (len(_RAMP) - 1)
    index = np.minimum(scaled.astype(np.int32), len(_RAMP) - 2)
    f = (scaled - index)[..., None]
    graded = _RAMP[index] * (1 - f) + _RAMP[index + 1] * f
    toned = graded * 0.7 + image * 0.3 * light[..., None]  # the photo's own colours show through in its lights
    small = shrink(rgb, WORK_SIDE)
    gray = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (0, 0), 1.2)
    edges = cv2.Canny(gray, 60, 160).astype(np.float32) / 255
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV).astype(np.float32)
    cool = (((hsv[..., 0] > 40) & (hsv[..., 0] < 140)) | (hsv[..., 1] < 70)).astype(np.float32)[..., None]
    # (greens, blues, greys and whites: cyan tubes; warm colours magenta)
    tube = cv2.GaussianBlur(edges, (0, 0), 1.0)[..., None] * (_CYAN * cool + _MAGENTA * (1 - cool))
    halo = cv2.GaussianBlur(tube, (0, 0), max(3.0, small.shape[1] / 120))
    bright = np.clip((cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255 - 0.7) / 0.3, 0, 1)
    bloom = cv2.GaussianBlur(bright, (0, 0), max(4.0, small.shape[1] / 60))[..., None] * _MAGENTA * 0.6
    glow = f32(cv2.resize(tube * 1.2 + halo * 1.6 + bloom, (width, height), interpolation=cv2.INTER_LINEAR))
    return u8(toned + glow * (1 - np.clip(toned / 255, 0, 1)))  # screened: the tubes light the dark, never clip
