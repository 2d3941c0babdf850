"""A clause opened by "where" right after a thing happens at that thing: "a glass fishbowl where three goldfish
swim" has the goldfish in the bowl, and "a windowsill where sunflowers stand in a tall vase" has the vase on the
sill (the sunflowers' own holder is what stands there). The clause split (clauses.py) reads the "where" clause on
its own, so its things were never tied to the place it names.

Only a place that holds things is filled so: a container for anything, a surface for a thing that is not a person
or an animal ("a desk where a boy does homework" says where he works, not that he is on the desk). A thing the
clause already related to the place keeps what was read.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.centres import HOLDERS, SURFACES
from openbanana.planner.rules.grammar import Item, NounPhrase, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.pair_features import Mention
from openbanana.planner.rules.reading_state import Reading

HELD = frozenset({"in", "inside", "on"})
LEDGES = frozenset({"windowsill", "sill", "shelf", "mantel", "mantelpiece", "ledge"})  # surfaces along a wall
TOPS = SURFACES | LEDGES


def where_placed(items: Sequence[Item], mentions: Sequence[Mention], reading: Reading) -> None:
    """Ties the first subject of each "where" clause (or its holder) to the thing named just before "where"."""
    at = {id(item): i for i, item in enumerate(items)}
    related = {frozenset((s, o)) for s, _, o in reading.relations}
    holders: dict[int, list[int]] = {}  # each thing's holders ("sunflowers in a vase"), looked up once
    for s, predicate, o in reading.relations:
        if predicate in HELD and _kind(reading, o) in HOLDERS:
            holders.setdefault(s, []).append(o)
    for k in range(1, len(mentions)):
        before, after = mentions[k - 1], mentions[k]
        if after.clause == before.clause or not isinstance(before.item, NounPhrase) or len(before.named) != 1:
            continue
        a, b = at.get(id(before.item)), at.get(id(after.item))
        if a is None or b is None or not any(isinstance(t, Token) and t.word == "where" for t in items[a + 1:b]):
            continue
        clause = [m for m in mentions[k:k + 8] if m.clause == after.clause]
        subject = next((m.named for m in clause if isinstance(m.item, NounPhrase) and m.named), ())
        for thing in subject:
            _place(reading, thing, before.named[0], holders.get(thing, []), related)


def _place(reading: Reading, thing: int, place: int, holders: list[int], related: set[frozenset[int]]) -> None:
    """`thing`, or its first holder, in or on `place`, unless one of them is already related to it."""
    kind = _kind(reading, place)
    if kind not in HOLDERS | LEDGES or frozenset((thing, place)) in related:
        return
    placed = holders[0] if holders else thing
    if placed == place or frozenset((placed, place)) in related:
        return
    if kind in TOPS and (reading.drafts[placed].person or reading.drafts[placed].animal):
        return
    reading.relations.append((placed, "on" if kind in TOPS else "in", place))
    related.add(frozenset((placed, place)))


def _kind(reading: Reading, i: int) -> str:
    return noun_lemma(reading.drafts[i].noun.split()[-1])
