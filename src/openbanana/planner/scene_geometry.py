"""Whether a relation of the scene graph holds in the placed boxes: "the lamp is on the table" is true of the plan
when the lamp's bottom sits on the table's top, within its width, drawn in front of it.

Every planner backend's plan can be checked the same way, so the answer only claims the relations that were drawn
and admits the others.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from openbanana.geometry import enclosing
from openbanana.plan import Box, Subject
from openbanana.scene import Predicate

TOLERANCE = 0.006  # canvas fractions: rounding, and a thing resting on another by a hair
BESIDE_GAP = 0.5  # next to: side by side, apart by at most half the wider one (and overlapping by at most half the
# narrower one)
NEAR_GAP = 0.75  # near: apart by at most 0.75 of the largest side of either


def subjects_of(subjects: Sequence[Subject], entity_id: str) -> list[Subject]:
    """The drawn subjects that show an entity (its own, or a pictogram that shows it too)."""
    return [s for s in subjects if entity_id and (s.entity == entity_id or entity_id in s.also_shows)]


def relation_holds(predicate: Predicate, a: Sequence[Subject], b: Sequence[Subject], *, ratio: float = 1.0) -> bool:
    """Every drawn copy of A stands in the relation to some copy of B (a pictogram showing both: it holds); "next
    to" and "near" are said of the things as wholes (three fawns next to a doe: the row of them is beside her, not
    each fawn), on a canvas `ratio` wide per unit high."""
    if not a or not b:
        return False
    if any(x is y for x in a for y in b):
        return True
    if predicate in ("next_to", "near"):
        return _together(predicate, enclosing([x.box for x in a]), enclosing([y.box for y in b]), ratio)
    if predicate == "on":  # a stack or a pile: the lowest copies rest on B, the others on them, all over B
        lowest = max(x.box[3] for x in a)
        return all(any(_holds("on", x, y) or (_holds("on", _lowered(x, lowest), y)) for y in b) for x in a)
    return all(any(_holds(predicate, x, y) for y in b) for x in a)


def _lowered(subject: Subject, bottom: float) -> Subject:
    left, top, right, _ = subject.box
    return replace(subject, box=(left, top, right, bottom))


def _holds(predicate: Predicate, a: Subject, b: Subject) -> bool:
    ab, bb = a.box, b.box
    acx, bcx = (ab[0] + ab[2]) / 2, (bb[0] + bb[2]) / 2
    within_x = bb[0] - TOLERANCE <= acx <= bb[2] + TOLERANCE
    if predicate == "left_of":
        return acx < bcx and ab[2] <= bb[0] + TOLERANCE
    if predicate == "right_of":
        return acx > bcx and ab[0] >= bb[2] - TOLERANCE
    if predicate == "on":
        return within_x and bb[1] - TOLERANCE <= ab[3] <= bb[3] + TOLERANCE and a.z > b.z
    if predicate == "under":  # beneath it (a cat under a table), or anywhere below it (an owl under the stars)
        return (within_x and ab[1] > bb[1] and _height(ab) < _height(bb)) or ab[1] >= bb[3] - TOLERANCE
    if predicate == "in":
        return within_x and bb[1] - TOLERANCE <= ab[3] <= bb[3] + TOLERANCE and _height(ab) <= _height(bb) + TOLERANCE
    if predicate == "behind":
        return ab[3] < bb[3] and _x_overlap(ab, bb) > 0 and a.z < b.z
    if predicate == "in_front_of":
        return ab[3] > bb[3] and _x_overlap(ab, bb) > 0 and a.z > b.z
    if predicate == "above":
        return ab[3] <= bb[1] + TOLERANCE
    if predicate == "below":
        return ab[1] >= bb[3] - TOLERANCE
    if predicate == "holding":  # A holds B: B is at A's side, from its top to its foot
        grown = _grow(ab, 0.4, 0.5)
        return _inside(((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2), grown) and _height(bb) < _height(ab)
    if predicate == "wearing":  # A wears B: B sits on A's box
        grown = _grow(ab, 0.15, 0.35)
        return _inside(((bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2), grown) and _height(bb) < _height(ab)
    if predicate == "riding":
        return within_x and bb[1] - TOLERANCE <= ab[3] <= bb[3] and a.z > b.z
    return False


def _together(predicate: Predicate, a: Box, b: Box, ratio: float) -> bool:
    """Next to: their heights meet and they stand side by side, close; near: the gap between them is small beside
    the larger thing. Widths are scaled by `ratio` so the gap is measured as the eye sees it."""
    x_overlap, y_overlap = _x_overlap(a, b), min(a[3], b[3]) - max(a[1], b[1])
    widths = ((a[2] - a[0]) * ratio, (b[2] - b[0]) * ratio)
    if predicate == "next_to":
        return (y_overlap > 0 and x_overlap * ratio <= BESIDE_GAP * min(widths) + TOLERANCE
                and -x_overlap * ratio <= BESIDE_GAP * max(widths) + TOLERANCE)
    gap = math.hypot(max(0.0, -x_overlap) * ratio, max(0.0, -y_overlap))
    return gap <= NEAR_GAP * max(*widths, _height(a), _height(b)) + TOLERANCE


def _height(box: Box) -> float:
    return box[3] - box[1]


def _x_overlap(a: Box, b: Box) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _grow(box: Box, dx: float, dy: float) -> Box:
    w, h = box[2] - box[0], box[3] - box[1]
    return (box[0] - w * dx, box[1] - h * dy, box[2] + w * dx, box[3] + h * dy)


def _inside(point: tuple[float, float], box: Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]
