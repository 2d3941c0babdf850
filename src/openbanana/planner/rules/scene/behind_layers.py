"""A thing behind a host stays in front of what the host itself stands before: "a vendor behind the stall", the
stall under a canopy. Behind is drawn two layers under the host, and a host drawn in front of its own parent (a
stall under a tent, a chair in front of a fireplace) is only one above it, so the vendor went behind the tent too and
was hidden whole; it now goes between the two, and no further back than that parent (the engine draws far to near
before it looks at the layer)."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Piece


def between(pieces: list[Piece], hosts: list[Piece], beneath: list[Piece]) -> None:
    """Raises the pieces set behind the hosts to just over the host's parent (`beneath`) where they fell under it."""
    if not pieces or not hosts:
        return
    host = min(p.layer for p in hosts)
    under = [p for p in beneath if p.layer < host]
    lowest = min(p.layer for p in pieces)
    if not under or lowest > max(p.layer for p in under):
        return
    lift = (max(p.layer for p in under) + host) / 2 - lowest
    nearest = min(p.depth for p in under)
    for piece in pieces:
        piece.layer += lift
        piece.depth = min(piece.depth, nearest)
