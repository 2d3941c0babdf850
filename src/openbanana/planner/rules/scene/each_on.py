"""One on each: as many things on as many hosts ("nine cupcakes, each with a cherry on top") go one to a host. All
the things on a group had gone on its top copy in one row, so nine cherries crowded the first cupcake and the
others had none. A stack or a pile keeps them on its top copy, where they show."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Piece
from openbanana.planner.rules.scene.relations import Link
from openbanana.scene import Arrangement, Entity

HEAPED: frozenset[Arrangement] = frozenset({"stack", "pile"})
ONE_SHARE = 0.45  # the most one thing on each host measures, in the host's heights: a topping, not a second cake


def one_on_each(entities: dict[str, Entity], hosts: list[Piece], links: list[Link],
                arrangement: Arrangement) -> tuple[list[tuple[Piece, Link]], list[Link]]:
    """(each host copy with the link of the thing that goes on it, one pair per copy per such link; the links left
    to go on the top copy): a thing goes one to a host when it counts as many as the host's copies, more than one."""
    if len(hosts) < 2 or arrangement in HEAPED:
        return [], links
    each = [link for link in links if entities[link.child].count == len(hosts)]
    return [(host, link) for link in each for host in hosts], [link for link in links if link not in each]
