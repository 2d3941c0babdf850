"""Marks drawn on a photo without changing what is in it: a border round the whole photo ("add a thin white border"),
a ring round a named thing ("circle the smallest coin in red") and an arrow pointing to one.

Why: a border is the photo set in a mat of one colour, so the photo is shrunk into it whole rather than covered at
its edges; a ring points a thing out, so it goes round the thing as found, or round what stands in for it (said as
such), and is never drawn when nothing can be taken for the thing; an arrow the same, its head at the thing.
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
ARROW, ARROW_HEAD, ARROW_GAP = 0.25, 0.06, 0.02  # an arrow's length, head and gap to its thing (of the short side)
POLAROID_BOTTOM = 4  # an instant photo's card is this many times wider at the bottom than at its sides
WHITE, RED = (248, 248, 248), (220, 30, 40)


def add_border(photo: Photo, edit: PhotoEdit) -> str | None:
    height, width = photo.rgb.shape[:2]
    side = max(2, round(BORDER * edit.amount * min(width, height)))
    bottom = side * (POLAROID_BOTTOM if edit.name.startswith("polaroid") else 1)  # an instant photo's wide foot
    inner = cv2.resize(photo.rgb, (width - 2 * side, height - side - bottom), interpolation=cv2.INTER_AREA)
    framed = np.empty_like(photo.rgb)
    framed[:] = np.asarray(edit.color or WHITE, np.uint8)
    framed[side:height - bottom, side:width - side] = inner
    photo.changed(framed, layout=True)
    return None


def _marked_box(photo: Photo, edit: PhotoEdit, mark: str) -> tuple[tuple[float, float, float, float], bool, str] | str:
    """The box of the thing a mark points out, whether it is the thing itself and how it was found; or the answer's
    sentence when nothing can be taken for it, or what could fills the photo (a mark there points nothing out)."""
    found = find_target(photo.rgb, edit.target, edit.target_color, edit.placement, stand_in=True)
    box = bounding_box(found.mask, 0.5) if found is not None else None
    if found is None or box is None:
        return f"I could not find {edit.target} in the photo, so no {mark} was drawn."
    height, width = photo.rgb.shape[:2]
    if (box[2] - box[0]) * (box[3] - box[1]) > 0.8 * width * height:
        return (f"what I could take for {edit.target} fills the photo, so a {mark} at it would point nothing out; "
                "none was drawn.")
    return box, found.exact, found.how


def add_circle(photo: Photo, edit: PhotoEdit) -> str | None:
    marked = _marked_box(photo, edit, "circle")
    if isinstance(marked, str):
        return not_done(edit, marked)
    (x0, y0, x1, y1), exact, how = marked
    line = max(2, round(RING * min(photo.rgb.shape[:2])))
    centre = (round((x0 + x1) / 2), round((y0 + y1) / 2))
    axes = (round((x1 - x0) / 2 * RING_PAD + line), round((y1 - y0) / 2 * RING_PAD + line))
    ringed = photo.rgb.copy()
    cv2.ellipse(ringed, centre, axes, 0, 0, 360, tuple(int(c) for c in edit.color or RED), line, cv2.LINE_AA)
    photo.changed(ringed)
    return None if exact else (f"I cannot recognise {edit.target} as such, so the circle goes round {how} of the "
                               f"photo, taking it to be {edit.target}.")


def add_arrow(photo: Photo, edit: PhotoEdit) -> str | None:
    """An arrow from the open side of the photo to the thing's edge, its head at the thing: it points the thing out
    the way a person marking a photo would, outlined in dark so it shows on any ground."""
    marked = _marked_box(photo, edit, "arrow")
    if isinstance(marked, str):
        return not_done(edit, marked)
    (x0, y0, x1, y1), exact, how = marked
    height, width = photo.rgb.shape[:2]
    short = min(width, height)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    away = np.array([width / 2 - cx, height / 2 - cy])  # towards the middle of the photo, where there is room
    if np.hypot(*away) < 0.1 * short:
        away = np.array([-1.0 if cx > width / 2 else 1.0, -1.0])  # a thing in the middle: from above, the wider side
    away /= np.hypot(*away)
    reach = max(x1 - x0, y1 - y0) / 2 * RING_PAD + ARROW_GAP * short  # the head stops short of the thing
    tip = np.array([cx, cy]) + away * reach
    tail = np.clip(tip + away * ARROW * short, 0.03 * short, [width - 0.03 * short, height - 0.03 * short])
    line = max(2, round(RING * 1.6 * short))
    marked_rgb = photo.rgb.copy()
    ends = (tuple(int(v) for v in tail.round()), tuple(int(v) for v in tip.round()))
    head = float(min(0.45, ARROW_HEAD * short / max(1.0, np.hypot(*(tail - tip)))))
    cv2.arrowedLine(marked_rgb, *ends, (20, 20, 20), line + max(2, line // 2), cv2.LINE_AA, tipLength=head)
    cv2.arrowedLine(marked_rgb, *ends, tuple(int(c) for c in edit.color or RED), line, cv2.LINE_AA, tipLength=head)
    photo.changed(marked_rgb)
    return None if exact else (f"I cannot recognise {edit.target} as such, so the arrow points to {how} of the "
                               f"photo, taking it to be {edit.target}.")


MARKS = {"border": add_border, "circle": add_circle, "arrow": add_arrow}  # by the last word of the mark's name
