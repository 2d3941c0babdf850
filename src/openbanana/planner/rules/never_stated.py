"""Relations the clause parse leaves unstated, read from the finished scene graph and the prose: what a dressed
one does (dressed_doers.py), who moves on or in the water (water_doers.py),
where a place drawn as its things stands (place_sides.py), what
a surface is spread with (spread_with.py), what people hold up (raised_things.py),
what is overhead (overhead.py). Each step is a class of phrase shape, asked once the things are all made."""

from __future__ import annotations

from openbanana.planner.rules.dressed_doers import dressed_doers
from openbanana.planner.rules.overhead import overhead
from openbanana.planner.rules.place_sides import place_sides
from openbanana.planner.rules.raised_things import raised_things
from openbanana.planner.rules.spread_with import spread_with
from openbanana.planner.rules.water_doers import water_doers
from openbanana.scene import Entity, Relation


def never_stated(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the relations each step reads added or given to the right thing."""
    entities, relations = dressed_doers(entities, relations)
    relations = water_doers(entities, relations, prose)  # "zebras wading across a river": in it
    relations = place_sides(entities, relations, prose)  # "a village to the left of the volcano": its houses are
    relations = spread_with(entities, relations, prose)  # "a blanket spread with sandwiches": on the blanket
    entities, relations = raised_things(entities, relations, prose)  # "commuters …, umbrellas up": they hold them
    relations = overhead(entities, relations, prose)  # "a tree on a hill under storm clouds": above the tree
    return entities, relations
