"""Which bright spots of a photo are its own lights, to be kept burning when it is turned to night.

Why: the night look once lit every pixel whose brightest channel passed 215, so a red motorbike's glossy tank and the
white boxes on a garage shelf glowed like lamps. A lamp is bright in every channel (white, or a warm yellow), not
only in one, and small: so a spot is a lamp by its lightness (luma), and only a bright patch under a small share of
the frame counts; a sunlit wall or a white box is no lamp. The same spots, with their glow, are what "remove the
lights" takes away.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, Mask, f32, luma, resize_to, shrink

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


LAMP_WORDS = frozenset({"lights", "light", "lamps", "lamp", "streetlights", "streetlight", "floodlights",
                        "floodlight", "bulbs", "bulb", "flare", "flares", "glints", "sparkles"})


def lamp_mask(rgb: U8) -> tuple[Mask, int] | None:
    """The photo's lamps, their cores and near glow ("remove the lights along the ground"), at its size, and how
    many; None when it has no small bright spots, or too many to be lamps. Their long rays are left: a fill that
    wide smears the sky."""
    small = shrink(rgb, 512).astype(np.float32)
    spots = lamp_spots(small) > 0.3
    count = cv2.connectedComponents(spots.astype(np.uint8), connectivity=8)[0] - 1
    if count == 0 or count > 60:
        return None
    glow = cv2.GaussianBlur(spots.astype(np.float32), (0, 0), max(2.0, small.shape[1] / 120))
    halo = f32(np.clip(np.maximum(spots, glow * 4), 0, 1))  # its bright core and the glow just round it
    return f32(np.clip(resize_to(halo, rgb.shape[1], rgb.shape[0]), 0, 1)), count
