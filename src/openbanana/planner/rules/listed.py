"""Things named one after another share what the words after them say: "a desk with a laptop, a lamp and a mug
on it" puts all three on the desk, not only the mug; and in "a plant to the left of the sofa, a lamp on its
right", the second side is taken from the same thing as the first ("its" is the sofa); a thing "between" two
named things stands right of the first and left of the second, wherever the pair was named. Pure functions over
the relation reader's state: draft ids and (subject, predicate, object) triples."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Predicate

LIST_PLACES = frozenset({"on", "in", "inside"})  # a surface or a container holds the whole list
SIDES = frozenset({"left_of", "right_of"})
LOOK_BACK = 8  # the relations a second side looks back over: the same sentence's, and a bounded cost per phrase


def placed_together(series: Sequence[int], last: Sequence[int], host: Sequence[int], predicate: str) -> list[int]:
    """What a place after a list names: every thing of the list `series` ends with `last`, when the place is a
    surface or a container; otherwise (and for one thing alone) the last phrase only."""
    if predicate not in LIST_PLACES or not set(last) <= set(series):
        return list(last)
    return [i for i in series if i not in host]


def side_anchor(relations: Sequence[tuple[int, str, int]], placed: Sequence[int]) -> list[int]:
    """The thing the last side ("to the left of the sofa") was taken from, when it is not one of the things now
    placed: what a second side ("…, a lamp on its right") is taken from too; empty when no side came before."""
    for subject, predicate, anchor in reversed(relations[-LOOK_BACK:]):
        if predicate in SIDES and subject not in placed and anchor not in placed:
            return [anchor]
    return []


def opposite_anchor(relations: Sequence[tuple[int, str, int]], placed: Sequence[int], side: str) -> list[int]:
    """The thing the last side was taken from, when that side is the opposite of `side`: "a kettle to the left of a
    bowl and a radio on the right" has the radio right of the bowl, not of the kettle; empty otherwise."""
    opposite = {"left_of": "right_of", "right_of": "left_of"}.get(side)
    for subject, predicate, anchor in reversed(relations[-LOOK_BACK:]):
        if predicate in SIDES:
            return [anchor] if predicate == opposite and not {subject, anchor} & set(placed) else []
    return []


def flanked(subjects: Sequence[int], first: Sequence[int], second: Sequence[int]) -> list[tuple[int, Predicate, int]]:
    """"a bench between a lamp post and a bin": right of the first thing named, left of the second."""
    return [*((s, "right_of", f) for s in subjects for f in first if s != f),
            *((s, "left_of", o) for s in subjects for o in second if s != o)]
