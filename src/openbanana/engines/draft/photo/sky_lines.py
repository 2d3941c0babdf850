"""The thin things that cross a photo's sky (a launch tower's lattice, bare branches, wires), kept in front of a new
sky.

Why: the sky is found on a small copy and feathered, so a lattice a pixel or two wide falls inside it and the new sky
painted over it broke the towers into stubs. Inside the sky, a thin line much darker or lighter than what is either
side of it (a morphological black-hat or top-hat, which a cloud's broad edge does not give) is something standing in
front of the sky, and keeps its own colour; a lone speck (a star) is no line and goes with the old sky.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, f32

APART = 12.0  # how far from what is either side of it a pixel's brightness must be to be a line (of 255)
SURE = 14.0  # from APART, how much more before it is kept whole
THIN = 170  # the widest line kept: the photo's width over this, at least 3 px
LONG = 4  # a line is at least this many times as long as the widest line is wide; shorter specks are not kept


def without_lines(rgb: U8, mask: Mask) -> Mask:
    """`mask` (the sky) less the thin lines that cross it in `rgb`."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    size = max(3, rgb.shape[1] // THIN) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    apart = np.maximum(cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, kernel),
                       cv2.morphologyEx(gray, cv2.MORPH_TOPHAT, kernel)).astype(np.float32)
    crossing = np.clip((apart - APART) / SURE, 0, 1)
    traced = (apart > APART / 2).astype(np.uint8)  # a fainter trace joins a lattice's bars into one line
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(traced, connectivity=8)
    reach = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
    lines = reach >= size * LONG
    lines[0] = False
    crossing *= lines[labels]
    if rgb.shape[1] > 700:  # at 1K and up a line is two pixels or more: its soft edge is kept with it
        crossing = cv2.dilate(crossing, np.ones((3, 3), np.uint8))
    return f32(mask * (1 - crossing))
