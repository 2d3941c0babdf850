"""A log cabin, which the pictogram font lacks (see forms.py): walls of stacked logs, a steep roof, a stone chimney,
a plank door and two lit windows. Prompts set a mood by it ("a mountain cabin under the northern lights", "chopping
firewood outside a cabin"); stood in for by the town house pictogram, the picture read as a suburb."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import LIT, Part, rect
from openbanana.plan import RGB

LOGS = 8  # courses of logs up the wall


def _log_cabin() -> list[Part]:
    """The chimney behind the roof, the gable and walls of logs (each course a lit top over a shaded seam), the
    roof's two slopes with a dark eave, a door and two windows glowing warm."""
    parts: list[Part] = [(rect(0.7, 0.06, 0.8, 0.34), 0.62), (rect(0.68, 0.03, 0.82, 0.08), 0.5)]
    parts.append((((0.1, 0.44), (0.5, 0.12), (0.9, 0.44)), 0.92))  # the gable end under the roof
    parts.append((rect(0.08, 0.42, 0.92, 1.0), 1.0))
    for course in range(LOGS):
        y = 0.42 + course * 0.58 / LOGS
        parts.append((rect(0.08, y + 0.58 / LOGS - 0.012, 0.92, y + 0.58 / LOGS), 0.62))
        parts += [(rect(0.04, y + 0.01, 0.08, y + 0.58 / LOGS - 0.01), 0.8),
                  (rect(0.92, y + 0.01, 0.96, y + 0.58 / LOGS - 0.01), 0.8)]  # log ends at the corners
    parts += [(((0.0, 0.47), (0.5, 0.04), (0.56, 0.09), (0.1, 0.5)), 0.48),
              (((0.5, 0.04), (1.0, 0.47), (0.9, 0.5), (0.44, 0.09)), 0.58)]
    parts += [(rect(0.42, 0.64, 0.58, 1.0), 0.45), (rect(0.44, 0.66, 0.56, 1.0), 0.6)]
    for x in (0.16, 0.68):
        parts += [(rect(x - 0.015, 0.57, x + 0.175, 0.77), 0.5), (rect(x, 0.59, x + 0.16, 0.75), LIT),
                  (rect(x + 0.074, 0.59, x + 0.086, 0.75), 0.5), (rect(x, 0.664, x + 0.16, 0.676), 0.5)]
    return parts


CABINS: dict[str, Sequence[Part]] = {"log cabin": _log_cabin()}
CABIN_COLORS: dict[str, RGB] = {"log cabin": (150, 98, 58)}
