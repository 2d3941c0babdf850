"""Outdoor landmarks the pictogram font lacks (see forms.py): a lighthouse, a windmill, a lamp post, a picket fence,
a hot-air balloon, a waterfall. Each is a tall or wide thing a scene is set by, so it is drawn in a shape that reads at
any size rather than stood in for by a sign or a toy."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, rect
from openbanana.plan import RGB


def _lighthouse() -> list[Part]:
    """A tapering striped tower on a base, a lamp room with a light, and a cap."""
    def band(y0: float, y1: float) -> tuple[tuple[float, float], ...]:
        def half(y: float) -> float:
            return 0.18 + 0.14 * (y - 0.22) / 0.68
        return ((0.5 - half(y0), y0), (0.5 + half(y0), y0), (0.5 + half(y1), y1), (0.5 - half(y1), y1))

    parts: list[Part] = [(rect(0.08, 0.9, 0.92, 1.0), 0.6), (band(0.22, 0.9), 1.6)]
    parts += [(band(y, y + 0.11), 1.0) for y in (0.3, 0.52, 0.74)]
    parts += [(rect(0.26, 0.2, 0.74, 0.24), 0.5), (rect(0.33, 0.1, 0.67, 0.2), 0.45),
              (rect(0.38, 0.115, 0.62, 0.19), 2.0), (((0.28, 0.1), (0.5, 0.0), (0.72, 0.1)), 0.7)]
    return parts


def _sail(angle: float, along: float, across: float) -> tuple[float, float]:
    """A point of a windmill's sail: `along` it from the hub (0-1), `across` it, in the box's units."""
    return (0.5 + math.cos(angle) * along * 0.5 - math.sin(angle) * across,
            0.38 + math.sin(angle) * along * 0.4 + math.cos(angle) * across)


def _windmill() -> list[Part]:
    """A tapering tower with a door, a cap, and four sails crossing at the hub."""
    parts: list[Part] = [(((0.36, 0.42), (0.64, 0.42), (0.72, 1.0), (0.28, 1.0)), 1.0),
                         (((0.33, 0.42), (0.5, 0.32), (0.67, 0.42)), 0.6), (rect(0.45, 0.84, 0.55, 1.0), 0.5)]
    for angle in (0.6, 2.17, 3.74, 5.31):  # four sails, a little off the diagonals
        parts.append(((_sail(angle, 0.12, 0.0), _sail(angle, 1.0, 0.0), _sail(angle, 1.0, 0.09),
                       _sail(angle, 0.12, 0.07)), 1.5))
        parts.append(((_sail(angle, 0.0, -0.012), _sail(angle, 1.0, -0.012), _sail(angle, 1.0, 0.012),
                       _sail(angle, 0.0, 0.012)), 0.45))
    parts.append((rect(0.47, 0.35, 0.53, 0.41), 0.4))
    return parts


def _lamp_post() -> list[Part]:
    return [(rect(0.44, 0.2, 0.56, 1.0), 0.45), (rect(0.34, 0.93, 0.66, 1.0), 0.4),
            (((0.22, 0.06), (0.78, 0.06), (0.7, 0.2), (0.3, 0.2)), 0.45), (rect(0.3, 0.08, 0.7, 0.19), 2.2),
            (((0.3, 0.06), (0.5, 0.0), (0.7, 0.06)), 0.4)]


def _fence() -> list[Part]:
    """Pickets with pointed tops on two rails."""
    parts: list[Part] = [(rect(0.0, 0.3, 1.0, 0.4), 0.7), (rect(0.0, 0.7, 1.0, 0.8), 0.7)]
    count = 9
    for i in range(count):
        x0 = i / count + 0.015
        x1 = (i + 1) / count - 0.015
        parts.append((((x0, 0.12), ((x0 + x1) / 2, 0.0), (x1, 0.12), (x1, 1.0), (x0, 1.0)), 1.0))
    return parts


def _envelope_half(t: float) -> float:
    """A hot-air balloon's half-width at `t` down its envelope (0 its crown, 1 its mouth): a dome that tapers."""
    if t < 0.55:
        return 0.5 * math.sqrt(max(0.0, 1.0 - ((0.55 - t) / 0.55) ** 2))
    return 0.14 + 0.36 * math.pow(math.cos((t - 0.55) / 0.45 * math.pi / 2), 1.3)


