"""Where a face pictogram standing as a whole figure (`imaging/people.py`) wears what goes on its head.

The face is the drawn figure's head, a far larger share of its box than a walker pictogram's head (🚶): glasses, a
cap or a scarf set at a walker's points sat on top of the hair at a third of the face's size. Measured on drawn
figures: a grown-up's face is about 0.6 of the box wide, eyes 0.15 of the way down, chin at 0.3; a child's head is
a larger share of its height. A seated figure's box is the upper body only (`SITTING_SHARE` of the standing height,
as wide), so the same head reaches further down it. Hands, back and saddle are a walker's (`FIGURE`).
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.imaging.people import CHILD_HEADS, SITTING_SHARE
from openbanana.planner.rules.scene.anchors import FIGURE, Body, Point

ADULT_FACE = replace(FIGURE, head=(0.5, 0.01), eyes=(0.5, 0.15), neck=(0.5, 0.3), head_span=0.6)
CHILD_FACE = replace(FIGURE, head=(0.5, 0.01), eyes=(0.5, 0.21), neck=(0.5, 0.38), head_span=0.66)


def face_body(glyph: str | None, *, seated: bool) -> Body:
    """The attachment points of a face pictogram drawn as a whole figure, standing or seated."""
    body = CHILD_FACE if glyph and glyph[0] in CHILD_HEADS else ADULT_FACE
    if not seated:
        return body
    return replace(body, head=_up(body.head), eyes=_up(body.eyes), neck=_up(body.neck))


def face_point(glyph: str | None, name: Point, *, flip: bool, seated: bool) -> tuple[float, float]:
    """The point in the figure's box, mirrored when it is drawn flipped."""
    x, y = face_body(glyph, seated=seated).point(name)
    return (1 - x if flip else x, y)


def _up(point: tuple[float, float]) -> tuple[float, float]:
    return point[0], point[1] / SITTING_SHARE
