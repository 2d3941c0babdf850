"""A cat's eyes found on the photo, not only guessed from its face box.

Why: the cat-face cascades give a box, and the eyes were put at fixed places in it; on a close-up the box is found on
a padded copy and runs past the photo's edges, so the guess fell a fifth of the face below the real eyes and glasses
sat on the cat's nose. A cat's pupil is the darkest spot near where its eye should be (a black slit or disc in a
lighter iris), so each guessed eye moves to the darkest point of a blurred window round it, if that point is
clearly darker than the window and the two points still make a plausible pair of eyes; otherwise the guess stays.
The eye line stays level at the pupils' mean height (the face's lean is still read as none).
"""

from __future__ import annotations

import math
from dataclasses import replace

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8
from openbanana.engines.draft.photo.blazeface import Point
from openbanana.engines.draft.photo.faces import Face

REACH = 0.15  # the search window's half side round each guessed eye, as a share of the face box's width
DARKER = 0.55  # a pupil is at most this share of its window's median grey
SPREAD = (0.6, 1.5)  # the found eyes' distance, as a share of the guessed eyes' distance
MOST_ROLL = 30.0  # degrees: a steeper eye line is no pair of eyes


def with_pupils(face: Face, rgb: U8) -> Face:
    """`face` with its eyes moved onto the pupils found near them, or as it was when none are clearly found."""
    width = face.box[2] - face.box[0]
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    found = [_pupil(gray, eye, width) for eye in (face.eye_left, face.eye_right)]
    left, right = found
    if left is None or right is None:
        return face
    ratio = math.dist(left, right) / max(1.0, face.eye_distance)
    roll = math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))
    if not SPREAD[0] <= ratio <= SPREAD[1] or abs(roll) > MOST_ROLL:
        return face
    level = (left[1] + right[1]) / 2  # kept level: the box's other points are not turned, and a turned eye line
    return replace(face, eye_left=(left[0], level), eye_right=(right[0], level))  # would tilt hats off them


def _pupil(gray: np.ndarray, eye: Point, width: float) -> Point | None:
    """The darkest point of the blurred window round `eye`, if it is clearly darker than the window."""
    reach = max(2, round(width * REACH))
    height, across = gray.shape
    x0, y0 = max(0, round(eye[0]) - reach), max(0, round(eye[1]) - reach)
    x1, y1 = min(across, round(eye[0]) + reach), min(height, round(eye[1]) + reach)
    if x1 - x0 < 3 or y1 - y0 < 3:
        return None
    window = cv2.GaussianBlur(gray[y0:y1, x0:x1], (0, 0), max(0.8, width * 0.012))
    y, x = np.unravel_index(int(np.argmin(window)), window.shape)
    if float(window[y, x]) > DARKER * float(np.median(window)):
        return None
    return float(x0 + x), float(y0 + y)
