"""Rows of copies placed about one host: before it they stay within its reach, behind it they trail off its side.

In front of one host (two trees in front of a church) every copy overlaps the host's width. Behind one host, a row
had been centred on the host's edge, so the copies on the host's side stood straight behind it and the nearest one
was hidden whole ("eleven ducklings behind their mother" showed ten); the row now starts at the host's edge and
runs away from it, as ducklings follow their mother in a line: the first copy peeks out past the host, every other
one stands clear. Copies that show over a low host's top (children behind a lemonade stand) keep their row along it.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.anchoring import seen_over
from openbanana.planner.rules.scene.arrangements import Spot
from openbanana.planner.rules.scene.pieces import Piece, framed
from openbanana.planner.rules.scene.relations import Link

TUCK = 0.1  # how far the first copy behind a host stands inside its edge, in the copy's widths: it peeks out


def before(host: Piece, spots: list[Spot], width: float) -> list[Spot]:
    """A row in front of one host stays within reach of it: every copy overlaps the host's width."""
    span = max((abs(s.dx) for s in spots), default=0.0) * width
    reach = framed(host).width / 2 + 0.25 * width
    if len(spots) < 2 or span <= reach:
        return spots
    f = reach / span
    return [Spot(s.dx * f, s.dy, s.scale, s.layer, s.depth, s.flip) for s in spots]


def trailing(link: Link, host: Piece, spots: list[Spot], side: float, natural: float, person: bool) -> list[Spot]:
    """The spots of copies placed behind `host` on its `side` (-1 left, 1 right), run out from its edge."""
    if link.how != "behind" or len(spots) < 2 or seen_over(host, natural, person):
        return spots
    start = min(s.dx for s in spots) if side > 0 else max(s.dx for s in spots)
    start += side * TUCK
    return [replace(spot, dx=spot.dx - start) for spot in spots]
