"""What stands in a puddle keeps its own size.

A table top or a plate is a surface of its own height, so what is on it is fitted to its width; a puddle is the
ground itself, only wet, and kids splashing in a puddle were drawn a fifth of their height to fit across it. In a
puddle the row keeps its natural size and the puddle spreads under all of it. (A rug is left fitted: it lies in a
room whose window and wall give the scale, and toddlers at their own size on a small rug towered over them.)
"""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Piece

PATCHES = frozenset({"puddle"})  # forms that lie flat on open ground: what stands on them keeps its size
PAST = 1.15  # how far a patch reaches past the outermost thing on it, in that half-width


def row_fit(host: Piece, width: float, total: float) -> tuple[float, float]:
    """How much a row `total` wide is scaled to stand on the host's surface `width` wide (never grown; not at all
    on a patch), and where the scaled row begins, centred on the host."""
    fit = 1.0 if host.kind.form in PATCHES else min(1.0, width / max(total, 1e-6))
    return fit, host.x - total * fit / 2


def spread_under(host: Piece, pieces: list[Piece]) -> list[Piece]:
    """A patch widened (about its middle, its height kept) to reach a little past the outermost of what stands on
    it, so all of them stand in the puddle, not the middle one alone."""
    if host.kind.form in PATCHES and pieces:
        reach = max(max(host.x - p.left, p.right - host.x) for p in pieces) * 2 * PAST
        host.aspect = max(host.aspect, reach / host.height)
    return pieces
