"""What a list after "with" does, and what "it" is when the list sticks out of a container: "a grocery bag on a
counter with a baguette, leeks and carrots sticking out of it" has all three in the bag. The participle after the
list is said of every thing of it, not of the last one only (read so, the baguette stood beside the counter and the
carrots were in the leeks), and "it" as the object of "in" or "out of" is the clause's first subject when that is
a container and the place it was put is none (a bag, not the counter it is on).
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.held_by_things import holds_as
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Predicate

CONTAINED = frozenset({"in", "inside"})


def listed_doers(series: Sequence[int], last: Sequence[int],
                 with_made: Sequence[tuple[int, Predicate, int]]) -> list[int]:
    """Who may do the participle after the last phrase `last`: the whole list `series` it ends, when "with" named
    the list's first thing; the last phrase alone otherwise."""
    named = {i for s, _, o in with_made for i in (s, o)}
    if len(series) > len(last) and list(series[-len(last):]) == list(last) and series[0] in named:
        return list(series)
    return list(last)


def placed_apart(listed: Sequence[int], relations: Sequence[tuple[int, Predicate, int]],
                 with_made: Sequence[tuple[int, Predicate, int]], predicate: str) -> bool:
    """A thing of the list before its last was given a place of its own, neither what "with" gave the list nor the
    place the participle gives (`predicate`): "with a lemon wedge on the rim and mint leaves floating in it" keeps
    the wedge on the rim, the leaves alone are in the glass."""
    shared = {(p, o) for _, p, o in with_made}
    same = {predicate, "in", "inside"} if predicate in CONTAINED else {predicate}
    return any(r[0] in listed[:-1] and (r[1], r[2]) not in shared and r[1] not in same for r in relations)


def unsaid(relations: list[tuple[int, Predicate, int]], listed: Sequence[int],
           hosts: Sequence[int]) -> list[tuple[int, Predicate, int]]:
    """`relations` without those "with" or a list made between the things `listed` and their `hosts`: the
    participle said of the whole list places them now ("a table with a cat and a dog sleeping under it": not on it)."""
    pairs = {frozenset((a, b)) for a in listed for b in hosts if a != b}
    return [r for r in relations if frozenset((r[0], r[2])) not in pairs]


def container_meant(word: str, pending: str | None, drafts: Sequence[Draft], subject: Sequence[int],
                    earlier: Sequence[int]) -> list[int]:
    """The earlier subject, when "it" is the object of "in" or "out of" and that subject is one container; empty
    otherwise."""
    if word != "it" or pending not in CONTAINED or len(earlier) != 1 or set(earlier) & set(subject):
        return []
    thing = drafts[earlier[0]]
    if thing.person or thing.animal or thing.count != 1 or holds_as(noun_lemma(thing.noun)) != "in":
        return []
    return list(earlier)
