"""A list of different things put "in a row" or "in a line" stands in the order it was written: "a house, a bell
and a gear in a row" has the house left of the bell and the bell left of the gear, as "from left to right" says.
Read as a row arrangement alone, each thing was one of a kind and the row said nothing of their order; a counted
group ("eight pencils in a row") keeps its row arrangement and no order, and "side by side" only puts two beside
each other.

The row words belong to the counted group they follow when what the clause is about is one thing: "a shelf with
three jars in a row" lines up the jars, not the shelf."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Arrangement

ORDERED_ROWS = frozenset({"in a row", "in a line"})  # what else makes a row ("lined up", "side by side") is no order


def arranged_things(subject: Sequence[int], last: Sequence[int], right_after: bool,
                    drafts: Sequence[Draft]) -> Sequence[int]:
    """What the arrangement words lay out: the group named just before them when it is counted and the subject is
    not (a group is laid out, one thing is not), else the subject (or, with none, that group)."""
    counted = right_after and bool(last) and all(drafts[i].count > 1 for i in last)
    if counted and not any(drafts[i].count > 1 for i in subject):
        return last
    return subject or last


def arranged(arrangement: Arrangement, word: str, things: Sequence[int], series: Sequence[int],
             drafts: Sequence[Draft]) -> list[tuple[int, int]]:
    """Gives `things` the `arrangement`, and returns the (left, right) pairs the row words `word` put in order: each
    thing of the listed `series` left of the next, when all of them are the things arranged and not all alike."""
    for i in things:
        drafts[i].arrangement = arrangement
    listed = len(series) > 1 and set(series) <= set(things) and len({noun_lemma(drafts[i].noun) for i in series}) > 1
    return list(pairwise(series)) if word in ORDERED_ROWS and listed else []
