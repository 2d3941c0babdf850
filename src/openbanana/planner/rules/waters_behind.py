"""A body of water set after a comma with its own place ("…, a canal behind it", "…, a lake beyond them") stands so
to the clause's first thing. The setting reader takes the water for the place, so its words left "behind it"
without a subject: the parse gave the side to the first thing and "it" to the one before, and the water was made a
thing (named_waters.py) with no place said."""

from __future__ import annotations

import re

from openbanana.planner.rules.named_waters import BODIES
from openbanana.scene import Entity, Predicate, Relation

SIDES: dict[str, Predicate] = {"behind": "behind", "beyond": "behind", "in front of": "in_front_of",
                               "below": "below", "beside": "next_to", "next to": "next_to"}
SET_APART = re.compile(r",\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(BODIES) + r")\s+("
                       + "|".join(SIDES) + r")\s+(?:it|them)\b")


def waters_set_apart(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                     prose: str) -> tuple[Relation, ...]:
    """The relations with each such water placed by the first thing, and the side the parse gave that thing in
    its stead dropped (unless the prompt says it of the thing itself)."""
    lowered = prose.lower()
    for found in SET_APART.finditer(lowered):
        water = next((e for e in entities if e.noun == found.group(1)), None)
        first = next((e for e in entities if e is not water), None)
        if water is None or first is None:
            continue
        side = SIDES[found.group(2)]
        nouns = {e.id: e.noun for e in entities}
        relations = tuple(r for r in relations if not (
            r.subject == first.id and r.predicate == side and r.object != water.id
            and not re.search(rf"\b{found.group(2)} (?:a|an|the|its|his|her|their) (?:[a-z-]+ )?{nouns[r.object]}",
                              lowered)))
        relations = (*relations, Relation(water.id, side, first.id))
    return tuple(dict.fromkeys(relations))
