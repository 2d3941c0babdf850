"""Two lively things named together stand side by side: "a boy and his grandfather fishing", "an old woman and
her husband sitting together", "a cat and a dog asleep side by side". A pair joined by "and" with an owner's word
("his", "her", "their") is a pair of companions, and "together" or "side by side" in the same clause says so of any
pair; either way the two are next to each other, unless the reading related them already.
"""

from __future__ import annotations

import re

from openbanana.planner.pictograms import singular
from openbanana.scene import Entity, Relation

_PAIR = re.compile(r"\b([a-z]+) and (his|her|their|its|a|an|the|two|three) (?:[a-z-]+ ){0,2}?([a-z]+)\b([^.;:]*)")
_TOGETHER = re.compile(r"\b(?:together|side by side)\b")
OWNERS = frozenset({"his", "her", "their", "its"})


def side_by_side(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str,
                 lively: set[str]) -> tuple[Relation, ...]:
    """`relations` with "A next_to B" for each such pair; `lively`: ids of the people and animals."""
    by_noun = {e.noun: e.id for e in entities if e.id in lively}
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for match in _PAIR.finditer(prose.lower()):
        first, word, second, rest = match.groups()
        a, b = by_noun.get(singular(first)) or by_noun.get(first), by_noun.get(singular(second)) or by_noun.get(
            second)
        if a is None or b is None or a == b or frozenset((a, b)) in related:
            continue
        if word in OWNERS or _TOGETHER.search(rest):
            added.append(Relation(a, "next_to", b))
            related.add(frozenset((a, b)))
    return (*relations, *added)
