"""More things the pictogram font lacks, drawn as forms (see forms.py): a wall of stone courses, a trough, a
radiator, a carton, a vacuum flask, a round cake with no candles of its own. Prompts name them as places or props
("propped against a stone wall", "beside the radiator"); without a form they were left out of the picture and the
relations to them could not hold."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.plan import RGB

Part = tuple[tuple[tuple[float, float], ...], float]  # as forms.Part: a polygon in the unit box, and its lightness


def _rect(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def _wall() -> list[Part]:
    """Courses of stones, each course offset by half a stone, the mortar in shade behind them."""
    parts: list[Part] = [(_rect(0.0, 0.0, 1.0, 1.0), 0.6)]
    rows, stones = 4, 6
    for row in range(rows):
        y0, y1 = row / rows + 0.02, (row + 1) / rows - 0.02
        shift = 0.5 / stones if row % 2 else 0.0
        for i in range(-1, stones):
            x0, x1 = max(0.0, i / stones + shift + 0.008), min(1.0, (i + 1) / stones + shift - 0.008)
            if x1 - x0 > 0.02:
                parts.append((_rect(x0, y0, x1, y1), 0.92 + 0.12 * ((row + i) % 3) / 2))
    return parts


def _trough() -> list[Part]:
    """A long open box on short legs, its rim seen from a little above and the water inside dark."""
    return [(_rect(0.06, 0.7, 0.12, 1.0), 0.6), (_rect(0.88, 0.7, 0.94, 1.0), 0.6),
            (((0.0, 0.0), (1.0, 0.0), (0.95, 0.78), (0.05, 0.78)), 0.85),
            (_rect(0.04, 0.04, 0.96, 0.16), 0.45), (_rect(0.0, 0.0, 1.0, 0.05), 1.15)]


def _radiator() -> list[Part]:
    """Upright fins on two short feet, joined by a pipe along the top."""
    parts: list[Part] = [(_rect(0.08, 0.9, 0.14, 1.0), 0.5), (_rect(0.86, 0.9, 0.92, 1.0), 0.5),
                         (_rect(0.0, 0.04, 1.0, 0.1), 0.7)]
    fins = 8
    for i in range(fins):
        x0, x1 = i / fins + 0.012, (i + 1) / fins - 0.012
        parts.append((_rect(x0, 0.0, x1, 0.92), 1.0 if i % 2 else 0.9))
    return parts


def _carton() -> list[Part]:
    """A low open box of moulded cups: its front, and the cups' rims along the top."""
    parts: list[Part] = [(_rect(0.0, 0.3, 1.0, 1.0), 0.9), (_rect(0.0, 0.3, 1.0, 0.38), 0.7)]
    cups = 6
    for i in range(cups):
        x0, x1 = i / cups + 0.02, (i + 1) / cups - 0.02
        parts.append((((x0, 0.3), ((x0 + x1) / 2, 0.1), (x1, 0.3)), 1.05))
    return parts


def _flask() -> list[Part]:
    """A tall vacuum flask: a cup-lid on top, a shoulder, the body with a band."""
    return [(_rect(0.18, 0.18, 0.82, 1.0), 1.0), (_rect(0.18, 0.55, 0.82, 0.62), 0.7),
            (((0.26, 0.18), (0.74, 0.18), (0.7, 0.1), (0.3, 0.1)), 0.8), (_rect(0.24, 0.0, 0.76, 0.1), 0.6)]


def _oval(cx: float, cy: float, rx: float, ry: float, start: float = 0.0,
          end: float = 2.0) -> list[tuple[float, float]]:
    """Points round an ellipse from `start` to `end` (in half turns, 0 at its right, clockwise on screen)."""
    return [(cx + rx * math.cos(math.pi * t / 16), cy + ry * math.sin(math.pi * t / 16))
            for t in range(round(start * 16), round(end * 16) + 1)]


def _cake() -> list[Part]:
    """A round cake with no candles of its own, seen a little from above: the side, a band of filling, the iced
    top. The composer draws it when the prompt asks for candles in a number the cake pictogram (three) cannot show;
    the candles stand on its top as pictograms of their own."""
    side = [(0.04, 0.3), *reversed(_oval(0.5, 0.86, 0.46, 0.14, 0.0, 1.0)), (0.96, 0.3)]
    band = [*_oval(0.5, 0.56, 0.46, 0.14, 0.0, 1.0), *reversed(_oval(0.5, 0.62, 0.46, 0.14, 0.0, 1.0))]
    return [(tuple(side), 0.82), (tuple(band), 1.3), (tuple(_oval(0.5, 0.3, 0.46, 0.16)), 1.12)]


FIXTURES: dict[str, Sequence[Part]] = {"wall": _wall(), "trough": _trough(), "radiator": _radiator(),
                                       "carton": _carton(), "flask": _flask(), "cake": _cake()}
FIXTURE_COLORS: dict[str, RGB] = {"wall": (170, 160, 146), "trough": (128, 96, 64), "radiator": (236, 236, 232),
                                  "carton": (206, 178, 136), "flask": (70, 110, 150), "cake": (226, 120, 140)}
