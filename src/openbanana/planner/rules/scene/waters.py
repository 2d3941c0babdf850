"""Water named as a thing of the scene ("a canoe docked beside a pier on the river", "in the misty bay, boats tied
along the pier") that nothing is in, on or beside: it is scenery, not a member of the row. Standing in the row it
took a slot between the things related to each other, and the pair was squeezed together. The defaults pair it
with no neighbour, and it is staged after the row, at the back of the ground the row left free: it still leaves
its own ink, moves nothing that is related, and its foot on the far bank does not pull the shore in front of what
floats (the engine stops the water short of the nearest feet on land)."""

from __future__ import annotations

from openbanana.geometry import overlaps
from openbanana.planner.rules.scene.depth import Frame
from openbanana.planner.rules.scene.pieces import Group
from openbanana.planner.rules.scene.stage import Placement, Rect

SHRINKS, SHRINK = 4, 0.75  # tries at a smaller size where the row leaves no room at the full one
COLUMNS, ROWS = 13, 6  # the spots tried across and down the ground
WAVE = "🌊"  # the mark of water named as a thing (the index has a globe for "ocean", a sailboat for "sea")


def is_wave(glyph: str | None) -> bool:
    """Whether the pictogram is the wave that marks a body of water."""
    return (glyph or "").replace("\ufe0f", "") == WAVE


def lone_waters(ground: list[Group], related: set[str], hero_root: str) -> list[Group]:
    """The groups of the ground row that are a body of water alone: its wave, nothing in or on it, in no side
    relation, and not the hero (a misty lake at dawn stays the picture's own subject)."""
    return [g for g in ground if g.root != hero_root and g.root not in related and len(g.pieces) == 1
            and is_wave(g.pieces[0].glyph)]


def stage_waters(waters: list[Group], frame: Frame, scale: float, taken: list[Rect]) -> list[Placement]:
    """The lone waters at free spots of the ground once every related thing stands where it must: the furthest
    free spot, nearest the middle, smaller where the row leaves little room; at the back, behind what is there,
    where none is free."""
    placed: list[Placement] = []
    taken = list(taken)
    top = max(frame.top, frame.horizon)
    for group in waters:
        left, _, right, bottom = group.extent()
        k = scale
        for _ in range(SHRINKS):
            w, h = group.width * k, group.height * k
            spot = _free_spot(frame, top, w, h, taken)
            if spot is not None:
                break
            k *= SHRINK
        x, y = spot if spot is not None else ((frame.left + frame.right) / 2, top + h)
        placement = Placement(group, x - (left + right) / 2 * k, y - bottom * k, k, frame.depth_at(y))
        taken.append(placement.rect())
        placed.append(placement)
    return placed


def _free_spot(frame: Frame, top: float, w: float, h: float, taken: list[Rect]) -> tuple[float, float] | None:
    """The bottom centre of a free w × h spot on the ground, or None; the furthest rows first (a linear sweep of a fixed
    grid: the row has a handful of things)."""
    middle = (frame.left + frame.right) / 2
    xs = sorted((frame.left + w / 2 + (frame.width - w) * i / (COLUMNS - 1) for i in range(COLUMNS)),
                key=lambda x: abs(x - middle))
    for j in range(ROWS):
        y = top + h + (frame.bottom - top - h) * j / (ROWS - 1)
        for x in xs:
            rect = (x - w / 2, y - h, x + w / 2, y)
            if y - h >= top and not any(overlaps(rect, t) for t in taken):
                return x, y
    return None
