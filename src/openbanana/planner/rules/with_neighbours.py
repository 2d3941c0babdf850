"""A side named right after a thing that "with" put on or in a surface is that thing's, not the surface's: "a kitchen
counter with a kettle to the left of a bowl" has the kettle left of the bowl, and the bowl on the counter too. The
surface is what they stand on; read as the surface's side, the counter stood beside the bowl and the kettle's
place was lost. A thing "with" made no surface for ("a hiker with a backpack beside a signpost", "a wizard with a
staff beside a chest") keeps the side its host's.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Predicate

SIDES = frozenset({"left_of", "right_of", "next_to"})


def beside_on_host(list_predicate: str | None, predicate: str, things: Sequence[int], host: Sequence[int],
                   with_made: Sequence[tuple[int, Predicate, int]], partners_lively: bool) -> bool:
    """The side `predicate` that follows the things "with" just put on their `host` is theirs. Not beside a person
    or an animal (`partners_lively`: "a cake with candles beside him" stands beside him), and not for what "with"
    put in a container ("a glass of coffee with a straw beside a croissant"): the container is beside it."""
    if list_predicate != "with" or predicate not in SIDES or not things or set(things) & set(host) or partners_lively:
        return False
    on_host = {s for s, p, o in with_made if p == "on" and o in host}
    return set(things) <= on_host
