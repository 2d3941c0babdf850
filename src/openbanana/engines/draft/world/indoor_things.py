"""Furniture of rooms the pictogram font lacks, drawn as forms (see forms.py): a bookcase with its rows of books, an
oven with its lit door, the ledge of a windowsill. Prompts name them as what a scene is about ("a cozy reading nook
with a bookshelf", "a baker taking bread out of an oven"); stood in for by a pile of books or a frying pan, the
room read as something else."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from openbanana.engines.draft.world.part_shapes import LIT, Part
from openbanana.engines.draft.world.part_shapes import ellipse as _ellipse
from openbanana.engines.draft.world.part_shapes import rect as _rect
from openbanana.plan import RGB

SPINES = (1.55, 0.55, 1.3, 0.8, 1.7, 0.65, 1.15, 0.45, 1.4, 0.9)  # books' shades, in turn along a shelf
SPINE_HEIGHTS = (0.8, 0.92, 0.7, 0.86, 0.95, 0.75, 0.88)


def _bookcase() -> list[Part]:
    """A tall case: its sides and top, a dark back, four shelves, and on each a row of books of many shades and
    heights (a gap left here and there, as on a shelf in use)."""
    parts: list[Part] = [(_rect(0.0, 0.0, 1.0, 1.0), 0.8), (_rect(0.06, 0.05, 0.94, 0.97), 0.35)]
    shelves = (0.05, 0.28, 0.51, 0.74, 0.97)
    book = 0
    for row, (top, bottom) in enumerate(pairwise(shelves)):
        x = 0.08 + 0.03 * (row % 2)
        while x < 0.9:
            width = 0.055 + 0.02 * (book % 3)
            height = (bottom - top - 0.04) * SPINE_HEIGHTS[book % len(SPINE_HEIGHTS)]
            if book % 9 != 8:  # a gap
                parts.append((_rect(x, bottom - 0.02 - height, min(x + width, 0.92), bottom - 0.02),
                              SPINES[book % len(SPINES)]))
            x += width + 0.008
            book += 1
        parts.append((_rect(0.04, bottom - 0.02, 0.96, bottom + 0.01), 1.15))
    return parts


def _oven() -> list[Part]:
    """A kitchen range seen from the front: the cooktop over a panel of knobs, and a door whose window glows
    with the oven's own light, a bar handle across its top."""
    parts: list[Part] = [(_rect(0.0, 0.0, 1.0, 1.0), 0.95), (_rect(0.0, 0.0, 1.0, 0.06), 0.45),
                         (_rect(0.03, 0.08, 0.97, 0.2), 0.7)]
    parts += [(_ellipse(x, 0.14, 0.035, 0.03), 0.35) for x in (0.18, 0.34, 0.66, 0.82)]
    parts += [(_rect(0.07, 0.26, 0.93, 0.92), 0.82), (_rect(0.16, 0.38, 0.84, 0.82), 0.25),
              (_rect(0.22, 0.46, 0.78, 0.76), LIT), (_rect(0.14, 0.29, 0.86, 0.33), 1.35),
              (_rect(0.02, 0.94, 0.98, 1.0), 0.5)]
    return parts


def _windowsill() -> list[Part]:
    """The ledge under a room's window that a prompt names (a cat asleep on it): its lit top and its front in shade,
    deeper than the window's own trim, so what sits on it has something to sit on."""
    return [(_rect(0.0, 0.0, 1.0, 0.42), 1.12), (_rect(0.01, 0.42, 0.99, 1.0), 0.7)]


def _wainscot() -> list[Part]:
    """A room's own wall named as a thing ("posters on the wall behind him"): its lower run of panelling along the
    floor line, a rail on top, a row of sunk panels and a skirting board, so the wall is drawn, not only painted."""
    parts: list[Part] = [(_rect(0.0, 0.0, 1.0, 1.0), 1.0), (_rect(0.0, 0.0, 1.0, 0.12), 1.18)]
    parts += [(_rect(x + 0.012, 0.22, x + 0.113, 0.76), 0.86) for x in (i / 8 for i in range(8))]
    return [*parts, (_rect(0.0, 0.86, 1.0, 1.0), 0.66)]


INDOOR_THINGS: dict[str, Sequence[Part]] = {"bookcase": _bookcase(), "oven": _oven(), "windowsill": _windowsill(),
                                            "wainscot": _wainscot()}
INDOOR_COLORS: dict[str, RGB] = {"bookcase": (150, 102, 64), "oven": (214, 216, 220), "windowsill": (178, 140, 100),
                                 "wainscot": (196, 170, 136)}
