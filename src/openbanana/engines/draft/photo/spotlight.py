"""A spotlight on the photo's main subject, the rest fallen dark: the subject (GrabCut from its most salient
pixels) and the beam's soft spill round it stay lit, everything else is dimmed to a fifth. A vignette is not this:
it only darkens the corners, whatever the subject is."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, resize_to, shrink
from openbanana.engines.draft.photo.segmentation import saliency, subject_mask

DARK = 0.2  # what is left of the light outside the pool
WORK_SIDE = 256  # the pool is shaped on a copy this size


def _pool(rgb: U8) -> F32:
    """How lit each pixel is (0..1): the subject, and the beam's soft spill round its outline."""
    mask = subject_mask(rgb)
    if mask is None or float(mask.mean()) < 0.01:
        mask = f32(saliency(rgb) > 0.6)  # nothing cut out: the most salient part of the photo
    small = f32(shrink(mask, WORK_SIDE))
    spill = cv2.GaussianBlur(small, (0, 0), max(small.shape) / 14)  # the beam's soft edge round the subject
    pool = np.maximum(cv2.GaussianBlur(small, (0, 0), 1.5), np.clip(spill * 1.6, 0, 1) * 0.8)
    return f32(np.clip(resize_to(f32(cv2.GaussianBlur(pool, (0, 0), 3.0)), rgb.shape[1], rgb.shape[0]), 0, 1))


def spotlight(land: F32, rgb: U8, sun: tuple[float, float], horizon: F32, rng: random.Random) -> F32:
    """The subject lit a little warmer and brighter, the rest fallen to a fifth of its light."""
    pool = _pool(rgb)[..., None]
    lit = land * np.asarray((1.08, 1.05, 1.0), np.float32)
    return f32(lit * (DARK + (1 - DARK) * pool))
