"""One for each: "nine cupcakes, each with a cherry on top" has nine cherries, one on every cupcake; "three kids,
each holding a balloon" three balloons. The thing after "each" was read as one, so a single cherry sat on the
group."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

# "each with a cherry", "each holding a red balloon", "every one topped with a candle": the words after the article
EACH = re.compile(r"\b(?:each|every one)(?: of them)? (?:[a-z]+ ){1,2}?(?:a|an|one) ((?:[\w-]+ ){0,2}[\w-]+)",
                  re.IGNORECASE)


def each_one(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Entity, ...]:
    """The entities with each thing had "each" counted as the things that have it: the many related to it, else
    the last many read before it."""
    counts: dict[str, int] = {}
    for found in EACH.finditer(prose):
        words = {noun_lemma(w) for w in found.group(1).lower().split()}
        one = next((e for e in entities if e.count == 1 and e.noun.split()[-1] in words), None)
        if one is None:
            continue
        partners = {r.object if r.subject == one.id else r.subject for r in relations if one.id in (r.subject,
                                                                                                      r.object)}
        many = [e for e in entities if e.count > 1 and e.id in partners]
        many = many or [e for e in entities[:entities.index(one)] if e.count > 1]  # read before it, in order
        if many:
            counts[one.id] = many[-1].count
    return tuple(replace(e, count=counts[e.id]) if e.id in counts else e for e in entities)
