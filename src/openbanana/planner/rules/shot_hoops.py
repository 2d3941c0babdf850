"""Games named by an idiom draw their ball: "shooting hoops" is playing basketball, so the one who shoots holds a
basketball. The idiom had been read as three hoops no pictogram shows, and no ball was drawn."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.scene import Entity, Relation

# the idiom, the noun it was read as, the ball it names
IDIOMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?:shoot|shoots|shooting|shot) (?:some )?hoops\b"), "hoop", "basketball"),
    (re.compile(r"\b(?:shoot|shoots|shooting|shot) (?:some )?baskets\b"), "basket", "basketball"),
)


def shot_hoops(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the idiom's noun made its ball, held by whoever stood near it."""
    lowered = prose.lower()
    for idiom, read_as, ball in IDIOMS:
        found = next((e for e in entities if e.noun == read_as), None)
        if found is None or not idiom.search(lowered) or any(e.noun == ball for e in entities):
            continue
        made = replace(found, noun=ball, glyph=pictogram_for(ball), count=1, stand_in="")
        entities = tuple(made if e is found else e for e in entities)
        relations = tuple(Relation(r.subject, "holding", r.object) if r.object == found.id and r.predicate == "near"
                          else r for r in relations)
    return entities, relations
