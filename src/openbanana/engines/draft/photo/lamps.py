"""Which bright spots of a photo are its own lights, to be kept burning when it is turned to night.

Why: the night look once lit every pixel whose brightest channel passed 215, so a red motorbike's glossy tank and the
white boxes on a garage shelf glowed like lamps. A lamp is bright in every channel (white, or a warm yellow), not
only in one, and small: so a spot is a lamp by its lightness (luma), and only a bright patch under a small share of
the frame counts; a sunlit wall or a white box is no lamp.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, luma

FROM, SPAN = 215.0, 30.0  # the lightness where a spot starts to count as lit, and over which it becomes fully lit
MOST_AREA = 0.0015  # the largest lamp, as a share of the frame


def lamp_spots(small: F32) -> F32:
    """How lit each pixel of `small` (RGB, float) is as a lamp, 0 to 1: light spots, each a small patch."""
    light = luma(small)
    bright: F32 = np.clip((light - FROM) / SPAN, 0, 1).astype(np.float32)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((bright > 0).astype(np.uint8), connectivity=8)
    if count <= 1:
        return bright
    keep = stats[:, cv2.CC_STAT_AREA] <= MOST_AREA * bright.size
    keep[0] = False
    return np.asarray(bright * keep[labels], np.float32)
