"""A wall named in a room is the room's own back wall (`compose.room_windows`), not a garden wall on its floor; yet
the background only paints it, and the thing the prompt named ("band posters on the wall behind him", "a map on
the wall") had no subject of its own: the answer said it was the back wall, the picture had nothing to show for it.
It is drawn as the wall's lower run of panelling along the floor line, across the room, under everything else and
below the room's window."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openbanana.plan import Background, Subject
from openbanana.scene import Entity

PANEL = 0.2  # the panelling's height, as a share of the back wall's (from the top of the picture to the floor line)
LEAST = 0.04  # never thinner than this (a fraction of the canvas height), even under a low window
SILL_GAP = 0.03  # clear of the window's sill


def wall_panels(walls: Mapping[str, Entity], background: Background,
                subjects: Sequence[Subject]) -> tuple[Subject, ...]:
    """The subjects with one panel for each wall the room's back wall shows, drawn first."""
    named = [e for e in walls.values() if e.noun.lower().split()[-1:] == ["wall"]]
    floor = background.horizon
    if not named or not 0.2 < floor < 1.0:
        return tuple(subjects)
    top = floor - PANEL * floor
    if background.window is not None:
        top = max(top, background.window[3] + SILL_GAP)
    top = min(top, floor - LEAST)
    z = min((s.z for s in subjects), default=0) - 1
    panels = tuple(Subject(label=e.noun, glyph=None, box=(0.0, round(top, 5), 1.0, round(floor, 5)), z=z,
                           tint=e.color, entity=e.id, depth=1.0, shadow=False, form="wainscot") for e in named[:1])
    return (*panels, *subjects)
