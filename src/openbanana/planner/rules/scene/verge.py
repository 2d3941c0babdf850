"""People on a road stand on the verges beside it, not on the road the engine paints down the picture's middle.

A group is judged by its walkers' feet, not its box: a row of three walkers whose middle has cleared the road can
still have its inner walker on it. A row too wide for one verge parts, the inner walkers crossing to the other one
(people walking along a street keep to both pavements).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from openbanana.plan import ROAD_HALF
from openbanana.planner.rules.scene.depth import Frame
from openbanana.planner.rules.scene.relations import Links
from openbanana.planner.rules.scene.stage import Placement

OUT = 0.2  # a walker's centre stands this many of its widths beyond the road's edge: its feet on the verge
ON_THE_ROAD = ("crossing", "driving", "riding")  # what people do on a road, not beside it


@dataclass(frozen=True)
class Walker:
    """One copy of a person group's root, on the stage: where it stands and how wide the road is at its feet."""

    index: int  # the piece's place in its group
    centre: float
    width: float
    half: float  # the road's half width at its feet, in stage units


def off_the_road(rows: list[Placement], frame: Frame, links: Links) -> list[Placement]:
    """Each group of people on the road moves to the nearer verge (as far out as the picture allows), unless the
    prompt has them crossing it; what stands next to or near one of them (a dog being walked) moves with them."""
    shifts = {p.group.root: _verge_shift(p, frame) for p in rows}
    for relation in links.sides:
        if relation.predicate not in ("next_to", "near"):
            continue
        a, b = links.root(relation.subject), links.root(relation.object)
        for mover, person in ((a, b), (b, a)):
            if shifts.get(person) and not shifts.get(mover) and mover in shifts:
                shifts[mover] = shifts[person]
    moved = []
    for placement in rows:
        shift = shifts.get(placement.group.root, 0.0)
        left, _, right, _ = placement.rect()
        shift = min(max(shift, frame.left - left), frame.right - right)  # never off the picture
        moved.append(replace(placement, x=placement.x + shift) if shift else placement)
    return moved


def part_on_the_verges(placements: list[Placement], frame: Frame) -> list[Placement]:
    """A row of walkers still on the road once the group has moved out (it is wider than a verge) parts: it splits
    where the fewest are left on the road, each side moving out as far as its inner walker needs."""
    return [_parted(p, frame) for p in placements]


def _walkers(placement: Placement, frame: Frame) -> list[Walker]:
    """The group's walkers, left to right (none: not people on the ground, or people crossing the road)."""
    group = placement.group
    root = group.of(group.root)
    if group.zone != "ground" or not root or not root[0].kind.person or root[0].entity.action in ON_THE_ROAD:
        return []
    own = {id(piece) for piece in root}
    found = []
    for index, piece in enumerate(group.pieces):
        if id(piece) in own:
            foot = placement.bottom + piece.bottom * placement.scale
            s = max(0.0, (foot - frame.horizon) / max(1e-6, 1 - frame.horizon))
            found.append(Walker(index, placement.x + piece.x * placement.scale, piece.width * placement.scale,
                                ROAD_HALF * frame.ratio * s))
    return sorted(found, key=lambda w: w.centre)


def _verge_shift(placement: Placement, frame: Frame) -> float:
    """How far across the group must move for its inner walker to stand on the verge (0: already there)."""
    row = _walkers(placement, frame)
    middle = frame.ratio / 2
    if not any(_on_road(w, middle) for w in row):
        return 0.0
    left, _, right, _ = placement.rect()
    leftward = (left + right) / 2 < middle
    return _across(row[-1] if leftward else row[0], middle, leftward)


def _parted(placement: Placement, frame: Frame) -> Placement:
    row = _walkers(placement, frame)
    middle = frame.ratio / 2
    if len(row) < 2 or not any(_on_road(w, middle) for w in row):
        return placement
    start = sum(w.centre < middle for w in row)
    best = min(range(len(row) + 1), key=lambda k: (_left_on_road(row, k, middle, frame), abs(k - start)))
    shifts = {w.index: _side_shift(row[:best], True, middle, frame) for w in row[:best]}
    shifts |= {w.index: _side_shift(row[best:], False, middle, frame) for w in row[best:]}
    if not any(shifts.values()):
        return placement
    group, scale = placement.group, placement.scale
    anchors = [(group.pieces[i].x, shift) for i, shift in shifts.items()]
    pieces = []
    for piece in group.pieces:  # what a walker wears or holds moves with the walker nearest it
        shift = min(anchors, key=lambda a: abs(a[0] - piece.x))[1]
        pieces.append(replace(piece, x=piece.x + shift / scale) if shift else piece)
    return replace(placement, group=replace(group, pieces=pieces))


def _left_on_road(row: list[Walker], k: int, middle: float, frame: Frame) -> int:
    """How many walkers stay on the road when the first k keep to the left verge and the rest to the right one."""
    count = 0
    for side, leftward in ((row[:k], True), (row[k:], False)):
        shift = _side_shift(side, leftward, middle, frame)
        count += sum(_on_road(replace(w, centre=w.centre + shift), middle) for w in side)
    return count


def _side_shift(side: list[Walker], leftward: bool, middle: float, frame: Frame) -> float:
    """How far the walkers keeping to one verge move out together, for the inner one to stand on it (as far as
    the picture allows; 0: it already does)."""
    if not side:
        return 0.0
    inner = side[-1] if leftward else side[0]
    shift = min(0.0, _across(inner, middle, True)) if leftward else max(0.0, _across(inner, middle, False))
    outer_left, outer_right = side[0].centre - side[0].width / 2, side[-1].centre + side[-1].width / 2
    return min(max(shift, frame.left - outer_left), frame.right - outer_right)


def _across(walker: Walker, middle: float, leftward: bool) -> float:
    """The move that puts a walker on the left (or right) verge, whichever side it stands on now."""
    if leftward:
        return middle - walker.half - OUT * walker.width - walker.centre
    return middle + walker.half + OUT * walker.width - walker.centre


def _on_road(walker: Walker, middle: float) -> bool:
    return abs(walker.centre - middle) < walker.half
