"""How several copies of one thing are laid out: a row, a grid, a pile, scattered, a circle, a stack.

Offsets are in units of one copy (dx in its widths, dy in its heights, negative dy = further back, or up for a
stack), so a layout fits any size. Copies vary a little by the seed (size, spacing, depth, which way they face)
unless an exact row was asked for.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from openbanana.scene import Arrangement

MAX_COPIES = 24


@dataclass(frozen=True)
class Spot:
    dx: float
    dy: float
    scale: float = 1.0
    layer: float = 0.0  # drawing order among the copies (higher in front)
    depth: float = 0.0  # how much further back this copy stands (for haze)
    flip: bool = False  # mirrored against the first copy, for variety


def arrange(count: int, arrangement: Arrangement, rng: random.Random, *, airborne: bool = False,
            grove: bool = False) -> list[Spot]:
    """`count` spots laid out as asked; 'auto' is decided by the caller, so here it means a loose row. A grove
    (trees, houses nobody asked to scatter) is scattered more densely: far ones may hide behind near ones."""
    n = max(1, min(count, MAX_COPIES))
    if n == 1:
        return [Spot(0.0, 0.0)]
    if arrangement == "row":
        return [Spot((i - (n - 1) / 2) * 1.2, 0.0) for i in range(n)]
    if arrangement == "grid":
        return _grid(n)
    if arrangement == "pile":
        return _pile(n, rng)
    if arrangement == "scattered":
        return _scattered(n, rng, airborne=airborne, grove=grove)
    if arrangement == "circle":
        return _circle(n)
    if arrangement == "stack":
        return [Spot(rng.uniform(-0.04, 0.04), -i * 0.86, layer=i) for i in range(n)]
    return _loose_row(n, rng)


def _loose_row(n: int, rng: random.Random) -> list[Spot]:
    """A row that is not a perfect line: sizes ±8%, uneven gaps, a little depth for some."""
    spots, x = [], 0.0
    for i in range(n):
        scale = rng.uniform(0.92, 1.08)
        back = rng.uniform(0.0, 0.1) if i % 2 else rng.uniform(0.0, 0.04)
        spots.append(Spot(x, -back, scale * (1 - back * 0.5), layer=-back, depth=back))
        x += 1.08 + rng.uniform(0.08, 0.3)
    middle = (spots[0].dx + spots[-1].dx) / 2
    return [Spot(s.dx - middle, s.dy, s.scale, s.layer, s.depth) for s in spots]


def _grid(n: int) -> list[Spot]:
    cols = math.ceil(math.sqrt(n * 1.5))
    spots = []
    for i in range(n):
        row, col = divmod(i, cols)
        in_row = min(cols, n - row * cols)
        scale = 1 - 0.1 * row
        spots.append(Spot((col - (in_row - 1) / 2) * 1.2 * scale, -row * 0.5, scale, layer=-row, depth=0.1 * row))
    return spots


def _pile(n: int, rng: random.Random) -> list[Spot]:
    """A heap: a wide bottom layer, fewer on each layer above, overlapping."""
    base = 1
    while base * (base + 1) // 2 < n:
        base += 1
    spots, level, left = [], 0, n
    while left > 0:
        on_level = min(left, base - level)
        for j in range(on_level):
            spots.append(Spot((j - (on_level - 1) / 2) * 0.78 + rng.uniform(-0.06, 0.06), -level * 0.58,
                              rng.uniform(0.94, 1.04), layer=level + rng.uniform(0, 0.5)))
        left -= on_level
        level += 1
    return spots


def _scattered(n: int, rng: random.Random, *, airborne: bool, grove: bool = False) -> list[Spot]:
    """Random spots that do not overlap: spread across, and back in depth (or up and down in the air)."""
    spread = max(1.6, math.sqrt(n) * 1.9) if airborne else max(1.6, n * (0.5 if grove else 0.95))
    rise = (-1.4, 0.6) if airborne else (-1.1, 0.0)
    placed: list[Spot] = []
    for _ in range(n):
        best: Spot | None = None
        for _attempt in range(40):
            dy = rng.uniform(*rise)
            back = 0.0 if airborne else -dy / 1.1
            scale = rng.uniform(0.88, 1.08) * (1 - 0.45 * back)
            spot = Spot(rng.uniform(-spread, spread), dy, scale, layer=-back if not airborne else rng.random(),
                        depth=back * 0.35, flip=rng.random() < 0.4)
            if all(_apart(spot, other, 0.6 if grove else 1.0) for other in placed):
                best = spot
                break
        if best is None:  # crowded: widen the field rather than overlap
            spread *= 1.15
            best = Spot(spread, rng.uniform(*rise), 0.9, flip=rng.random() < 0.4)
        placed.append(best)
    return placed


def _apart(a: Spot, b: Spot, clearance: float = 1.0) -> bool:
    """Whether two copies' boxes stay clear of each other (each as wide and tall as its scale, standing on dy);
    a clearance under 1 lets them overlap that much."""
    side_by_side = abs(a.dx - b.dx) >= (a.scale + b.scale) * 0.53 * clearance
    lower, upper = (a, b) if a.dy > b.dy else (b, a)
    return side_by_side or lower.dy - upper.dy >= lower.scale * 1.03 * clearance


def _circle(n: int) -> list[Spot]:
    """Round a ring on the ground: the far side higher, smaller and behind."""
    radius = max(1.0, n * 1.15 / (2 * math.pi)) * 1.1
    spots = []
    for i in range(n):
        angle = math.pi / 2 + 2 * math.pi * i / n
        near = (math.sin(angle) + 1) / 2  # 1 at the front of the ring, 0 at the back
        spots.append(Spot(radius * math.cos(angle), -(1 - near) * radius * 0.55, 1 - 0.25 * (1 - near),
                          layer=near, depth=(1 - near) * 0.15))
    return spots


def shallow(spot: Spot) -> Spot:
    """On a surface, rows stay on it: depth offsets shrink to a hint."""
    return Spot(spot.dx, spot.dy * 0.25 if spot.dy < 0 else spot.dy, spot.scale, spot.layer, spot.depth * 0.5,
                spot.flip)


def along(spots: list[Spot], room: float) -> list[Spot]:
    """Copies side by side along a thing `room` of their widths long, each clear of the next, on one line: two
    kids behind a lemonade stand had stood bunched, one over the other."""
    step = max(1.1, min(1.6, (0.8 * room - 1.0) / max(len(spots) - 1, 1)))
    return [Spot((i - (len(spots) - 1) / 2) * step, 0.0, 1.0, spot.layer, 0.0, spot.flip)
            for i, spot in enumerate(sorted(spots, key=lambda spot: spot.dx))]
