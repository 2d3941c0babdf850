"""A place drawn as its things keeps the side the prompt gives it: "a small village to the left of the volcano",
"a fox on a wall with a village behind it", "a campsite below the ridge". places.py draws a village as its houses
and church, but the place word was the setting's, so the side written after it related nothing. Here each thing the
place adds stands where the place was said to: to the side of the thing named ("the volcano"), or of the single
thing named last before the place for "it" (late_pronouns.py reads "it" the same way).
"""

from __future__ import annotations

import re

from openbanana.planner.rules.landmarks import last_said
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.places import PLACE_THINGS
from openbanana.scene import Entity, Predicate, Relation

SIDES: dict[str, Predicate] = {"to the left of": "left_of", "to the right of": "right_of", "left of": "left_of",
                               "right of": "right_of", "behind": "behind", "in front of": "in_front_of",
                               "beside": "next_to", "next to": "next_to", "below": "below", "beneath": "below",
                               "above": "above", "under": "under", "near": "near"}
WORDS = "|".join(sorted(SIDES, key=len, reverse=True))


def place_sides(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """The relations, with each thing a place added placed where a side after the place word puts the place."""
    lowered = prose.lower()
    placed = {r.subject for r in relations}
    added: list[Relation] = []
    for entity in entities:
        place = entity.modifiers[0] if entity.modifiers else ""
        if place not in PLACE_THINGS or entity.noun == place or entity.id in placed:
            continue
        found = re.search(rf"\b{re.escape(place)}\s+({WORDS})\s+(?:(it)|the ((?:[a-z-]+ )?[a-z-]+))\b", lowered)
        other = _other(found, entities, lowered) if found else None
        if found and other is not None and other != entity.id:
            added.append(Relation(entity.id, SIDES[found.group(1)], other))
    return relations + tuple(added)


def _other(found: re.Match[str], entities: tuple[Entity, ...], lowered: str) -> str | None:
    """The thing the side is taken from: the one named ("the volcano"), or for "it" the single thing named last
    before the place word that no place added."""
    if found.group(2):
        said = [(at, e.id) for e in entities if e.count == 1 and not _of_a_place(e)
                and (at := last_said(e, lowered[:found.start()])) >= 0]
        return max(said)[1] if said else None
    words = found.group(3).split()
    return next((e.id for e in entities if not _of_a_place(e) and noun_lemma(e.noun) in
                 (" ".join(words), words[-1], noun_lemma(words[-1]))), None)


def _of_a_place(entity: Entity) -> bool:
    return bool(entity.modifiers) and entity.modifiers[0] in PLACE_THINGS
