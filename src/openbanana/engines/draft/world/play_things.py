"""Play things the pictogram font lacks (see forms.py): a garden trampoline. It had stood in as the nearest
pictogram by name, a tram car, so "kids jumping on a trampoline" were five tiny children on a tram's roof."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _trampoline() -> list[Part]:
    """A round trampoline seen a little from above: the far legs in shade, the padded rim in the form's colour, the
    dark mat inside it, and the near legs bowing down to the ground."""
    parts: list[Part] = [(rect(x - 0.02, 0.2, x + 0.02, 0.86), 0.5) for x in (0.3, 0.7)]
    parts += [(ellipse(0.5, 0.24, 0.5, 0.2), 0.7), (ellipse(0.5, 0.2, 0.5, 0.2), 1.0),
              (ellipse(0.5, 0.205, 0.44, 0.16), 0.22)]  # the rim's side, its padded top, the mat
    for x in (0.08, 0.5, 0.92):
        parts.append((rect(x - 0.025, 0.34 if x == 0.5 else 0.22, x + 0.025, 1.0), 0.7))
    return parts


PLAY_THINGS: dict[str, Sequence[Part]] = {"trampoline": _trampoline()}
PLAY_THING_COLORS: dict[str, RGB] = {"trampoline": (48, 118, 206)}
