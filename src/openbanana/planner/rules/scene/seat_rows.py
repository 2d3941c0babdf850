"""People seated side by side on one seat (a sofa, a bench) sit shoulder to shoulder: a row spaced as walkers are
left so little of the seat to each that a family of four on a sofa was scaled down to four specks."""

from __future__ import annotations

from dataclasses import replace

from openbanana.imaging.people import is_seat, sits_on
from openbanana.planner.rules.scene.arrangements import Spot
from openbanana.planner.rules.scene.pieces import Piece

SHOULDER = 0.75  # the spacing of seated figures, as a share of the row's own (their arms and coats overlap)


def seated_row(action: str, host: Piece) -> bool:
    """Whether figures put on this host sit on it as on a seat: a child on a dad's shoulders or two people on a
    wall are no row on a sofa, and kept the width and spacing they had."""
    return is_seat(host.kind.form, host.glyph) and sits_on(action, host.kind.form, host.glyph)


def shoulder_to_shoulder(spots: list[Spot]) -> list[Spot]:
    """The copies drawn closer about the row's middle; a lone sitter stays where it is."""
    if len(spots) < 2:
        return spots
    middle = (min(s.dx for s in spots) + max(s.dx for s in spots)) / 2
    return [replace(s, dx=middle + (s.dx - middle) * SHOULDER) for s in spots]


def before_the_seat(pieces: list[Piece], hosts: list[Piece], seats: list[Piece]) -> None:
    """What stands in front of people seated on a seat stands on the floor before the seat, not at their seat's
    height: a TV in front of a family on a sofa was drawn over two of them."""
    sitters = [p for p in hosts if p.pose == "sitting"]
    if not pieces or not sitters or not seats:
        return
    drop = max(p.bottom for p in seats) - max(p.bottom for p in sitters)
    for piece in pieces if drop > 0 else ():
        piece.bottom += drop
