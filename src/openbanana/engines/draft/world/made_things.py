"""Made things the pictogram font lacks and no pictogram stands in for by meaning (see forms.py): a skate ramp, a
hospital gurney, a balcony railing, a crater in the ground. Each had been left out of the picture ("there is no
pictogram for the ramp"), so a girl rode her skateboard down nothing and a rover was parked next to nothing. A flight
of steps had been the font's ladder: three ladders stood in the snow for "his front steps"."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.held_things import HELD_THING_COLORS, HELD_THINGS
from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _ramp() -> list[Part]:
    """A skate ramp seen from the side: a curved face sweeping up to a deck with a coping rail, on a frame."""
    curve = [(0.0 + 0.8 * (1 - math.cos(math.pi / 2 * i / 12)), 1.0 - 0.86 * math.sin(math.pi / 2 * i / 12) ** 1.6)
             for i in range(13)]
    face: tuple[tuple[float, float], ...] = ((0.0, 1.0), *curve, (0.8, 0.14), (1.0, 0.14), (1.0, 1.0))
    return [(face, 1.0), (rect(0.8, 0.1, 1.0, 0.16), 0.7), (rect(0.78, 0.08, 0.82, 0.14), 1.4),
            (rect(0.94, 0.16, 0.98, 1.0), 0.75)]


def _gurney() -> list[Part]:
    """A hospital gurney: a pale mattress on a steel frame, two legs on wheels, a raised head end."""
    parts: list[Part] = [(rect(0.02, 0.28, 0.98, 0.46), 1.3), (rect(0.0, 0.44, 1.0, 0.52), 0.8),
                         (((0.02, 0.3), (0.08, 0.1), (0.3, 0.14), (0.3, 0.3)), 1.25)]
    for x in (0.14, 0.86):
        parts += [(rect(x - 0.02, 0.52, x + 0.02, 0.88), 0.7), (ellipse(x, 0.93, 0.05, 0.07), 0.45)]
    parts.append((rect(0.14, 0.7, 0.86, 0.74), 0.7))
    return parts


def _railing() -> list[Part]:
    """A balcony railing: a broad top rail, a bottom rail and upright balusters between, open to what is behind."""
    parts: list[Part] = [(rect(0.0, 0.0, 1.0, 0.1), 1.05), (rect(0.0, 0.86, 1.0, 0.94), 0.8),
                         (rect(0.0, 0.1, 0.025, 1.0), 0.7), (rect(0.975, 0.1, 1.0, 1.0), 0.7)]
    parts += [(rect(x - 0.01, 0.1, x + 0.01, 0.86), 0.75) for x in [0.09 + i * 0.82 / 9 for i in range(10)]]
    return parts


def _crater() -> list[Part]:
    """A crater in the ground seen from the side and above: a raised lit rim round a shadowed bowl."""
    return [(ellipse(0.5, 0.55, 0.5, 0.45), 1.2), (ellipse(0.5, 0.58, 0.4, 0.32), 0.55),
            (ellipse(0.5, 0.66, 0.3, 0.2), 0.42)]


def _steps() -> list[Part]:
    """A flight of steps seen from the front of a stoop: three steps up from either side to a landing in the middle,
    so what stands "on the steps" stands on the landing; each tread's edge lit."""
    outline = ((0.0, 1.0), (0.0, 0.7), (0.12, 0.7), (0.12, 0.4), (0.24, 0.4), (0.24, 0.1), (0.76, 0.1), (0.76, 0.4),
               (0.88, 0.4), (0.88, 0.7), (1.0, 0.7), (1.0, 1.0))
    treads = [rect(0.0, 0.7, 0.12, 0.75), rect(0.12, 0.4, 0.24, 0.45), rect(0.24, 0.1, 0.76, 0.15),
              rect(0.76, 0.4, 0.88, 0.45), rect(0.88, 0.7, 1.0, 0.75)]
    return [(outline, 1.0), *((tread, 1.2) for tread in treads)]


def _fish_tank() -> list[Part]:
    """A glass fish tank: clear water with a pale sheen, a dark lid and base, sand and pebbles along the bottom;
    what swims in it is drawn over the water."""
    parts: list[Part] = [(rect(0.0, 0.06, 1.0, 0.94), 1.0), (rect(0.02, 0.1, 0.98, 0.2), 1.12),
                         (rect(0.0, 0.0, 1.0, 0.07), 0.45), (rect(0.0, 0.92, 1.0, 1.0), 0.45),
                         (rect(0.02, 0.82, 0.98, 0.92), 0.8)]
    parts += [(ellipse(x, 0.83, 0.035, 0.025), 0.6) for x in (0.12, 0.3, 0.55, 0.71, 0.9)]
    return parts


MADE_THINGS: dict[str, Sequence[Part]] = {"ramp": _ramp(), "gurney": _gurney(), "railing": _railing(),
                                          "crater": _crater(), "fish tank": _fish_tank(), "steps": _steps(),
                                          **HELD_THINGS}
MADE_THING_COLORS: dict[str, RGB] = {"ramp": (150, 152, 156), "gurney": (196, 204, 212),
                                     "railing": (90, 92, 98), "crater": (176, 112, 80), "steps": (172, 164, 152),
                                     "fish tank": (150, 200, 214), **HELD_THING_COLORS}
