"""A thing named after a comma with "up" or "raised" and no verb ("commuters on a crossing, umbrellas up", "fans in
the stands, scarves raised", "a crowd, phones held high"): the people named before it hold it up. The phrase has no
verb, so the parse left the umbrellas to nobody, or to the verb of the next clause ("umbrellas up, and a taxi
waiting": the umbrellas waited).
"""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.landmarks import last_said
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.scene import Entity, Relation

RAISED = re.compile(r", (?:(?:their|his|her|its|the|two|three|some) )?(?:[a-z-]+ )?([a-z]+) "
                    r"(?:up|raised|aloft|held high|held up|held aloft)(?=[,;.]|$| and\b)")


def raised_things(entities: tuple[Entity, ...],
                  relations: tuple[Relation, ...], prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each thing held up by the people named before it held by them, and doing nothing."""
    lowered = prose.lower()
    for found in RAISED.finditer(lowered):
        named = [e for e in entities if last_said(e, found.group(1)) >= 0 and not _lively(e)]
        people = [(at, e.id) for e in entities if _lively(e) and (at := last_said(e, lowered[:found.start()])) >= 0]
        if len(named) != 1 or not people:
            continue
        thing, holder = named[0], max(people)[1]
        kept = [r for r in relations if thing.id not in (r.subject, r.object)]
        relations = (*kept, Relation(holder, "holding", thing.id))
        entities = tuple(replace(e, action="") if e.id == thing.id else e for e in entities)
    return entities, relations


def _lively(entity: Entity) -> bool:
    return is_person(entity.glyph or "") or entity.noun in ANIMALS
