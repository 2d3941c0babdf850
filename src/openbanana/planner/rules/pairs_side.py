"""Two lively things named together stand side by side: "a boy and his grandfather fishing", "an old woman and
her husband sitting together", "a cat and a dog asleep side by side". A pair joined by "and" with an owner's word
("his", "her", "their", "a mother and her little son") or with no determiner at all ("a bride and groom", "Grandpa
and grandson") is a pair of companions, and "together", "side by side", "sharing" or "hand in hand" in the same
clause says so of any pair; either way the two are next to each other, unless the reading related them already.
"""

from __future__ import annotations

import re

from openbanana.planner.pictograms import singular
from openbanana.scene import Entity, Relation

_PAIR = re.compile(r"\b([a-z]+) and ([^.;:]*)")
_TOGETHER = re.compile(r"\b(?:together|side by side|sharing|hand in hand|arm in arm|next to each other)\b")
OWNERS = frozenset({"his", "her", "their", "its"})
DETERMINERS = frozenset({*OWNERS, "a", "an", "the", "two", "three"})
REACH = 3  # the words after the determiner the second noun may be ("her little son", "a teenage granddaughter")


def side_by_side(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str,
                 lively: set[str]) -> tuple[Relation, ...]:
    """`relations` with "A next_to B" for each such pair; `lively`: ids of the people and animals."""
    by_noun = {e.noun: e.id for e in entities if e.id in lively}
    by_noun = {**{noun.split()[-1]: i for noun, i in by_noun.items()}, **by_noun}  # "a polar bear and her cub"
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for match in _PAIR.finditer(prose.lower()):
        first, rest = match.groups()
        words = rest.split(maxsplit=REACH + 1)
        owner = words[0] if words and words[0] in DETERMINERS else ""
        a = by_noun.get(singular(first)) or by_noun.get(first)
        reach = words[1:1 + REACH] if owner else words[:1]  # "bride and groom": the noun right after "and"
        b = next((by_noun.get(singular(w)) or by_noun.get(w) for w in reach
                  if by_noun.get(singular(w)) or by_noun.get(w)), None)
        if a is None or b is None or a == b or frozenset((a, b)) in related:
            continue
        if owner in OWNERS or not owner or _TOGETHER.search(rest):  # "a boy and his dog", "bride and groom"
            added.append(Relation(a, "next_to", b))
            related.add(frozenset((a, b)))
    return (*relations, *added)
