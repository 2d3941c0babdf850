"""What "with … on top" puts a thing on: the top of a pile on or in the host, not the host under the pile.

"A stack of five pancakes on a blue plate with a strawberry on top": "with" follows the plate, but the strawberry
tops the stack; "a wicker basket full of green apples, with two bananas on top": the bananas lie on the apples.
Only several of a thing make a pile: "a laptop on a desk with a lamp on top" keeps the lamp on the desk.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft

PILED = frozenset({"on", "in"})


def top_of(relations: Sequence[tuple[int, str, int]], drafts: Sequence[Draft], hosts: list[int]) -> list[int]:
    """The pile the hosts carry (several of a thing on or in them, the last named), else the hosts themselves."""
    piles = [s for s, predicate, o in relations
             if predicate in PILED and o in hosts and s not in hosts and drafts[s].count > 1]
    return piles[-1:] or hosts
