"""Side relations for groups placed free (on a plain backdrop, or flying over the ground row): "a hummingbird beside
a hibiscus" put the two at free spots of the area, a row apart, so "beside" did not hold. A group placed free that
a side relation ties to another is moved level with it, on the side the relation asks, a small gap between."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from openbanana.planner.rules.scene.depth import Frame
from openbanana.planner.rules.scene.relations import Links
from openbanana.planner.rules.scene.stage import Placement, Rect, rect_area, shared_area

GAP = 0.02  # canvas heights between the two groups' boxes
COVER = 0.25  # the most of an unrelated group's box a moved group may cover
PASSES = 2


def pull_beside(placements: list[Placement], links: Links, frame: Frame, movable: Collection[str],
                hero_root: str, *, towards: Collection[str] | None = None, level: bool = True) -> list[Placement]:
    """Each side relation that the boxes do not show, between a `movable` group and another (one of `towards`,
    when given), shown by moving the movable one (not the hero when the other may move instead), when the related
    thing is the group's root (stars that a telescope was read into do not come down for it); the rest stay where
    they were. `level`: the mover's centre goes level with the other's; else it keeps its foot (a boat on the
    water beside the pier it is tied to)."""
    by_root = {p.group.root: p for p in placements}
    moved: dict[str, Placement] = {}
    for _ in range(PASSES):  # once more only after a group made room: it may have undone an earlier side
        made_room = False
        for relation in links.sides:
            a, b = links.root(relation.subject), links.root(relation.object)
            if a == b or a not in by_root or b not in by_root:
                continue
            if towards is not None and not (a in towards or b in towards):
                continue
            rect_a, rect_b = _own_rect(by_root[a], relation.subject), _own_rect(by_root[b], relation.object)
            if _shown(relation.predicate, rect_a, rect_b):
                continue
            own = {relation.subject, relation.object}  # a group moves for its own root's relation, not a child's
            mover = a if a in own & set(movable) and (a != hero_root or b not in own & set(movable)) \
                else b if b in own & set(movable) else ""
            if not mover:
                continue
            other = b if mover == a else a
            # "A left of B": A goes to B's left, or B to A's right; "next to", "near": the side with more room
            side = {"left_of": -1, "right_of": 1}.get(relation.predicate, 0) * (1 if mover == a else -1)
            if towards is not None and other not in towards:
                continue
            target = rect_b if other == b else rect_a
            candidate = _moved(by_root[mover], target, side, frame, level=level)
            unrelated = [p.rect() for root, p in by_root.items() if root not in (mover, other)]
            shifted = _room_for(candidate, by_root[other], target, side, frame) if other in movable else None
            if shifted is not None and not _covers(shifted.rect(), unrelated):  # the frame's edge left no room
                roomy = _moved(by_root[mover], _own_rect(shifted, relation.object if other == b
                                                         else relation.subject), side, frame, level=level)
                if not _covers(roomy.rect(), unrelated):  # the other makes room on that side
                    by_root[other] = moved[other] = shifted
                    candidate, made_room = roomy, True
            if _covers(candidate.rect(), unrelated):
                continue  # never moved over something it is not related to (balloons onto the gifts)
            by_root[mover] = moved[mover] = candidate
        if not made_room:
            break
    return [moved[p.group.root] if moved.get(p.group.root) is not None and p.group.root in movable else p
            for p in placements]


def _room_for(mover: Placement, other: Placement, target: Rect, side: int, frame: Frame) -> Placement | None:
    """The other group shifted from the frame's edge just enough that the mover, kept inside the frame, stands
    clear beside its `target` on `side`: "a tiny robot to the right of a huge space station" near the left edge
    left the station no room on the robot's left, so it was pushed over the robot and the side was lost. None when
    there is room already, no side is asked, or the other would leave the frame."""
    left, _, right, _ = mover.rect()
    need = right - left + GAP
    shift = need - (target[0] - frame.left) if side < 0 else (frame.right - target[2]) - need if side > 0 else 0.0
    if side == 0 or shift * side >= 0:
        return None
    o_left, _, o_right, _ = other.rect()
    if o_left + shift < frame.left or o_right + shift > frame.right:
        return None
    return replace(other, x=other.x + shift)


def _own_rect(placement: Placement, thing: str) -> Rect:
    """The group's box, or, for a thing attached in it, the thing's own: a turtle beside a diver who swims above
    the coral reef goes beside the diver, not beside the whole reef (too wide to stand beside, so it stayed far off)."""
    pieces = placement.group.of(thing) if thing != placement.group.root else []
    if not pieces:
        return placement.rect()
    x, bottom, scale = placement.x, placement.bottom, placement.scale
    return (x + min(p.left for p in pieces) * scale, bottom + min(p.top for p in pieces) * scale,
            x + max(p.right for p in pieces) * scale, bottom + max(p.bottom for p in pieces) * scale)


def _covers(rect: Rect, others: list[Rect]) -> bool:
    """Whether the rect would hide more than a quarter of another group's box, or they of it."""
    return any(shared_area(rect, o) > COVER * min(rect_area(rect), rect_area(o)) for o in others)


def _shown(predicate: str, a: Rect, b: Rect) -> bool:
    """Whether the boxes already show the side relation, as `scene_geometry.relation_holds` judges it."""
    gap = max(b[0] - a[2], a[0] - b[2])
    if predicate == "left_of":
        return a[2] <= b[0] + GAP
    if predicate == "right_of":
        return a[0] >= b[2] - GAP
    if predicate == "near" and min(a[2], b[2]) > max(a[0], b[0]):  # just over or under it is near too
        rise = max(b[1] - a[3], a[1] - b[3])
        if -0.5 * min(a[3] - a[1], b[3] - b[1]) <= rise <= 0.5 * max(a[3] - a[1], b[3] - b[1]):
            return True
    if predicate == "next_to" and min(a[3], b[3]) <= max(a[1], b[1]):
        return False  # side by side: a turtle high over a diver's head is not next to him
    reach = 0.7 if predicate == "next_to" else 1.6
    return -0.5 * min(a[2] - a[0], b[2] - b[0]) <= gap <= reach * max(a[2] - a[0], b[2] - b[0])


def _moved(placement: Placement, target: Rect, side: int, frame: Frame, *, level: bool = True) -> Placement:
    """The placement moved level with `target` (centres at one height; else at its own height), beside it on
    `side` (-1 left, 1 right, 0 whichever has more room), kept inside the frame."""
    left, top, right, bottom = placement.rect()
    width, height = right - left, bottom - top
    if side == 0:
        side = -1 if target[0] - frame.left > frame.right - target[2] else 1
    new_left = target[0] - GAP - width if side < 0 else target[2] + GAP
    new_left = min(max(new_left, frame.left), frame.right - width)
    new_top = (target[1] + target[3]) / 2 - height / 2 if level else top
    new_top = min(max(new_top, frame.top), frame.bottom - height)
    return replace(placement, x=placement.x + new_left - left, bottom=placement.bottom + new_top - top)
