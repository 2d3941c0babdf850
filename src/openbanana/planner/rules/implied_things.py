"""Things a prompt implies without naming them as things: the whole a light or a part stands for (implied_wholes), a
doer's gear (doers_gear), the man and the woman of a couple of a said age (aged_couples), the fish a bowl is named by
(named_bowls), a person named only as an owner (possessors), the vehicle of a car window and the window of a window
seat (window_compounds), the tool of a doing (used_tools), a stand by its table (stand_tables), and one thing for
each of many (each_one). One step of the scene reading, after the players' instruments are made."""

from __future__ import annotations

from openbanana.planner.rules.aged_couples import aged_couples
from openbanana.planner.rules.doers_gear import doers_gear
from openbanana.planner.rules.each_one import each_one
from openbanana.planner.rules.implied_wholes import implied_wholes
from openbanana.planner.rules.named_bowls import named_bowls
from openbanana.planner.rules.possessors import possessors
from openbanana.planner.rules.stand_tables import stand_tables
from openbanana.planner.rules.used_tools import used_tools
from openbanana.planner.rules.window_compounds import window_compounds
from openbanana.scene import Entity, Relation


def implied_things(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the implied things made, related and counted."""
    entities, relations = named_bowls(*aged_couples(*implied_wholes(*possessors(entities, relations, prose))))
    entities, relations = window_compounds(entities, relations)  # "a car window": the car
    entities, relations = used_tools(*doers_gear(entities, relations), prose)
    entities, relations = stand_tables(entities, relations, prose)  # "cups on the table" of a stand: on the stand
    return each_one(entities, relations, prose), relations
