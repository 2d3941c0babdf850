"""Predicates the finished graph settles, where the clause-by-clause reading chose another: each rule looks at the
relations already read and the things they join, and changes or adds only what its own shape says.

- plated_food.py: "a toddler eating spaghetti" — the plate is before her, near, not in her hands;
- beneath_places.py: "parked under a palm tree outside a motel" — outside the motel too;
- drawn_on.py: "a star drawn below it" on a chalkboard — on the board;
- held_drinks.py: "curled up on a window seat with a cup of tea" — she holds the cup.
"""

from __future__ import annotations

from openbanana.planner.rules.beneath_places import beneath_places
from openbanana.planner.rules.drawn_on import drawn_on
from openbanana.planner.rules.held_drinks import held_drinks
from openbanana.planner.rules.plated_food import plated_dishes
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Entity, Relation


def settled_predicates(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str,
                       lively: set[str]) -> tuple[Relation, ...]:
    """The relations after each rule above; `lively`: the ids of people and animals."""
    people = {e.id for e in entities if e.id in lively and is_person(e.glyph or "")}
    relations = plated_dishes(entities, relations)
    relations = beneath_places(relations, lively)
    relations = drawn_on(entities, relations, prose)
    return held_drinks(entities, relations, people)
