"""Where a drawn sun or moon may stand: in open sky, clear of what rises into it.

Why: a disc drawn at a random spot of a new sky sat over a launch tower's lattice and peeped out behind a man's head;
a sun over a thing reads as a hole in it, so the disc moves to the nearest open spot, or is left out.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import Mask, shrink

DISC_SIZES = {"sun": 0.05, "moon": 0.035, "": 0.0}  # the disc's radius, as a fraction of the photo's short side
_LONG_SIDE = 256
_CANDIDATES = tuple((x / 10, y / 10) for y in (2, 3, 4, 5, 6, 1, 7) for x in (5, 4, 6, 3, 7, 2, 8))


def clear_spot(open_sky: Mask, wanted: tuple[float, float], size: float) -> tuple[float, float] | None:
    """`wanted` (fractions of the width and height) if a disc of radius `size` (of the short side), with a margin,
    stands there in open sky; else the open spot nearest to it; None when the sky has no room for it."""
    small = shrink(open_sky, _LONG_SIDE)
    height, width = small.shape[:2]
    room = cv2.distanceTransform(np.asarray(small > 0.5, np.uint8), cv2.DIST_L2, 3)
    need = size * min(width, height) * 1.8 + 2

    def fits(at: tuple[float, float]) -> bool:
        x, y = min(width - 1, max(0, round(at[0] * width))), min(height - 1, max(0, round(at[1] * height)))
        return bool(room[y, x] >= need)

    if fits(wanted):
        return wanted
    spots = [at for at in _CANDIDATES if fits(at)]
    return min(spots, key=lambda at: (at[0] - wanted[0]) ** 2 + (at[1] - wanted[1]) ** 2) if spots else None
