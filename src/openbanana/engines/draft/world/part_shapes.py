"""The pieces forms are made of: a polygon in the form's unit box (x right, y down) with how light it is (1 the
form's colour, below it shade, above it toward white, LIT its own light), and the outlines most forms use."""

from __future__ import annotations

import math

Part = tuple[tuple[tuple[float, float], ...], float]  # a polygon in the unit box and how light it is
LIT = 2.0  # a part this light is drawn in its own light (a lamp, a flame), whatever the form's colour


def rect(x0: float, y0: float, x1: float, y1: float) -> tuple[tuple[float, float], ...]:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def ellipse(cx: float, cy: float, rx: float, ry: float, steps: int = 28,
             notch: float = 0.0) -> tuple[tuple[float, float], ...]:
    """An ellipse's outline, less a wedge of `notch` turns cut toward the viewer (a lily pad's slit)."""
    start = math.pi / 2 + notch * math.pi
    span = 2 * math.pi - 2 * notch * math.pi
    points = [(cx + rx * math.cos(start + span * i / steps), cy + ry * math.sin(start + span * i / steps))
              for i in range(steps + 1)]
    return tuple([(cx, cy), *points] if notch else points)
