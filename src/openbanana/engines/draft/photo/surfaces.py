"""Where a thing put "on the table" (the floor, the desk, the ground) stands when that surface is not recognised.

Why: a table, a floor or the ground is rarely a thing any finder here names, yet it is almost always what lies round
the photo's main subject (the table under the cup, the floor under the bike). The added thing was put in a corner
and said as not done, often over the subject itself (a bouquet on the saucer's rim). Instead it stands in the open
part of the photo's lower half beside the main subject, as large as fits there (down to half its size), its foot as
low as the subject's, and the answer says the open part beside the main subject was taken for the surface.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import Mask, bounding_box, f32, shrink
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.steps import Photo
from openbanana.engines.draft.photo.strewing import strewn
from openbanana.engines.draft.photo.target_words import head_noun
from openbanana.plan import Box, PhotoEdit

FLOORS = frozenset({"table", "desk", "floor", "ground", "counter", "countertop", "worktop", "tablecloth", "carpet",
                    "rug", "grass", "lawn", "sand", "road", "street", "pavement", "sidewalk", "field"})
GRID = 96  # the mask is searched on a copy this many cells along its long side
CLEARANCE = 0.03  # the gap kept round the subject, as a share of the copy's long side
SCALES = (1.0, 0.85, 0.7, 0.55)  # the sizes tried, largest first
LOWEST_TOP = 0.35  # the thing's top may not rise above this share of the photo: it stands on the lower part


def on_floor(photo: Photo, edit: PhotoEdit, target: str | None,
             size: tuple[float, float]) -> tuple[Box, str, None] | None:
    """"a vase on the table" where no table is found: the open spot beside the main subject, and the note that says
    it was taken for the table; None when the destination is no such surface or no open spot is there."""
    if target is None or head_noun(target) not in FLOORS or strewn(edit):  # petals strewn over it: as before
        return None
    subject = find_target(photo.rgb, "the thing", None, "auto", stand_in=True)
    spot = surface_spot(subject.mask, size) if subject is not None else None
    if spot is None:
        return None
    stands = "stand" if re.fullmatch(r"[a-z ]*[^su]s", edit.name) else "stands"  # "the flowers stand"
    return spot, (f"I cannot recognise {target} as such, so the {edit.name} {stands} on the open part of the photo "
                  f"beside its main subject, taking that to be {target}."), None


def surface_spot(subject: Mask, size: tuple[float, float]) -> Box | None:
    """The box (fractions of the photo) where a thing of `size` stands clear of `subject` on the lower part of the
    photo, nearest the subject's foot; None when no open spot half its size is there."""
    small = shrink((subject > 0.5).astype(np.uint8) * 255, GRID)
    height, width = small.shape
    reach = max(1, round(CLEARANCE * max(height, width)))
    taken = cv2.dilate((small > 127).astype(np.uint8), np.ones((2 * reach + 1, 2 * reach + 1), np.uint8))
    sums = np.pad(taken.cumsum(0).cumsum(1), ((1, 0), (1, 0))).astype(np.int64)
    box = bounding_box(f32(small > 127))
    if box is None:
        return None
    foot, middle = box[3], (box[0] + box[2]) / 2
    for scale in SCALES:
        w, h = max(1, round(size[0] * scale * width)), max(1, round(size[1] * scale * height))
        if w >= width or h >= height:
            continue
        covered = sums[h:, w:] - sums[:-h, w:] - sums[h:, :-w] + sums[:-h, :-w]  # taken cells under each box
        ys, xs = np.mgrid[0:covered.shape[0], 0:covered.shape[1]]
        cost = np.abs(ys + h - min(foot, height - 1)) + 0.5 * np.abs(xs + w / 2 - middle)
        cost = np.where((covered == 0) & (ys >= LOWEST_TOP * height), cost, np.inf)
        y, x = np.unravel_index(int(np.argmin(cost)), cost.shape)
        if np.isfinite(cost[y, x]):
            return x / width, y / height, (x + w) / width, (y + h) / height
    return None
