"""Whether a relation of the scene graph holds in the placed boxes: "the lamp is on the table" is true of the plan
when the lamp's bottom sits on the table's top, within its width, drawn in front of it.

Every planner backend's plan can be checked the same way, so the answer only claims the relations that were drawn
and admits the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Box, Subject
from openbanana.scene import Predicate

TOLERANCE = 0.006  # canvas fractions: rounding, and a thing resting on another by a hair


def subjects_of(subjects: Sequence[Subject], entity_id: str) -> list[Subject]:
    """The drawn subjects that show an entity (its own, or a pictogram that shows it too)."""
    return [s for s in subjects if entity_id and (s.entity == entity_id or entity_id in s.also_shows)]


def relation_holds(predicate: Predicate, a: Sequence[Subject], b: Sequence[Subject]) -> bool:
    """Every drawn copy of A stands in the relation to some copy of B (a pictogram showing both: it holds)."""
    if not a or not b:
        return False
    if any(x is y for x in a for y in b):
        return True
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
    if predicate in ("next_to", "near"):
        gap = max(bb[0] - ab[2], ab[0] - bb[2])
        widest = max(ab[2] - ab[0], bb[2] - bb[0])
        reach = 0.7 if predicate == "next_to" else 1.6
        if predicate == "near" and _x_overlap(ab, bb) > 0:  # just over or under it is near too (balloons round
            rise = max(bb[1] - ab[3], ab[1] - bb[3])  # a cake); beside it is what "next to" asks
            if -0.5 * min(_height(ab), _height(bb)) <= rise <= 0.5 * max(_height(ab), _height(bb)):
                return True
        return -0.5 * min(ab[2] - ab[0], bb[2] - bb[0]) <= gap <= reach * widest
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


def _height(box: Box) -> float:
    return box[3] - box[1]


def _x_overlap(a: Box, b: Box) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _grow(box: Box, dx: float, dy: float) -> Box:
    w, h = box[2] - box[0], box[3] - box[1]
    return (box[0] - w * dx, box[1] - h * dy, box[2] + w * dx, box[3] + h * dy)


def _inside(point: tuple[float, float], box: Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]
