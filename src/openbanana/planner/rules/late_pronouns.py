"""A place pronoun after a thing the clause reader took for the scene's place: "a cloud above a mountain and a lake
below it", "a castle on a hill and a river below it". The parse read the lake as the ground, so its "below it" was
said of nothing; once a later step makes the lake a thing of the picture (named_waters.py, landmarks.py), the
pronoun is the last single thing named before it (the mountain, the hill), as it is for any thing the parse read.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from openbanana.planner.rules.landmarks import last_said
from openbanana.scene import Entity, Predicate, Relation

PLACE_WORDS: dict[str, Predicate] = {"below": "below", "beneath": "below", "underneath": "below", "under": "under",
                                     "above": "above", "over": "above", "behind": "behind", "beside": "next_to",
                                     "next to": "next_to", "in front of": "in_front_of"}
WORDS = "|".join(sorted(PLACE_WORDS, key=len, reverse=True))


def late_pronouns(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str,
                  parsed: Collection[str]) -> tuple[Relation, ...]:
    """`relations` and, for each thing no parse read (`parsed`: the ids the parse made) that a place word with
    "it" follows and that stands nowhere yet, its place relative to the single thing named last before it."""
    lowered = prose.lower()
    placed = {r.subject for r in relations}
    added: list[Relation] = []
    for entity in entities:
        if entity.id in parsed or entity.id in placed:
            continue
        noun = re.escape(entity.noun.split()[-1])
        found = re.search(rf"\b{noun}s?\s+(?:[a-z]+ing\s+)?({WORDS})\s+it\b", lowered)
        if found is None:
            continue
        said = [(at, e.id) for e in entities if e.id != entity.id and e.count == 1
                and (at := last_said(e, lowered[:found.start()])) >= 0]
        if said:
            added.append(Relation(entity.id, PLACE_WORDS[found.group(1)], max(said)[1]))
    return relations + tuple(added)
