"""A canyon or a gorge a thing goes through or stands in, drawn as a thing as well as the place: "a freight train
winding through a red rock canyon", "a river running down a deep gorge".

The setting reader takes the word for the scene's place (stone ground, mountains behind), which it also is, so the
canyon asked for was not in the picture and what went through it was in nothing. Here it is also an entity, drawn by
the national park's pictogram (a valley between rock walls, which the thoughts say stands in), and the thing in it —
after a verb the clause's first thing, else the one named last before it (landmarks.standing) — is in it."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import DETERMINERS, HANDLED, standing
from openbanana.scene import Entity, Relation, next_entity_number

VALLEY = ("🏞", "national park")
CUT = r"canyon|gorge|ravine"
THROUGH = re.compile(rf"\b(?:through|into|down|along|across|in|inside|within|deep in) (?:(?:{DETERMINERS}) )?"
                     rf"((?:[a-z-]+ ){{0,3}}?)({CUT})s?\b(?! (?:floor|wall|edge|rim|road|trail|path)s?\b)")


def through_places(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                   prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the canyon a thing goes through made a thing, the thing in it."""
    lowered = prose.lower()
    found = THROUGH.search(lowered)
    if found is None or any(e.noun == found.group(2) for e in entities):
        return entities, relations
    held = {r.object for r in relations if r.predicate in HANDLED}
    inside = standing(entities, held, lowered, found.start())
    if not inside:
        return entities, relations
    cut = to_entity(f"e{next_entity_number(entities)}", Draft(noun=found.group(2), modifiers=found.group(1).split()))
    cut = replace(cut, glyph=VALLEY[0], stand_in=VALLEY[1])
    return (*entities, cut), relations + tuple(Relation(i, "in", cut.id) for i in inside)
