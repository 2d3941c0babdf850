"""Floors a thing stands on that the pictogram font lacks and no pictogram stands in for (see forms.py): a stage, a
balcony, a lawn, a plinth, a stretch of road, a band of soil. Each had been only the scene's place (a dark stage
backdrop, a room's floor, green ground) or nothing at all, so "a drummer on a small stage", "tomato plants on her
balcony" or "sneakers on a pink cube" showed nothing the thing stood on. Each is a slab whose lit top, seen a little
from above, carries what stands on it (kinds.SLAB_TOP), with a front that says what it is: a stage's boards and
skirt, a balcony's balustrade, a lawn's mown stripes and grass edge, a plinth's plain face and shaded side."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, rect
from openbanana.plan import RGB

TOP = 0.28  # the lit top's depth, as kinds.SLAB_TOP: what stands on the floor stands on its middle
BOARDS = 7  # a stage's planks across its front
BALUSTERS = 11
STRIPES = 6  # a lawn's mown stripes


def _stage() -> list[Part]:
    """A raised stage: the lit boards of its top, a dark front face with plank seams and a shadowed lip."""
    parts: list[Part] = [(((0.03, 0.0), (0.97, 0.0), (1.0, TOP), (0.0, TOP)), 1.15),
                         (rect(0.0, TOP, 1.0, 1.0), 0.6), (rect(0.0, TOP, 1.0, TOP + 0.06), 0.4)]
    parts += [(rect(x - 0.004, TOP + 0.06, x + 0.004, 1.0), 0.45) for x in [i / BOARDS for i in range(1, BOARDS)]]
    return parts


def _balcony() -> list[Part]:
    """A balcony: its stone floor seen a little from above, the slab's edge, and the balustrade of its front —
    a top rail, a bottom rail and balusters between — on two brackets."""
    parts: list[Part] = [(((0.02, 0.0), (0.98, 0.0), (1.0, TOP), (0.0, TOP)), 1.1),
                         (rect(0.0, TOP, 1.0, TOP + 0.1), 0.7),
                         (rect(0.0, TOP + 0.1, 1.0, TOP + 0.16), 0.95), (rect(0.0, 0.8, 1.0, 0.86), 0.85)]
    step = 0.94 / (BALUSTERS - 1)
    parts += [(rect(x - 0.012, TOP + 0.16, x + 0.012, 0.8), 0.8) for x in [0.03 + i * step for i in range(BALUSTERS)]]
    parts += [(((x - 0.05, 0.86), (x + 0.05, 0.86), (x, 1.0)), 0.65) for x in (0.15, 0.85)]
    return parts


def _lawn() -> list[Part]:
    """A lawn: a patch of mown grass seen from above, in alternate light and dark stripes, with a tufted front
    edge."""
    parts: list[Part] = [(((0.04, 0.0), (0.96, 0.0), (1.0, 0.8), (0.0, 0.8)), 1.0)]
    for stripe in range(0, STRIPES, 2):
        left, right = stripe / STRIPES, (stripe + 1) / STRIPES
        parts.append((((0.04 + left * 0.92, 0.0), (0.04 + right * 0.92, 0.0), (right, 0.8), (left, 0.8)), 1.18))
    parts.append((rect(0.0, 0.8, 1.0, 0.9), 0.88))
    parts += [(((x - 0.015, 0.9), (x + 0.015, 0.9), (x, 1.0)), 0.88) for x in [(i + 0.5) / 40 for i in range(40)]]
    return parts


def _road() -> list[Part]:
    """A stretch of road seen a little from above: the asphalt, a dashed centre line and pale verges."""
    parts: list[Part] = [(((0.05, 0.0), (0.95, 0.0), (1.0, 1.0), (0.0, 1.0)), 1.0),
                         (((0.05, 0.0), (0.09, 0.0), (0.05, 1.0), (0.0, 1.0)), 1.7),
                         (((0.91, 0.0), (0.95, 0.0), (1.0, 1.0), (0.95, 1.0)), 1.7)]
    parts += [(rect(x, 0.46, x + 0.06, 0.54), 2.2) for x in [0.06 + i * 0.11 for i in range(8)]]
    return parts


def _soil() -> list[Part]:
    """A band of soil a plant grows out of: the earth's lit top, its darker body and a few pebbles in it."""
    parts: list[Part] = [(rect(0.0, 0.0, 1.0, 1.0), 0.85), (rect(0.0, 0.0, 1.0, 0.18), 1.1)]
    parts += [(rect(x, y, x + 0.03, y + 0.08), 0.6) for x, y in ((0.12, 0.45), (0.37, 0.7), (0.58, 0.4),
                                                                  (0.81, 0.62), (0.25, 0.82))]
    return parts


def _plinth() -> list[Part]:
    """A plinth or display cube a product stands on: its lit top seen a little from above, a plain front face and
    a shaded side, so a pale block still shows its edges against a pale backdrop."""
    return [(((0.08, 0.0), (1.0, 0.0), (0.92, TOP), (0.0, TOP)), 1.12), (rect(0.0, TOP, 0.92, 1.0), 0.92),
            (((0.92, TOP), (1.0, 0.0), (1.0, 0.9), (0.92, 1.0)), 0.7), (rect(0.0, TOP, 0.92, TOP + 0.015), 0.6)]


FLOORS: dict[str, Sequence[Part]] = {"stage": _stage(), "balcony": _balcony(), "lawn": _lawn(), "plinth": _plinth(),
                                     "road": _road(), "soil": _soil()}
FLOOR_COLORS: dict[str, RGB] = {"stage": (150, 98, 58), "balcony": (206, 200, 188), "lawn": (92, 168, 70),
                                "road": (88, 88, 92), "soil": (118, 84, 56),
                                "plinth": (214, 210, 204)}
