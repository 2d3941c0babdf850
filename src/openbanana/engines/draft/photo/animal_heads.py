"""An animal's head found from its outline: a horse or a dog standing side-on against a plain backdrop has its head
at one end, its highest point (the ears) above the muzzle that reaches out beyond them. No detector finds such a
head, but the silhouette shows it, so a hat or sunglasses asked for the horse can be put there; a photo whose
subject is not a side-on outline on a plain backdrop gives no head, and the request is said as not done.

The head is given as a `Face` (its eye, muzzle and the top of the head between the ears) so the accessories that
are drawn on faces sit on it the same way."""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8
from openbanana.engines.draft.photo.faces import Face
from openbanana.engines.draft.photo.segmentation import backdrop_cut

HEAD = 0.3  # the head's size, as a share of the outline's height
END = 0.2  # the ears must lie this far (a share of the outline's width) from its middle: the head is at one end


def animal_head(rgb: U8) -> Face | None:
    """The head of the animal outlined on a plain backdrop, or None when there is no such outline or no head at one
    of its ends."""
    cut = backdrop_cut(rgb)
    if cut is None:
        return None
    count, labels, stats, _ = cv2.connectedComponentsWithStats((cut > 0.5).astype(np.uint8))
    if count < 2:
        return None
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    left, top, wide, tall = (int(v) for v in stats[biggest, :4])
    if wide < 0.8 * tall:  # standing side-on is wider than tall; an upright thing has no head at one end
        return None
    body = labels == biggest
    ear_y = top
    ear_xs = np.flatnonzero(body[ear_y])
    ear_x = float(ear_xs.mean())
    middle = left + wide / 2
    if abs(ear_x - middle) < END * wide:
        return None
    facing = 1 if ear_x > middle else -1
    size = HEAD * tall
    rows = body[ear_y:round(ear_y + size)]
    columns = np.flatnonzero(rows.any(axis=0))
    muzzle_x = float(columns.max() if facing > 0 else columns.min())  # the head's far end, out beyond the ears
    muzzle_rows = np.flatnonzero(rows[:, round(muzzle_x)]) + ear_y
    muzzle = (muzzle_x - facing * 0.06 * size, float(muzzle_rows.mean()))
    return _face((ear_x, float(ear_y)), muzzle, size, facing)


def _face(ears: tuple[float, float], muzzle: tuple[float, float], size: float, facing: int) -> Face:
    """A face's landmarks for a head seen side-on: the eye a third of the way from the ears to the muzzle."""
    eye = (ears[0] + (muzzle[0] - ears[0]) * 0.3, ears[1] + 0.35 * size)
    half = 0.12 * size  # the two "eyes" either side of the one seen, so the eye line runs level at the head's scale
    box = (min(ears[0], muzzle[0]) - 0.15 * size, ears[1], max(ears[0], muzzle[0]) + 0.15 * size,
           max(muzzle[1], eye[1]) + 0.25 * size)
    forehead = (ears[0] + facing * 0.1 * size, ears[1] + 0.15 * size)
    return Face(box, (eye[0] - half, eye[1]), (eye[0] + half, eye[1]), muzzle, (muzzle[0], muzzle[1] + 0.1 * size),
                forehead, (eye[0], eye[1] + 0.45 * size), (eye[0] - 0.3 * size, eye[1] + 0.2 * size),
                (eye[0] + 0.3 * size, eye[1] + 0.2 * size), (muzzle[0], muzzle[1] + 0.05 * size), 0.5, "animal")
