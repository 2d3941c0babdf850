"""Forms one sees through, or stands under, that the pictogram font lacks (see forms.py): a field gate, a garden
arch, a pet's cage. Without a form the gate and the arch were left out of the picture (so "two donkeys behind a
gate" and "a couple under a flower arch" could not hold) and a cage was stood in for by a parrot. Each is open:
what stands behind or inside it shows between the rails, under the arch, between the bars."""

from __future__ import annotations

import math
from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import LIT, Part, ellipse, rect
from openbanana.plan import RGB


def _gate() -> list[Part]:
    """A field gate between two posts: five rails and a diagonal brace."""
    parts: list[Part] = [(rect(0.0, 0.0, 0.06, 1.0), 0.7), (rect(0.94, 0.0, 1.0, 1.0), 0.7)]
    parts += [(rect(0.06, y, 0.94, y + 0.08), 1.0) for y in (0.1, 0.28, 0.46, 0.64, 0.82)]
    parts.append((((0.06, 0.82), (0.12, 0.9), (0.94, 0.18), (0.88, 0.1)), 0.85))
    return parts


def _arch() -> list[Part]:
    """A garden arch: two posts and a rounded top, hung with pale blossoms."""
    def ring(rx: float, ry: float) -> list[tuple[float, float]]:
        return [(0.5 - rx * math.cos(math.pi * i / 20), 0.46 - ry * math.sin(math.pi * i / 20)) for i in range(21)]

    parts: list[Part] = [(rect(0.03, 0.44, 0.14, 1.0), 0.8), (rect(0.86, 0.44, 0.97, 1.0), 0.8),
                         (tuple(ring(0.47, 0.44) + ring(0.36, 0.33)[::-1]), 1.0)]
    for i in range(7):  # blossoms along the top and down the posts
        angle = math.pi * (i + 0.5) / 7
        parts.append((ellipse(0.5 - 0.415 * math.cos(angle), 0.46 - 0.385 * math.sin(angle), 0.05, 0.035), LIT))
    parts += [(ellipse(x, y, 0.045, 0.03), LIT) for x in (0.085, 0.915) for y in (0.6, 0.78)]
    return parts


def _cage() -> list[Part]:
    """A pet's cage: a base tray, a rounded roof with a handle, and thin bars between (no back panel, so the
    animal drawn inside shows between them)."""
    roof = [(0.5 - 0.5 * math.cos(math.pi * i / 16), 0.18 - 0.12 * math.sin(math.pi * i / 16)) for i in range(17)]
    parts: list[Part] = [((*roof, (1.0, 0.22), (0.0, 0.22)), 0.85), (rect(0.44, 0.0, 0.56, 0.05), 0.6),
                         (rect(0.0, 0.84, 1.0, 1.0), 0.75), (rect(0.0, 0.82, 1.0, 0.86), 1.15)]
    parts += [(rect(x - 0.012, 0.2, x + 0.012, 0.84), 0.7) for x in [0.012 + i * 0.976 / 9 for i in range(10)]]
    return parts


SEE_THROUGH: dict[str, Sequence[Part]] = {"gate": _gate(), "arch": _arch(), "cage": _cage()}
SEE_THROUGH_COLORS: dict[str, RGB] = {"gate": (150, 112, 72), "arch": (92, 140, 76), "cage": (176, 182, 190)}
