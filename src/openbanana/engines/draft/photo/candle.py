"""Candlelight, firelight and lamplight: the photo dimmed to a room at night and lit from one warm, low point, so the
near side glows orange and the light falls off into brown shadow. Warmer daylight (the golden hour) is not this: a
candle lights a small pool, and the rest of the picture goes dark."""

from __future__ import annotations

import random

import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, luma

_FLAME = np.asarray((1.18, 0.78, 0.42), np.float32)  # what a candle's light does to each channel
_SHADOW = np.asarray((0.22, 0.14, 0.09), np.float32)  # what is left where it does not reach


def candlelight(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """The land lit by a flame below and to one side of the middle: a warm pool fading to dark brown."""
    height, width = land.shape[:2]
    at_x, at_y = rng.choice((0.3, 0.7)), 0.75
    xs = np.arange(width, dtype=np.float32)[None, :] / np.float32(width) - np.float32(at_x)
    ys = (np.arange(height, dtype=np.float32)[:, None] / np.float32(height) - np.float32(at_y)) * height / width
    reach = np.exp(-(np.square(xs) + np.square(ys)) / np.float32(0.22))[..., None]  # the pool of light
    gray = luma(land)
    warm = gray[..., None] * 0.35 + land * 0.65  # a flame's light washes out the photo's own colours a little
    lit = warm * (_SHADOW + (_FLAME - _SHADOW) * reach)
    return np.asarray(np.clip(lit, 0, 255) + np.float32(6) * reach, np.float32)
