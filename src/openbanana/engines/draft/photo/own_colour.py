"""Fill the holes a segmenter leaves in a coloured thing before it is recoloured.

Why: a clothes or subject mask found at a low resolution comes back with blocky holes in it (on the astronaut's
suit, a fifth of the shoulder), and a recolour through it leaves patches of the old colour across the new one. A
pixel inside the mask's closed outline that has the thing's own colour (its hue, about its chroma) is the thing; one
of another colour (a white strap, a purple badge) is not, and stays out. Only holes and notches are filled: the
closing cannot reach past the outline by more than its own small radius.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import Mask, bounding_box

CLOSING = 0.06  # the closing's diameter, as a share of the photo's long side
WORK_SIDE = 512  # the closing is done on a copy this long at most (a soft mask loses nothing by it)
SAME_HUE = 25.0  # degrees from the thing's hue within which a pixel counts as of its colour
CHROMA_RANGE = (0.5, 2.0)  # a pixel's chroma over the thing's, for it to count as of its colour


def fill_own_colour(mask: Mask, a: np.ndarray, b: np.ndarray, chroma: np.ndarray, chromatic: float) -> Mask:
    """`mask` with its holes and notches filled where the pixels have the masked thing's own colour; unchanged for a
    grey, white or black thing (its colour says nothing about where it ends). Only the mask's bounding box is
    worked on: a closing never reaches past it."""
    total = float(mask.sum())
    box = bounding_box(mask, 0.0)
    if total <= 0 or box is None:
        return mask
    mean_a, mean_b = float((a * mask).sum() / total), float((b * mask).sum() / total)
    mean_chroma = float(np.hypot(mean_a, mean_b))
    if mean_chroma <= chromatic:
        return mask
    x0, y0, x1, y1 = box
    window = (slice(y0, y1), slice(x0, x1))
    closed = _closed(mask[window], max(mask.shape))
    cosine = (a[window] * mean_a + b[window] * mean_b) / (np.maximum(chroma[window], 1e-6) * mean_chroma)
    ratio = chroma[window] / mean_chroma
    own = (cosine > np.cos(np.radians(SAME_HUE))) & (ratio > CHROMA_RANGE[0]) & (ratio < CHROMA_RANGE[1])
    out = mask.astype(np.float32)
    out[window] = np.maximum(out[window], closed * own)
    return out


def _closed(mask: Mask, long_side: int) -> np.ndarray:
    """The mask morphologically closed (dilated, then eroded) at a working size, back at its own size; the
    closing's size is a share of the photo's `long_side`."""
    height, width = mask.shape
    scale = min(1.0, WORK_SIDE / long_side)
    small = cv2.resize(mask.astype(np.float32), (max(1, round(width * scale)), max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA) if scale < 1 else mask.astype(np.float32)
    side = max(3, int(CLOSING * long_side * scale) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)  # its border neither grows nor wears the mask
    if scale < 1:
        closed = cv2.resize(closed, (width, height), interpolation=cv2.INTER_LINEAR)
    return np.asarray(closed, np.float32)
