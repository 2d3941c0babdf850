"""Marks drawn on a photo without changing what is in it: a border round the whole photo ("add a thin white border")
and a ring round a named thing ("circle the smallest coin in red").

Why: a border is the photo set in a mat of one colour, so the photo is shrunk into it whole rather than covered at
its edges; a ring points a thing out, so it goes round the thing as found, or round what stands in for it (said as
such), and is never drawn when nothing can be taken for the thing.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import bounding_box
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

BORDER = 0.035  # a border's width, as a share of the photo's short side (a thin one half, a thick one twice)
RING = 0.008  # a ring's line width, as a share of the short side
RING_PAD = 1.2  # how much wider than the thing the ring is drawn
WHITE, RED = (248, 248, 248), (220, 30, 40)


def add_border(photo: Photo, edit: PhotoEdit) -> str | None:
    height, width = photo.rgb.shape[:2]
    side = max(2, round(BORDER * edit.amount * min(width, height)))
    inner = cv2.resize(photo.rgb, (width - 2 * side, height - 2 * side), interpolation=cv2.INTER_AREA)
    framed = np.empty_like(photo.rgb)
    framed[:] = np.asarray(edit.color or WHITE, np.uint8)
    framed[side:height - side, side:width - side] = inner
    photo.changed(framed, layout=True)
    return None


def add_circle(photo: Photo, edit: PhotoEdit) -> str | None:
    found = find_target(photo.rgb, edit.target, edit.target_color, edit.placement, stand_in=True)
    box = bounding_box(found.mask, 0.5) if found is not None else None
    if found is None or box is None:
        return not_done(edit, f"I could not find {edit.target} in the photo, so no circle was drawn.")
    height, width = photo.rgb.shape[:2]
    x0, y0, x1, y1 = box
    if (x1 - x0) * (y1 - y0) > 0.8 * width * height:
        return not_done(edit, f"what I could take for {edit.target} fills the photo, so a circle round it would "
                              "point nothing out; none was drawn.")
    line = max(2, round(RING * min(width, height)))
    centre = (round((x0 + x1) / 2), round((y0 + y1) / 2))
    axes = (round((x1 - x0) / 2 * RING_PAD + line), round((y1 - y0) / 2 * RING_PAD + line))
    ringed = photo.rgb.copy()
    cv2.ellipse(ringed, centre, axes, 0, 0, 360, tuple(int(c) for c in edit.color or RED), line, cv2.LINE_AA)
    photo.changed(ringed)
    if not found.exact:
        return (f"I cannot recognise {edit.target} as such, so the circle goes round {found.how} of the photo, "
                f"taking it to be {edit.target}.")
    return None
