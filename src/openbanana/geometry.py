"""Axis-aligned boxes, the one test of whether two of them meet and of how much they share: the composer, the rules
planner and the draft engine all ask it (of canvas fractions or of pixels alike), so it lives below every layer that
places things."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

Box = tuple[float, float, float, float]  # left, top, right, bottom, in any one unit (fractions or pixels)
Unit = TypeVar("Unit", int, float)


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share any area; boxes that only touch along an edge do not."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def intersection_area(a: Box, b: Box) -> float:
    """The area two boxes share (0 when they do not meet): how much one covers another."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def widened(box: Box, x: float, y: float = 0.0) -> Box:
    """The box grown by `x` on the left and right and `y` above and below: what lies within reach of it."""
    return box[0] - x, box[1] - y, box[2] + x, box[3] + y


def enclosing(boxes: Sequence[tuple[Unit, Unit, Unit, Unit]]) -> tuple[Unit, Unit, Unit, Unit]:
    """The smallest box holding them all (at least one): a group moved as one, a pair of earrings' reach."""
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
