"""A window named in a room with things at it ("a cat on the windowsill", "a café table by the window") is the room's
own window in the back wall, hung by what is at it, not a second window standing on the floor; what sits on its sill
sits there, in front of the view. A named window is a subject with the form "window" whose box is its pane, which the
engine paints as the room's window (the sky by the hour and the weather outside, `wall_windows.py`); a named
windowsill is the form "windowsill", the ledge under the room's own window, which the plan's background places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.geometry import enclosing, intersection_area
from openbanana.plan import Background, Box, Subject
from openbanana.planner.rules.scene.attached import carried
from openbanana.planner.rules.scene.finish import wall_window_top
from openbanana.scene import Entity, Relation, SceneGraph

PANE_SHAPE = 1.05  # a pane's height for its width, in pixels
SILL_DEPTH = 0.028  # the ledge's height, a fraction of the canvas height; it reaches this far past the pane, too
WINDOW_NOUNS = frozenset({"window", "windows", "windowsill", "windowsills", "window sill", "sill", "windowpane"})
SILL_NOUNS = frozenset({"windowsill", "windowsills", "window sill", "sill"})
AT_THE_SILL = frozenset({"on", "in", "at"})  # a cat on the windowsill, a vase in the window
BESIDE = frozenset({"next_to", "near"})  # by the window: beside it on the wall, not under it
LEVEL = 0.03  # a window beside a thing comes down this far past its top, and stays this far above the floor
SIDE_MARGIN = 0.05  # a window asked to one side of a thing has its centre this far past the thing's
LOWEST_PANE = 0.1  # a back wall with room for no taller window has none (a room seen from above)
SEAT_HEIGHT, SEAT_WIDTH = 0.62, 0.8  # what sits on the sill fits in this much of the pane
WIDEST_SILL = 0.7  # a row of things on the sill widens the window up to this much of the canvas
OUTSIDE = frozenset("🐦🕊🦅🦇")  # birds watched from the window fly outside it, in its view
OUTSIDE_HEIGHT = 0.16  # of the pane


def is_window(entity: Entity) -> bool:
    """By its name: a screen or a curtain the window pictogram stands in for is no window of the room."""
    return entity.noun.lower() in WINDOW_NOUNS


def windows_at(scene: SceneGraph, background: Background) -> dict[str, Entity]:
    """The windows of a room (its floor, or a table top before its wall) that things stand in a relation to (one
    window each: "two windows" stay pictograms). Seen from above, the wall is too low for a window: they stay
    pictograms too."""
    if background.scene not in ("floor", "table") or background.backdrop != "room" \
            or pane_height(background.horizon) < LOWEST_PANE:
        return {}
    related = {r.subject for r in scene.relations} | {r.object for r in scene.relations}
    return {e.id: e for e in scene.entities if is_window(e) and e.count == 1 and e.id in related}


def hang_windows(windows: dict[str, Entity], relations: Sequence[Relation], subjects: Sequence[Subject],
                 background: Background, ratio: float) -> tuple[tuple[Subject, ...], Background, tuple[str, ...]]:
    """Each window hung on the back wall by the things related to it and clear of the tall ones, what sits at it
    moved onto its sill: a named window is then the room's only window (the background's goes), a named sill's
    pane is the background's window. Also the windows hung: on a wall too low for one, a window is not drawn."""
    placed, hung = list(subjects), []
    for window_id, window in windows.items():
        related = [r for r in relations if window_id in (r.subject, r.object)]
        seated = [_container(r.subject, window_id, relations) for r in related
                  if r.object == window_id and r.predicate in AT_THE_SILL]
        group = {entity for seat in seated for entity in carried(seat, relations)}
        near = {r.object if r.subject == window_id else r.subject for r in related}
        beside = {r.object if r.subject == window_id else r.subject for r in related if r.predicate in BESIDE}
        watched = {r.object for r in relations if r.subject in group | {window_id}} | {
            r.subject for r in relations if r.object in group}
        outside = [s for s in placed if s.entity in watched and (s.glyph or "").replace("\ufe0f", "") in OUTSIDE]
        standing = [s.box for s in placed if s.entity not in group | near and s not in outside]
        sill = window.noun.lower() in SILL_NOUNS
        scale = 1.0 if sill else window.scale
        side = _side(window_id, related, placed)
        pane = _pane(background.horizon, ratio, scale, [s.box for s in placed if s.entity in near],
                     [s.box for s in placed if s.entity in beside - group], standing,
                     _enclosing([s.box for s in placed if s.entity in group]), side)
        if pane is None:
            continue
        placed = _on_sill(placed, group, pane)
        placed = [s for s in placed if s not in outside] + _flying_past(outside, pane)
        box = ledge_under(pane, ratio) if sill else pane
        placed.insert(0, Subject(label=window.noun, glyph=None, box=box, z=-1, role="support", entity=window_id,
                                 depth=1.0, shadow=False, form="windowsill" if sill else "window"))
        background = replace(background, window=pane if sill else None)
        hung.append(window_id)
    return tuple(placed), background, tuple(hung)


