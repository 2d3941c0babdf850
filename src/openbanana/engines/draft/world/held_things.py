"""Small held things and a rope the pictogram font lacks (see forms.py): a roll of tape, a leash, a skewer, a
tightrope. Each had been left out of the picture ("there is no pictogram for the leash"), and so was every relation
to it: a sister handed her brother nothing, a dog held nothing in its mouth, a monkey cycled on the air."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _strap(points: Sequence[tuple[float, float]], thick: float) -> tuple[tuple[float, float], ...]:
    """A band `thick` across along a path: its points out along one side and back along the other."""
    left, right = [], []
    for i, (x, y) in enumerate(points):
        (ax, ay), (bx, by) = points[max(0, i - 1)], points[min(len(points) - 1, i + 1)]
        length = max(1e-6, math.hypot(bx - ax, by - ay))
        nx, ny = -(by - ay) / length * thick / 2, (bx - ax) / length * thick / 2
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return (*left, *reversed(right))


def _tape() -> list[Part]:
    """A roll of tape seen face on: the wound band round a pale cardboard core, a sheen on its rim."""
    return [(ellipse(0.5, 0.5, 0.5, 0.5), 1.0), (ellipse(0.44, 0.42, 0.34, 0.34), 1.12),
            (ellipse(0.5, 0.5, 0.27, 0.27), 0.62), (ellipse(0.5, 0.5, 0.22, 0.22), 1.55)]


def _leash() -> list[Part]:
    """A leash hanging from its hand loop at the top: a strap curving down to the metal clip at its end."""
    loop = [(0.5 + 0.32 * math.sin(2 * math.pi * i / 16), 0.16 - 0.14 * math.cos(2 * math.pi * i / 16))
            for i in range(17)]
    strap = [(0.5 + 0.3 * math.sin(math.pi * t / 10), 0.3 + 0.6 * t / 10) for t in range(11)]
    return [(_strap(loop, 0.15), 1.0), (_strap(strap, 0.16), 1.0), (rect(0.42, 0.86, 0.6, 1.0), 1.7)]


def _skewer() -> list[Part]:
    """A skewer seen side on: a pale wooden stick through four grilled chunks, its point out to the right."""
    parts: list[Part] = [(((0.0, 0.45), (0.92, 0.45), (1.0, 0.5), (0.92, 0.55), (0.0, 0.55)), 1.75)]
    parts += [(ellipse(x, 0.5, 0.085, 0.42), 1.0 if i % 2 else 0.82) for i, x in enumerate((0.22, 0.4, 0.58, 0.76))]
    return parts


def _tightrope() -> list[Part]:
    """A tightrope strung between two posts: the rope along the top, the posts down to the ground."""
    return [(rect(0.0, 0.06, 1.0, 0.12), 0.85), (rect(0.0, 0.04, 0.03, 1.0), 0.55), (rect(0.97, 0.04, 1.0, 1.0), 0.55),
            (rect(0.0, 0.96, 0.06, 1.0), 0.45), (rect(0.94, 0.96, 1.0, 1.0), 0.45)]


HELD_THINGS: dict[str, Sequence[Part]] = {"tape roll": _tape(), "leash": _leash(), "skewer": _skewer(),
                                          "tightrope": _tightrope()}
HELD_THING_COLORS: dict[str, RGB] = {"tape roll": (170, 174, 182), "leash": (196, 50, 56),
                                     "skewer": (150, 84, 50), "tightrope": (186, 156, 108)}
