"""Gym weights the pictogram font lacks (it has only a person lifting a barbell): a kettlebell and a dumbbell,
drawn as forms (see forms.py). A gym poster's "kettlebell at the bottom" had no picture at all and was left out."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _arch(cx: float, cy: float, outer: tuple[float, float], inner: tuple[float, float],
          steps: int = 16) -> tuple[tuple[float, float], ...]:
    """The upper half of a ring: the outer edge left to right over the top, then the inner edge back."""
    over = [(cx - outer[0] * math.cos(math.pi * i / steps), cy - outer[1] * math.sin(math.pi * i / steps))
            for i in range(steps + 1)]
    back = [(cx + inner[0] * math.cos(math.pi * i / steps), cy - inner[1] * math.sin(math.pi * i / steps))
            for i in range(steps + 1)]
    return tuple(over + back)


def _kettlebell() -> list[Part]:
    """A heavy ball with a flat foot and a loop of a handle over it, lit from the upper left."""
    return [(_arch(0.5, 0.42, (0.34, 0.4), (0.2, 0.27)), 0.8), (rect(0.3, 0.88, 0.7, 1.0), 0.7),
            (ellipse(0.5, 0.64, 0.46, 0.34), 1.0), (ellipse(0.36, 0.54, 0.1, 0.08), 1.35)]


def _dumbbell() -> list[Part]:
    """A short bar between two stacks of round plates, seen side on."""
    return [(rect(0.12, 0.42, 0.88, 0.58), 0.75), (rect(0.04, 0.08, 0.2, 0.92), 1.0),
            (rect(0.8, 0.08, 0.96, 0.92), 1.0), (rect(0.2, 0.2, 0.28, 0.8), 0.85), (rect(0.72, 0.2, 0.8, 0.8), 0.85)]


WEIGHTS: dict[str, Sequence[Part]] = {"kettlebell": _kettlebell(), "dumbbell": _dumbbell()}
WEIGHT_COLORS: dict[str, RGB] = {"kettlebell": (64, 66, 72), "dumbbell": (82, 86, 96)}
