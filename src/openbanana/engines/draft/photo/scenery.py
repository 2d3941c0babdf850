"""Where scenery goes in a photo: its open water and the line where land or water meets the sky.

Water is found on a 256 px copy below the sky (or below the top third when no sky was found): smooth pixels
coloured like the photo's own sky (a lake under a hazy sky) or plainly blue or teal, in one wide region. Returns
None when there is no credible water, so that a boat is never put on a table, and in a black-and-white photo, whose
colours cannot tell water from a pale lawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import F32, U8, Mask, largest_component, resize_to, shrink
from openbanana.engines.draft.photo.sky import Sky

WATER_LONG_SIDE = 256
MIN_WATER = 0.03  # of the photo's area
MIN_WIDTH = 0.25  # of the photo's width: a puddle or a blue shirt is not a lake
GREY_PHOTO = 2.0  # mean chroma (|a*| + |b*|) under which a photo has no colour to tell water from pale grass by


@dataclass(frozen=True)
class Water:
    mask: Mask  # at the photo's size, in [0, 1]
    top: float  # where the water begins (its far edge), as a fraction of the height
    bottom: float  # where it ends (its near edge)
    columns: tuple[float, float]  # its left and right reach, fractions of the width

    def spread(self, y: float) -> float:
        """How near a point of the water is, 0 at the far edge and 1 at the near one: things shrink with it."""
        return float(np.clip((y - self.top) / max(self.bottom - self.top, 1e-3), 0, 1))


def find_water(rgb: U8, sky: Sky | None) -> Water | None:
    small = shrink(rgb, WATER_LONG_SIDE)
    height, width = small.shape[:2]
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    if float(np.abs(lab[..., 1:] - 128).sum(axis=2).mean()) < GREY_PHOTO:
        return None  # black and white: a lawn is as grey and as smooth as a lake, so no water is claimed
    light = lab[..., 0]
    texture = np.sqrt(np.maximum(cv2.blur(light * light, (5, 5)) - cv2.blur(light, (5, 5)) ** 2, 0))
    smooth = texture < 7.0
    rows = np.arange(height, dtype=np.float32)[:, None] / height
    if sky is not None:
        line = resize_to(sky.horizon[None, :].astype(np.float32), width, 1)[0]
        below = rows > line[None, :] + 0.01
        sky_small = resize_to(sky.mask, width, height) > 0.5
        reference = lab[sky_small].mean(axis=0) if sky_small.any() else None
    else:
        below = np.broadcast_to(rows > 0.33, (height, width))
        reference = None
    blue = (lab[..., 2] < 122) & (lab[..., 1] < 132)  # OpenCV's Lab: b* and a* offset by 128
    like_sky = np.zeros_like(blue) if reference is None else (
        np.linalg.norm(lab[..., 1:] - reference[1:], axis=2) < 8) & (np.abs(light - reference[0]) < 45)
    water: npt.NDArray[np.bool_] = below & smooth & (blue | like_sky)
    water = cv2.morphologyEx(water.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)).astype(bool)
    water = largest_component(water)
    if water.mean() < MIN_WATER:
        return None
    ys, xs = np.nonzero(water)
    if (xs.max() - xs.min()) / width < MIN_WIDTH:
        return None
    full_height, full_width = rgb.shape[:2]
    mask: F32 = np.asarray(cv2.GaussianBlur(resize_to(water.astype(np.float32), full_width, full_height), (0, 0),
                                            max(1.0, full_width / 600)), np.float32)
    return Water(mask, float(np.percentile(ys, 3) / height), float(np.percentile(ys, 97) / height),
                 (float(xs.min() / width), float((xs.max() + 1) / width)))


def water_point(water: Water, near: float, side: float) -> tuple[float, float] | None:
    """A point inside the water (fractions): `near` from its far edge (0) to its near edge (1), `side` across it
    (0 left, 1 right); the nearest water pixel to that aim, or None when the water has no room there."""
    small = shrink(water.mask, 128)
    inner = cv2.erode((small > 0.6).astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    if not inner.any():
        return None
    ys, xs = np.nonzero(inner)
    aim_y = (water.top + (water.bottom - water.top) * near) * small.shape[0]
    aim_x = (water.columns[0] + (water.columns[1] - water.columns[0]) * side) * small.shape[1]
    index = int(np.argmin((ys - aim_y) ** 2 + (xs - aim_x) ** 2))
    return float(xs[index] / small.shape[1]), float(ys[index] / small.shape[0])
