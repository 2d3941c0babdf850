"""A cloth laid flat (a tablecloth, a napkin, a linen or silk cloth under a product), which the pictogram font lacks
(see forms.py): its top seen a little from above, a hem along the front edge and soft folds where it hangs. As the
nearest pictogram by name it had been a blouse or a scarf, and as a rug it read as a carpet on the table."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.world.part_shapes import Part, rect
from openbanana.plan import RGB

FOLDS = 5  # soft folds along the hanging front


def _cloth() -> list[Part]:
    """The lit top as a shallow trapezoid, the front hanging down in shade with lighter folds, a darker hem."""
    parts: list[Part] = [(((0.05, 0.0), (0.95, 0.0), (1.0, 0.62), (0.0, 0.62)), 1.08),
                         (rect(0.0, 0.62, 1.0, 1.0), 0.84)]
    for fold in range(FOLDS):
        x = (fold + 0.5) / FOLDS
        parts.append((((x - 0.035, 0.62), (x + 0.035, 0.62), (x + 0.02, 0.97), (x - 0.02, 0.97)), 0.94))
    parts.append((rect(0.0, 0.92, 1.0, 1.0), 0.72))
    return parts


CLOTHS: dict[str, Sequence[Part]] = {"cloth": _cloth()}
CLOTH_COLORS: dict[str, RGB] = {"cloth": (236, 228, 212)}  # undyed linen