def _pane(horizon: float, ratio: float, scale: float, near: list[Box], beside: list[Box],
          standing: list[Box], seated: Box | None, side: tuple[float, float] = (0.0, 1.0)) -> Box | None:
    """On the back wall, as the room's own window is (`finish._window`): centred over what is at it, or beside
    what is by it or next to it, low enough to be level with its top; where the first of those places is clear of
    what stands in the room (a tall bookcase), or else the clearest; its centre within `side` (left or right of a
    thing, as asked). A row of things on the sill widens it."""
    height = pane_height(horizon, scale)
    if height < LOWEST_PANE:
        return None
    width = min(height / (PANE_SHAPE * ratio), 0.9)
    if seated is not None:
        fit = min(1.0, height * SEAT_HEIGHT / (seated[3] - seated[1]))
        width = max(width, min(WIDEST_SILL, (seated[2] - seated[0]) * fit / SEAT_WIDTH))
    top = wall_window_top(horizon, height)
    centres = [sum((b[0] + b[2]) / 2 for b in near) / len(near) if near else 0.5]
    if beside:
        left, right = min(b[0] for b in beside), max(b[2] for b in beside)
        gap = min(0.02, width * 0.1)
        sides = [right + gap + width / 2, left - gap - width / 2]
        centres = sides if 1 - right > left else sides[::-1]
        level = min(b[1] for b in beside) + LEVEL
        top = max(0.05, min(max(top, level - height), horizon - LEVEL - height))
    centres += [x / 10 for x in range(1, 10)]
    boxes = [(centre - width / 2, top, centre + width / 2, top + height)
             for centre in (min(max(c, 0.03 + width / 2), 0.97 - width / 2) for c in centres)]
    box = min(boxes, key=lambda b: (not side[0] <= (b[0] + b[2]) / 2 <= side[1],
                                    sum(intersection_area(b, other) for other in standing) > 0.002 * width,
                                    sum(intersection_area(b, other) for other in standing)))
    return (round(box[0], 4), round(box[1], 4), round(box[2], 4), round(box[3], 4))


def _side(window_id: str, related: list[Relation], placed: list[Subject]) -> tuple[float, float]:
    """Where the window's centre may be, from what is asked left or right of it (or it of them)."""
    low, high = 0.0, 1.0
    for relation in related:
        other = relation.object if relation.subject == window_id else relation.subject
        centres = [(s.box[0] + s.box[2]) / 2 for s in placed if s.entity == other]
        if not centres or relation.predicate not in ("left_of", "right_of"):
            continue
        window_right = (relation.predicate == "right_of") == (relation.subject == window_id)
        if window_right:
            low = max(low, max(centres) + SIDE_MARGIN)
        else:
            high = min(high, min(centres) - SIDE_MARGIN)
    return low, high


def pane_height(horizon: float, scale: float = 1.0) -> float:
    """A window's height on a back wall that meets the floor at `horizon`, bigger when asked ("a big window")."""
    return min(0.34 * max(scale, 1.0), (horizon - 0.06) * 0.62)


def ledge_under(pane: Box, ratio: float) -> Box:
    """The windowsill's box under a pane, on a canvas `ratio` wide per unit high."""
    inset = SILL_DEPTH / ratio
    return (round(pane[0] - inset, 4), pane[3], round(pane[2] + inset, 4), round(pane[3] + SILL_DEPTH, 4))


def _enclosing(boxes: list[Box]) -> Box | None:
    return enclosing(boxes) if boxes else None


def _container(seat: str, window_id: str, relations: Sequence[Relation]) -> str:
    """What the thing on the sill stands in, if anything: a cactus in a pot sits on the sill in its pot."""
    held = next((r.object for r in relations if r.subject == seat and r.predicate == "in" and r.object != window_id),
                None)
    return seat if held is None else held


def _on_sill(subjects: list[Subject], group: set[str], pane: Box) -> list[Subject]:
    """The group sitting on the ledge at the foot of the pane, in the middle, small enough to leave the view around
    it: their boxes together are moved and scaled as one, so that they keep their places on one another."""
    bounds = _enclosing([s.box for s in subjects if s.entity in group])
    if bounds is None:
        return subjects
    left, top, right, bottom = bounds
    shrink = min(1.0, (pane[3] - pane[1]) * SEAT_HEIGHT / (bottom - top),
                 (pane[2] - pane[0]) * SEAT_WIDTH / (right - left))
    anchor, centre = ((left + right) / 2, bottom), (pane[0] + pane[2]) / 2

    def moved(box: Box) -> Box:
        return (round(centre + (box[0] - anchor[0]) * shrink, 4), round(pane[3] + (box[1] - anchor[1]) * shrink, 4),
                round(centre + (box[2] - anchor[0]) * shrink, 4), round(pane[3] + (box[3] - anchor[1]) * shrink, 4))

    return [replace(s, box=moved(s.box), depth=1.0, shadow=False) if s.entity in group else s for s in subjects]


def _flying_past(birds: list[Subject], pane: Box) -> list[Subject]:
    """Birds the sitter watches, small in the upper part of the view, spread across it."""
    if not birds:
        return []
    height = (pane[3] - pane[1]) * OUTSIDE_HEIGHT
    step = (pane[2] - pane[0]) / (len(birds) + 1)
    moved = []
    for index, bird in enumerate(birds):
        left, top, right, bottom = bird.box
        width = (right - left) * height / (bottom - top)
        x = pane[0] + step * (index + 1)
        y = pane[1] + (pane[3] - pane[1]) * (0.12 + 0.1 * (index % 2))
        moved.append(replace(bird, box=(round(x - width / 2, 4), round(y, 4), round(x + width / 2, 4),
                                        round(y + height, 4)), depth=1.0, shadow=False))
    return moved
