"""More things the pictogram font lacks, drawn as forms (see forms.py): a wall of stone courses, a trough, a
radiator, a carton, a vacuum flask, a fire hydrant, a puddle, a lily pad, a pier, a menorah, a round cake with no
candles of its own. Prompts name them as
places or props ("propped against a stone wall", "beside the radiator", "jumping in puddles"); without a form they
were left out of the picture, or stood in for by something of another kind (a hydrant by a fire extinguisher, a
lily pad by a handbag), and the relations to them could not hold."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.indoor_things import INDOOR_COLORS, INDOOR_THINGS
from openbanana.engines.draft.world.outdoor_things import OUTDOOR_COLORS, OUTDOOR_THINGS
from openbanana.engines.draft.world.part_shapes import LIT, Part
from openbanana.engines.draft.world.part_shapes import ellipse as _ellipse
from openbanana.engines.draft.world.part_shapes import rect as _rect
from openbanana.plan import RGB


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
    """A low open tray of moulded cups: its front, and the cups' rims along the top, low enough that what lies in
    it (drawn behind its front) shows above the rim."""
    parts: list[Part] = [(_rect(0.0, 0.55, 1.0, 1.0), 0.9), (_rect(0.0, 0.55, 1.0, 0.62), 0.7)]
    cups = 6
    for i in range(cups):
        x0, x1 = i / cups + 0.02, (i + 1) / cups - 0.02
        parts.append((((x0, 0.55), ((x0 + x1) / 2, 0.42), (x1, 0.55)), 1.05))
    return parts


def _flask() -> list[Part]:
    """A tall vacuum flask: a cup-lid on top, a shoulder, the body with a band."""
    return [(_rect(0.18, 0.18, 0.82, 1.0), 1.0), (_rect(0.18, 0.55, 0.82, 0.62), 0.7),
            (((0.26, 0.18), (0.74, 0.18), (0.7, 0.1), (0.3, 0.1)), 0.8), (_rect(0.24, 0.0, 0.76, 0.1), 0.6)]


def _hydrant() -> list[Part]:
    """A squat street hydrant: a domed cap, a collar, the barrel with two side nozzles, a foot flange."""
    return [(_rect(0.0, 0.38, 0.22, 0.52), 0.8), (_rect(0.78, 0.38, 1.0, 0.52), 0.8),
            (_rect(0.2, 0.22, 0.8, 0.92), 1.0), (_rect(0.56, 0.22, 0.8, 0.92), 0.82),
            (((0.22, 0.22), (0.3, 0.06), (0.5, 0.0), (0.7, 0.06), (0.78, 0.22)), 1.1),
            (_rect(0.14, 0.18, 0.86, 0.26), 0.75), (_rect(0.1, 0.9, 0.9, 1.0), 0.7)]


def _puddle() -> list[Part]:
    """Still water lying flat: a dark rim, the sky's light across it, a ripple ring."""
    return [(_ellipse(0.5, 0.5, 0.5, 0.5), 0.75), (_ellipse(0.5, 0.52, 0.44, 0.38), 1.0),
            (_ellipse(0.42, 0.42, 0.2, 0.12), 1.35), (_ellipse(0.62, 0.6, 0.1, 0.06), 1.2)]


def _lily_pad() -> list[Part]:
    """A round floating leaf seen from a low angle, its slit toward the viewer, a vein to the slit."""
    return [(_ellipse(0.5, 0.55, 0.5, 0.45), 0.7), (_ellipse(0.5, 0.5, 0.48, 0.42, notch=0.08), 1.0),
            (((0.5, 0.5), (0.2, 0.3), (0.22, 0.28)), 0.85), (((0.5, 0.5), (0.8, 0.3), (0.78, 0.28)), 0.85)]


def _pier() -> list[Part]:
    """A plank walkway running out from the viewer: posts into the water under both edges, the deck narrowing
    toward its far end, its near edge in shade and the boards' joints running along it."""
    parts: list[Part] = []
    for t in (0.15, 0.45, 0.8):  # posts under the deck's edges, longer and wider apart as they come near
        y, half, w = 0.7 * t + 0.06, 0.3 + 0.2 * t, 0.02 + 0.025 * t
        parts += [(_rect(0.5 - half, y, 0.5 - half + w, y + 0.12 + 0.12 * t), 0.45),
                  (_rect(0.5 + half - w, y, 0.5 + half, y + 0.12 + 0.12 * t), 0.45)]
    parts.append((((0.3, 0.0), (0.7, 0.0), (1.0, 0.78), (0.0, 0.78)), 1.0))
    parts.append((((0.0, 0.78), (1.0, 0.78), (1.0, 0.86), (0.0, 0.86)), 0.6))
    for i in range(1, 6):  # the joints between the boards, converging on the far end
        top, bottom = 0.3 + 0.4 * i / 6, i / 6
        parts.append((((top - 0.004, 0.0), (top + 0.004, 0.0), (bottom + 0.008, 0.78), (bottom - 0.008, 0.78)), 0.8))
    return parts


def _menorah() -> list[Part]:
    """A nine-branched candlestick: a foot, a stem, four arms a side rising to one line of candle cups, and the
    candles' flames (lit)."""
    parts: list[Part] = [(_rect(0.3, 0.92, 0.7, 1.0), 0.85), (_rect(0.47, 0.3, 0.53, 0.94), 1.0)]
    for i in range(1, 5):
        r = i * 0.11
        for side in (-1, 1):
            x = 0.5 + side * r
            parts.append((_rect(min(x, 0.5), 0.3 + r * 0.9, max(x, 0.5), 0.34 + r * 0.9), 0.9))
            parts.append((_rect(x - 0.02, 0.3, x + 0.02, 0.34 + r * 0.9), 1.0))
    for i in range(-4, 5):
        x = 0.5 + i * 0.11
        tall = 0.16 if i == 0 else 0.2
        parts.append((_rect(x - 0.022, tall, x + 0.022, 0.3), 1.6))  # the candle, pale
        parts.append((((x, tall - 0.12), (x + 0.025, tall - 0.03), (x, tall - 0.005), (x - 0.025, tall - 0.03)),
                      LIT))
    return parts


def _tray() -> list[Part]:
    """A serving tray seen a little from above: its floor, the far rim's inside face, the near rim in front."""
    return [(((0.06, 0.0), (0.94, 0.0), (1.0, 0.74), (0.0, 0.74)), 1.08),
            (((0.06, 0.0), (0.94, 0.0), (0.92, 0.1), (0.08, 0.1)), 0.75),
            (_rect(0.0, 0.74, 1.0, 1.0), 0.8)]


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
                                       "carton": _carton(), "flask": _flask(), "hydrant": _hydrant(),
                                       "puddle": _puddle(), "lily pad": _lily_pad(), "pier": _pier(),
                                       "menorah": _menorah(), "tray": _tray(), "cake": _cake(),
                                       **OUTDOOR_THINGS, **INDOOR_THINGS}
FIXTURE_COLORS: dict[str, RGB] = {"wall": (170, 160, 146), "trough": (128, 96, 64), "radiator": (236, 236, 232),
                                  "carton": (206, 178, 136), "flask": (70, 110, 150), "hydrant": (204, 40, 36),
                                  "puddle": (120, 150, 176), "lily pad": (74, 140, 70), "pier": (150, 112, 76),
                                  "menorah": (212, 172, 70), "tray": (120, 84, 56),
                                  "cake": (226, 120, 140), **OUTDOOR_COLORS, **INDOOR_COLORS}
