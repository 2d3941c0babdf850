"""The composer's own scenery never hides a thing the prompt named.

Scenery the composer adds to tell the place (a tree on a savanna, a bush in a garden) stands in the row with the
named things and may be pulled beside them after; where it ends up in front of a named thing and covers much of
it, the named thing has no ink of its own ("two giraffes next to an acacia tree": an added oak stood over the
acacia). Such scenery is left out: it was never asked for, and the named thing is. A game's prop or a room's
furniture is not scenery of this kind: a player dunks before the hoop.
"""

from __future__ import annotations

from openbanana.planner.rules.scene.groups import DECOR
from openbanana.planner.rules.scene.stage import Placement, rect_area, shared_area

HIDES = 0.3  # the most of a named group's box that added scenery standing in front of it may cover


def clear_of_named(placements: list[Placement]) -> list[Placement]:
    """The placements, less each of the composer's scenery groups that stands in front of a named group and
    covers more than `HIDES` of its box."""
    named = [p for p in placements if not p.group.root.startswith(DECOR)]
    return [p for p in placements if not (_scenery(p) and any(_hides(p, other) for other in named))]


def _scenery(placement: Placement) -> bool:
    """Whether the group is scenery the composer added, drawn as a pictogram (a palm, a pine); a game's prop (a
    goal, a hoop) or a room's furniture, drawn as forms, stays where it stands: players play before it."""
    pieces = placement.group.of(placement.group.root)
    return placement.group.root.startswith(DECOR) and bool(pieces) and all(p.glyph for p in pieces)


def _hides(front: Placement, back: Placement) -> bool:
    """Whether `front` is drawn over `back` (nearer the viewer) and covers more than `HIDES` of its box."""
    if front.depth >= back.depth:
        return False
    return shared_area(front.rect(), back.rect()) > HIDES * rect_area(back.rect())
