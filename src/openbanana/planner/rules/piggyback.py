"""A ride given on someone's back: "a brother giving his little sister a piggyback ride", "a dad giving his son a
shoulder ride". The one given the ride is on the giver, and the ride is no thing: read word for word, the giver
held a "piggyback ride" and the sister only stood near him.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

RIDES = ("piggyback", "shoulder")
GIVEN = re.compile(r"\b(?:giv\w*|gave)\s+(?:(?:his|her|their|a|an|the|its)\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
                   rf"an?\s+(?:{'|'.join(RIDES)})\s+ride\b")


def piggyback(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
              prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with a ride given on the back made the rider on the giver, and the ride no entity."""
    found = GIVEN.search(prose.lower())
    rides = [e for e in entities if e.noun.split()[0] in RIDES or set(e.modifiers) & set(RIDES)]
    if found is None or len(rides) != 1:
        return entities, relations
    ride = rides[0].id
    givers = [r.subject for r in relations if r.object == ride and r.subject != ride]
    riders = [e.id for e in entities if noun_lemma(e.noun) == noun_lemma(found.group(1)) and e.id not in givers]
    if len(givers) != 1 or len(riders) != 1:
        return entities, relations
    pair = {givers[0], riders[0]}
    kept = tuple(r for r in relations if ride not in (r.subject, r.object) and {r.subject, r.object} != pair)
    return (tuple(e for e in entities if e.id != ride),
            (*kept, Relation(riders[0], "on", givers[0])))
