"""Puts the groups on the stage: rows on the ground (or the water) in perspective, the hero's group on a third,
further groups higher and smaller; flying and floating groups in the free sky or water, clear of each other.

One scale (world units → canvas heights) holds for the whole picture, so sizes stay comparable; it is the largest
that gives the hero its size for the camera, fits every group under the top of the area, and fits each row across.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from openbanana.geometry import overlaps
from openbanana.planner.rules.scene.depth import Frame
from openbanana.planner.rules.scene.pieces import Group

HeroSize = {"default": 0.5, "close_up": 0.74, "wide": 0.26, "low_angle": 0.58, "top_down": 0.42, "isometric": 0.4}
FILL = 0.9
CLOSE_SHARE = 1.18  # one or two things on open ground are drawn this much larger than the camera's usual size
GAP = 0.035  # between neighbours in a row, in canvas heights
MARGIN = 0.02
MIN_SCALE = 0.005
BACK_SHRINK = 0.4  # how much of the back rank's step back shows in its size (its height on the canvas shows the rest)
Rect = tuple[float, float, float, float]  # left, top, right, bottom: x in canvas heights, y as a fraction


def rect_area(rect: Rect) -> float:
    """The area of a rect; none for one that is empty (an overlap of rects that do not meet)."""
    return max(0.0, rect[2] - rect[0]) * max(0.0, rect[3] - rect[1])


def shared_area(a: Rect, b: Rect) -> float:
    """The area two rects have in common."""
    return rect_area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


@dataclass(frozen=True)
class Placement:
    group: Group
    x: float  # where the root's bottom centre stands
    bottom: float
    scale: float  # world units → canvas heights, including the depth's shrink
    depth: float

    def rect(self) -> Rect:
        left, top, right, bottom = self.group.extent()
        return (self.x + left * self.scale, self.bottom + top * self.scale, self.x + right * self.scale,
                self.bottom + bottom * self.scale)


def hero_scale(frame: Frame, hero: Group, depth: float, *, fill: bool = False) -> float:
    """The scale that gives the hero's own pieces their readable height for the camera (nearly all of the area's
    height when the things are to `fill` it: a document's icon or diagram object)."""
    pieces = hero.of(hero.root) or hero.pieces
    tallest = max(p.height for p in pieces) if pieces else 1.0
    share = FILL if fill else HeroSize.get(frame.camera, 0.5) * (CLOSE_SHARE if frame.close else 1.0)
    return frame.height * share / max(tallest * frame.scale(depth), 1e-6)


def row_depths(groups: list[Group], hero_root: str, span: tuple[float, float], rng: random.Random,
               aspect: float = 1.0) -> tuple[list[float], list[bool], list[float]]:
    """Each group's depth in the row (the hero near the front, big scenery at the back, others between), whether
    it stands in the back rank (with many groups for the frame's `aspect`, every other one does, never the hero),
    and the depth that sizes it: the back rank stands higher, as a second row in a group photograph does, but
    shrinks only part of the way its step back would (`BACK_SHRINK`), so a crowded row shrinks everything together
    and a woman in the back rank is not drawn shorter than the children in front of her."""
    lo, hi = span
    depths = []
    for group in groups:
        root = group.of(group.root)[0] if group.of(group.root) else None
        if group.root == hero_root:
            wanted = rng.uniform(0.04, 0.14)
        elif group.root.startswith("_decor") or (root is not None and root.kind.scenery):
            wanted = rng.uniform(0.45, 0.72)
        else:
            wanted = rng.uniform(0.06, 0.22)
        depths.append(lo + (hi - lo) * wanted)
    crowded = len(groups) > max(3, round(2.6 * aspect))  # a narrow frame runs out of width sooner
    back = [crowded and index % 2 == 1 and group.root != hero_root for index, group in enumerate(groups)]
    bump = (hi - lo) * (0.3 if aspect >= 1 else 0.42)
    sized = [min(hi, d + bump * BACK_SHRINK) if b else d for d, b in zip(depths, back, strict=True)]
    depths = [min(hi, d + bump) if b else d for d, b in zip(depths, back, strict=True)]
    return depths, back, sized


