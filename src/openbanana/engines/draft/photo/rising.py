"""The one thing standing up into a wide open sky (a rocket on its pad, a lone tower, a balloon), found for a removal.

Why: a thing seen against the sky is the easiest to take out believably (the hole gets the sky's own light round it),
yet no blob finder takes a thin tall thing between other tall things for the subject. Only where the sky comes
down low (its typical horizon in the lowest third), so what rises into it is whole above that line and nothing of it
is left standing below; of the things rising there, the one nearest the middle is taken, and the answer says so.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, f32, resize_to, shrink
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.sky import find_sky

LOW_SKYLINE = 0.7  # the sky's typical horizon must lie below this fraction of the height
WORK_SIDE = 384  # the long side of the copy the things are told apart on
SMALLEST, LARGEST = 0.002, 0.25  # a thing's share of the photo
OFF_MIDDLE = 0.25  # how far from the middle (a fraction of the width) the thing taken may stand
HOW = "the thing rising into the open sky nearest the middle of the photo"


def rising_thing(rgb: U8) -> Found | None:
    """The thing nearest the middle among those rising into a low-horizoned sky, cut at the horizon, with the rest
    of what is not sky as `others` (a fill must borrow only the sky); None when there is no such sky or thing."""
    sky = find_sky(rgb)
    if sky is None or sky.line < LOW_SKYLINE:
        return None
    small = shrink(sky.mask, WORK_SIDE)
    hs, ws = small.shape[:2]
    solid = (small < 0.5).astype(np.uint8)
    solid[max(0, round(sky.line * hs) - 2):] = 0  # only what stands above the horizon
    count, labels, stats, centres = cv2.connectedComponentsWithStats(solid, connectivity=8)
    area = hs * ws
    best: int | None = None
    for label in range(1, count):
        share = stats[label, cv2.CC_STAT_AREA] / area
        off = abs(centres[label][0] / ws - 0.5)
        if SMALLEST <= share <= LARGEST and off <= OFF_MIDDLE and (
                best is None or off < abs(centres[best][0] / ws - 0.5)):
            best = label
    if best is None:
        return None
    height, width = rgb.shape[:2]
    thing = cv2.dilate((labels == best).astype(np.uint8), np.ones((3, 3), np.uint8))
    mask = f32(resize_to(f32(thing), width, height) > 0.25)
    mask[round(sky.line * height):] = 0
    return Found(mask, False, HOW, others=f32((1 - sky.mask) * (1 - mask)))
