"""Two things one carrier holds go one to each hand: "an old man with a cane … holding a baby" had drawn the baby
at the very spot of the cane, over it, so the cane showed nowhere."""

from __future__ import annotations

from openbanana.geometry import intersection_area
from openbanana.planner.rules.scene.pieces import Piece
from openbanana.planner.rules.vocabulary.actions import WORKING_HELD

SHARED = 0.5  # held things are in one hand when the smaller's box shares at least this much with the other's


def in_both_hands(sets: list[list[Piece]], hosts: list[Piece]) -> None:
    """The second held set, when it would cover the first, mirrored about the carrier's middle to its other hand."""
    if len(sets) < 2 or not hosts or not sets[0] or not sets[1]:
        return
    host, first, second = hosts[0], sets[0][0], sets[1][0]
    if host.entity.action in WORKING_HELD or _shared(first, second) < SHARED:
        return
    for piece in sets[1]:
        piece.x = 2 * host.x - piece.x


def _shared(a: Piece, b: Piece) -> float:
    """How much of the smaller piece's box the other's covers (0 to 1)."""
    area = intersection_area((a.left, a.top, a.right, a.bottom), (b.left, b.top, b.right, b.bottom))
    smaller = min(a.width * a.height, b.width * b.height)
    return area / smaller if smaller > 0 else 0.0
