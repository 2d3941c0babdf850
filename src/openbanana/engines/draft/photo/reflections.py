"""A new sky mirrored in the photo's open water: the lake under a sunset sky turns the sunset's colours.

Why: water shows the sky above it, so a sky replaced over a lake that keeps its old daylight blue reads as pasted
in. The water is found in the photo as it was (before the sky changed, when its colour still matched the old
sky); its ripples and shading are kept and only its colour is moved toward the new sky's lower part, where the
horizon's light is, the part a lake reflects.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, f32, u8
from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.sky import Sky

MIRROR = 0.6  # how much of the new sky's colour the water takes
CLOSE = 25  # the widest hole in the water (a boat, an island) filled, as a share of the width
SOFTEN = 120  # the water edge's blur, as a share of the width (the water is found at 256 px)
LOW_SKY = 0.5  # the share of the sky's rows, from the horizon up, whose colour the water mirrors


def mirror_sky(swapped: U8, before: U8, sky: Sky) -> U8:
    """`swapped` (the photo with its new sky) with the water found in `before` tinted to the new sky's colour near
    the horizon; unchanged when the photo shows no open water."""
    water = find_water(before, sky)
    if water is None:
        return swapped
    low = _low_sky(sky.mask)
    if not low.any():
        return swapped
    image = f32(swapped)
    colour = image[low].mean(axis=0)
    light = image.mean(axis=2, keepdims=True)
    shade = light / max(1.0, float(light[water.mask > 0.5].mean()))  # the water's own ripples and shading
    mirrored = np.clip(shade * colour, 0, 255)
    reach = max(3, swapped.shape[1] // CLOSE) | 1  # boats and glints in it are water too: its holes closed
    closed = cv2.morphologyEx(water.mask.astype(np.float32), cv2.MORPH_CLOSE, np.ones((reach, reach), np.uint8))
    soft = cv2.GaussianBlur(closed, (0, 0), max(1.0, swapped.shape[1] / SOFTEN))  # found small: its edge blurred
    alpha = (soft * MIRROR)[..., None]
    return u8(image * (1 - alpha) + mirrored * alpha + 0.5)


def _low_sky(mask: Mask) -> np.ndarray:
    """The lower part of the open sky (the rows nearest the horizon), as a boolean mask."""
    rows = np.nonzero(mask.max(axis=1) > 0.5)[0]
    if rows.size == 0:
        return np.zeros(mask.shape, bool)
    cut = rows[0] + (rows[-1] - rows[0]) * (1 - LOW_SKY)
    low = mask > 0.5
    low[: int(cut)] = False
    return np.asarray(low)
