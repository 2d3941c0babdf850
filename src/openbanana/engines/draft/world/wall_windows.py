"""A window the composer hung for a thing the prompt named (`Subject.form` "window", its box the pane: the planner's
`scene/window_seats.py`) is painted as the room's own window: the world paints its view where the subject stands,
and the subject is not drawn again. With the subject left out the room keeps its wall there, so the window is the
subject's own ink."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import Background, Subject


def hung_window(background: Background, subjects: Sequence[Subject]) -> tuple[Background, tuple[Subject, ...]]:
    """The background with the first hung window as its window, and the subjects left to draw."""
    if background.backdrop != "room":
        return background, tuple(subjects)
    hung = [s for s in subjects if s.glyph is None and s.form == "window"]
    if not hung:
        return background, tuple(subjects)
    return replace(background, window=hung[0].box), tuple(s for s in subjects if s not in hung)
