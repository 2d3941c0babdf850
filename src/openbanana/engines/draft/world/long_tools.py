"""Tools with a long handle that a person walks behind and the pictogram font lacks: a rake, a push mower, an
upright vacuum cleaner. Each is seen side on in its unit box, the handle's grip at the top left (where the hand that
pushes it reaches) and the working end on the ground at the right; mirrored when the person stands to its right."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _pole(x0: float, y0: float, x1: float, y1: float, thick: float) -> tuple[tuple[float, float], ...]:
    """A straight handle from (x0, y0) to (x1, y1), `thick` across (in the box's units)."""
    dx, dy = x1 - x0, y1 - y0
    length = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    nx, ny = -dy / length * thick / 2, dx / length * thick / 2
    return ((x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny))


def _rake() -> list[Part]:
    """A wooden handle slanting down to a bar of tines that rests on the ground."""
    parts: list[Part] = [(_pole(0.04, 0.0, 0.42, 0.86, 0.05), 1.0), (rect(0.14, 0.84, 0.74, 0.9), 0.55)]
    parts += [(rect(x, 0.9, x + 0.03, 1.0), 0.45) for x in (0.16, 0.26, 0.36, 0.46, 0.56, 0.66)]
    return parts


def _mower() -> list[Part]:
    """A push mower: a dark handle down to a red deck on wheels, the grass box at its back."""
    return [(_pole(0.06, 0.0, 0.36, 0.64, 0.05), 0.35), (rect(0.0, 0.0, 0.14, 0.05), 0.3),
            (rect(0.22, 0.5, 0.38, 0.82), 0.75),
            (((0.34, 0.62), (0.9, 0.56), (1.0, 0.66), (1.0, 0.86), (0.34, 0.86)), 1.0),
            (rect(0.42, 0.6, 0.6, 0.68), 0.45),
            (ellipse(0.44, 0.88, 0.09, 0.12), 0.25), (ellipse(0.88, 0.88, 0.09, 0.12), 0.25)]


def _vacuum() -> list[Part]:
    """An upright vacuum cleaner: a handle and grip, the bag along it, the wide head on the floor."""
    return [(_pole(0.06, 0.0, 0.4, 0.84, 0.05), 0.4), (ellipse(0.07, 0.03, 0.07, 0.04), 0.3),
            (_pole(0.2, 0.4, 0.36, 0.76, 0.24), 1.0), (rect(0.2, 0.8, 0.96, 0.95), 0.7),
            (rect(0.2, 0.94, 0.96, 1.0), 0.3)]


LONG_TOOLS: dict[str, Sequence[Part]] = {"rake": _rake(), "lawn mower": _mower(), "vacuum cleaner": _vacuum()}
LONG_TOOL_COLORS: dict[str, RGB] = {"rake": (176, 124, 72), "lawn mower": (214, 58, 44),
                                    "vacuum cleaner": (96, 112, 208)}
