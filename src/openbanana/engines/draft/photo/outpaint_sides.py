"""Which side of a photo an outpaint grows taller on: the new margin goes beside the plainer of its top and bottom
edges, where one is clearly plainer.

Why: a landscape is usually framed with open sky along its top and busy ground (trees, a crowd, a table top) along
its foot. Grown from patches of the busy foot, a margin repeats it as a blurred ghost (the trees and the roof's orange
under the tower made square); grown from the sky, it just continues the sky. So where one edge is at least three
times as busy as the other (mean gradient), nearly all the margin goes on the plain side; edges less unlike (a
portrait with a backdrop above and a suit below: its top grown tall repeated her hair and left a seam) keep the
photo centred, as does a wider frame: a subject in the middle stays in the middle.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8

BAND = 0.08  # the edge band whose busyness is measured, as a share of the photo's side across it
STEEPNESS = 3.0  # the margins' shares go as busyness ** -STEEPNESS: twice as busy, an eighth of the margin
CLEARLY = 3.0  # how many times busier one edge must be than the other before the photo leaves the middle


def split(fitted: U8, total: int) -> int:
    """The part of `total` new rows that goes above the photo."""
    if total <= 0:
        return 0
    gray = cv2.cvtColor(fitted, cv2.COLOR_RGB2GRAY).astype(np.float32)
    depth = max(2, round(gray.shape[0] * BAND))
    before, after = _busyness(gray[:depth]), _busyness(gray[-depth:])
    if max(before, after) < CLEARLY * min(before, after):
        return total // 2  # centred, as every frame was before
    return round(float(total * after ** STEEPNESS / (before ** STEEPNESS + after ** STEEPNESS)))


def _busyness(band: np.ndarray) -> float:
    """The band's mean gradient magnitude, plus one so that two flat bands count as alike."""
    gx = cv2.Sobel(band, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(band, cv2.CV_32F, 0, 1, ksize=3)
    return float(np.mean(np.hypot(gx, gy))) + 1.0