def place_row(groups: list[Group], depths: list[float], back: list[bool], frame: Frame, scale_cap: float,
              hero_root: str, rng: random.Random, *, third: float, close: frozenset[frozenset[str]] = frozenset(),
              sized: list[float] | None = None) -> list[Placement]:
    """The groups left to right at their depths, packed with gaps (neighbours in different ranks may overlap a
    little, the far one behind; `close` pairs, next to each other, keep the plain gap and never overlap), the
    hero's group nearest the `third` line; each drawn at the size of its `sized` depth (by default, where it
    stands)."""
    if not groups:
        return []
    shrink = [frame.scale(d) for d in (sized or depths)]
    extents = [g.extent() for g in groups]
    tucked = 0.62 if frame.width >= frame.height else 0.45  # how far a back-rank neighbour tucks in behind
    overlap = [tucked if back[i] != back[i + 1] and frozenset((groups[i].root, groups[i + 1].root)) not in close
               else 1.0 for i in range(len(groups) - 1)]  # things next to each other never tuck behind
    units = [(e[2] - e[0]) * s for e, s in zip(extents, shrink, strict=True)]
    unit_width = units[0] / 2 + units[-1] / 2 + sum((units[i] + units[i + 1]) / 2 * overlap[i]
                                                    for i in range(len(units) - 1))
    free = frame.width * 0.96 - GAP * (len(groups) - 1)
    scale = min(scale_cap, free / max(unit_width, 1e-6))
    for extent, s, depth in zip(extents, shrink, depths, strict=True):
        room = frame.baseline(depth) - frame.top - min(MARGIN, frame.height * 0.05)
        scale = min(scale, room / max(-extent[1] * s, 1e-6))
        if extent[3] > 0:
            scale = min(scale, (frame.bottom - frame.baseline(depth)) / (extent[3] * s))
    for group, s, depth in zip(groups, shrink, depths, strict=True):  # copies further back stay below the horizon
        if frame.grounded and not frame.top_down and group.rise() > 0:
            ground = frame.baseline(depth) - frame.horizon - 0.04 * (frame.front - frame.horizon)
            scale = min(scale, max(ground, 0.0) / (group.rise() * s))
    scale = max(scale, MIN_SCALE)  # a cramped area: everything tiny (and said so), never turned inside out
    widths = [(e[2] - e[0]) * scale * s for e, s in zip(extents, shrink, strict=True)]
    steps = [(widths[i] + widths[i + 1]) / 2 * overlap[i] + GAP for i in range(len(widths) - 1)]
    total = widths[0] / 2 + sum(steps) + widths[-1] / 2
    slack = max(0.0, frame.width - total)
    loose = [0.0 if frozenset((groups[i].root, groups[i + 1].root)) in close else rng.uniform(0.0, 1.0)
             for i in range(len(steps))]  # uneven spacing: part of the slack goes between (unrelated) neighbours
    share = slack * rng.uniform(0.15, 0.45) if steps else 0.0
    steps = [step + share * w / max(sum(loose), 1e-6) for step, w in zip(steps, loose, strict=True)]
    slack -= share
    centres = [widths[0] / 2]
    for step in steps:
        centres.append(centres[-1] + step)
    hero_index = next((i for i, g in enumerate(groups) if g.root == hero_root), len(groups) // 2)
    wanted = frame.left + frame.width * third - centres[hero_index]
    offset = min(max(wanted, frame.left), frame.left + slack)
    placements = []
    for group, extent, s, depth, centre in zip(groups, extents, shrink, depths, centres, strict=True):
        k = scale * s
        x = offset + centre - (extent[0] + extent[2]) / 2 * k
        placements.append(Placement(group, x, frame.baseline(depth), k, depth))
    return placements


def place_free(groups: list[Group], frame: Frame, scale: float, region: Rect, taken: list[Rect],
               rng: random.Random, *, corners: set[str], depth: float, hero_root: str = "") -> list[Placement]:
    """Each group at a free spot of the region (the sky, open water, space), largest first; discs to a corner."""
    placements = []
    taken = list(taken)
    left, top, right, bottom = region
    for group in sorted(groups, key=lambda g: -g.height):
        extent = group.extent()
        widest = 0.9 if len(group.pieces) > 2 else 0.45  # a flock may spread across the sky, one thing may not
        tallest = 0.85 if group.root == hero_root else 0.6
        k = min(scale, (bottom - top) * tallest / max(group.height, 1e-6),
                (right - left) * widest / max(group.width, 1e-6))
        spots = _spots(region, rng, corner=group.root in corners)
        for attempt in range(4):
            w, h = group.width * k, group.height * k
            free = [(x, y) for x, y in spots if left <= x - w / 2 and x + w / 2 <= right and top <= y - h / 2
                    and y + h / 2 <= bottom and not any(overlaps((x - w / 2, y - h / 2, x + w / 2, y + h / 2), t)
                                                        for t in taken)]
            if free or attempt == 3:
                break
            k *= 0.8
        x, y = free[0] if free else spots[0]
        root_x = x - (extent[0] + extent[2]) / 2 * k
        root_bottom = y + h / 2 - extent[3] * k
        placement = Placement(group, root_x, root_bottom, k, depth * (0.25 if group.root == hero_root else 1.0))
        taken.append(placement.rect())
        placements.append(placement)
    return placements


def _spots(region: Rect, rng: random.Random, *, corner: bool) -> list[tuple[float, float]]:
    left, top, right, bottom = region
    w, h = right - left, bottom - top
    if corner:
        xs, ys = [0.82, 0.18, 0.7, 0.3], [0.22, 0.3, 0.4]
        spots = [(left + w * x, top + h * y) for y in ys for x in xs]
        if rng.random() < 0.5:
            spots = [(left + right - x, y) for x, y in spots]
        return spots
    spots = [(left + w * (0.1 + 0.8 * i / 6), top + h * (0.18 + 0.64 * j / 3)) for i in range(7) for j in range(4)]
    rng.shuffle(spots)
    return spots


