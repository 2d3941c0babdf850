"""An animal named by the back one rides on: "a police officer on horseback", "a trader on camelback".

The word is one noun the index lacks, so it had been drawn by meaning as the horse-racing pictogram, a second
rider with nobody on the horse. It is the animal, and whoever is "on" it rides it.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.naming import is_creature
from openbanana.scene import Entity, Relation

BACK = "back"


def ridden(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...],
                                                                                   tuple[Relation, ...]]:
    """Each "<animal>back" thing made the animal, and what is on it riding it."""
    mounts = {e.id: _animal(e.noun) for e in entities}
    mounts = {key: animal for key, animal in mounts.items() if animal}
    if not mounts:
        return entities, relations
    entities = tuple(replace(e, noun=mounts[e.id], glyph=pictogram_for(mounts[e.id]), stand_in="")
                     if e.id in mounts else e for e in entities)
    relations = tuple(Relation(r.subject, "riding", r.object) if r.object in mounts and r.predicate == "on" else r
                      for r in relations)
    return entities, relations


def _animal(noun: str) -> str:
    """The animal a "<animal>back" noun names ("horseback" → "horse"), or ""."""
    animal = noun.removesuffix(BACK)
    return animal if noun.endswith(BACK) and animal and is_creature(animal) and pictogram_for(animal) else ""
