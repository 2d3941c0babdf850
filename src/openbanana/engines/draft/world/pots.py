"""A plant's pot, which the pictogram font lacks (see forms.py): a tapered terracotta pot with a lip, what grows
in it sinking behind the rim. Stood in for by the nearest pictogram, "a cactus in a terracotta pot" was a cactus
in a pot of stew."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, ellipse, rect
from openbanana.plan import RGB


def _flower_pot() -> list[Part]:
    """The body narrowing to its foot, a thicker lip round the top in light, dark soil seen over the back rim, and a
    band of shade under the lip."""
    body: Part = (((0.1, 0.2), (0.9, 0.2), (0.78, 1.0), (0.22, 1.0)), 1.0)
    return [(ellipse(0.5, 0.06, 0.46, 0.06), 0.35), body, (rect(0.04, 0.04, 0.96, 0.22), 1.15),
            (((0.1, 0.22), (0.9, 0.22), (0.89, 0.28), (0.11, 0.28)), 0.72),
            (((0.62, 0.3), (0.84, 0.3), (0.77, 0.98), (0.6, 0.98)), 0.86)]


POTS: dict[str, Sequence[Part]] = {"flower pot": _flower_pot()}
POT_COLORS: dict[str, RGB] = {"flower pot": (196, 104, 66)}  # terracotta