def _hot_air_balloon() -> list[Part]:
    """An envelope of curved gores, alternately in the colour and lit toward white, with ropes to a basket: at any
    size it reads as a hot-air balloon, never as a party balloon on a string."""
    envelope, steps, gores = 0.74, 24, 6
    ts = [i / steps for i in range(steps + 1)]

    def meridian(angle: float) -> list[tuple[float, float]]:
        return [(0.5 + _envelope_half(t) * math.sin(angle), t * envelope) for t in ts]

    parts: list[Part] = [(tuple(meridian(-math.pi / 2) + meridian(math.pi / 2)[::-1]), 1.0)]
    for k in range(gores):
        if k % 2:
            a0, a1 = (-math.pi / 2 + math.pi * i / gores for i in (k, k + 1))
            parts.append((tuple(meridian(a0) + meridian(a1)[::-1]), 1.55))
    parts.append((tuple(meridian(math.pi * 0.2) + meridian(math.pi / 2)[::-1]), 0.82))  # the side away from the sun
    mouth = _envelope_half(1.0)
    for x0, x1 in ((0.5 - mouth, 0.41), (0.5 + mouth, 0.59)):  # ropes
        parts.append((((x0, envelope - 0.01), (x0 + 0.012, envelope - 0.01), (x1 + 0.01, 0.86), (x1, 0.86)), 0.35))
    parts += [(rect(0.39, 0.85, 0.61, 1.0), 0.5), (rect(0.38, 0.84, 0.62, 0.875), 0.38)]  # the basket and its rim
    return parts


def _waterfall() -> list[Part]:
    """A cliff with water falling down its middle into a pool: dark rock (lit on one side), the white-blue fall
    with streaks in it, foam where it lands, and boulders at the pool's edges."""
    cliff = ((0.0, 0.16), (0.12, 0.08), (0.26, 0.12), (0.36, 0.04), (0.64, 0.04), (0.76, 0.1), (0.9, 0.06),
             (1.0, 0.14), (1.0, 0.84), (0.0, 0.84))
    parts: list[Part] = [(cliff, 0.58), (((0.0, 0.16), (0.12, 0.08), (0.26, 0.12), (0.3, 0.84), (0.0, 0.84)), 0.74),
                         (((0.36, 0.04), (0.64, 0.04), (0.7, 0.8), (0.3, 0.8)), 1.72)]
    for x in (0.42, 0.5, 0.58):  # streaks in the falling water, spreading as it falls
        parts.append((((x - 0.008, 0.06), (x + 0.008, 0.06), (x + (x - 0.5) * 0.5 + 0.01, 0.78),
                       (x + (x - 0.5) * 0.5 - 0.01, 0.78)), 1.38))
    pool = tuple((0.5 + 0.5 * math.cos(a / 16 * math.pi), 0.9 + 0.1 * math.sin(a / 16 * math.pi)) for a in range(32))
    foam = tuple((0.5 + 0.26 * math.cos(a / 12 * math.pi), 0.82 + 0.05 * math.sin(a / 12 * math.pi))
                 for a in range(24))
    parts += [(pool, 1.22), (foam, 1.9), (((0.0, 0.84), (0.14, 0.78), (0.24, 0.86), (0.16, 0.96), (0.0, 0.94)), 0.5),
              (((1.0, 0.84), (0.86, 0.77), (0.75, 0.85), (0.84, 0.95), (1.0, 0.93)), 0.5)]
    return parts


LANDMARKS: dict[str, Sequence[Part]] = {"lighthouse": _lighthouse(), "windmill": _windmill(),
                                        "lamp post": _lamp_post(), "fence": _fence(),
                                        "hot-air balloon": _hot_air_balloon(), "waterfall": _waterfall()}
LANDMARK_COLORS: dict[str, RGB] = {"lighthouse": (196, 48, 44), "windmill": (150, 118, 90), "lamp post": (52, 56, 64),
                                   "fence": (236, 232, 222), "hot-air balloon": (214, 62, 50),
                                   "waterfall": (92, 126, 150)}
