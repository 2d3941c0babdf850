"""Dish names that hold a second noun: "corn on the cob" is corn (and "a cob of corn", `kept_kinds.SHAPES`).

The clause reading takes each noun of such a name as a thing: "corn on the cob and sausages on a grill" drew a chick
(the nearest pictogram to "cob", a male swan) beside the corn. The second noun of a dish's name is part of the dish,
no thing of its own.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.dropped import without
from openbanana.scene import Entity, Relation

# the name's pattern → the noun in it that names no thing of its own
DISH_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:corn|sweetcorn|maize) on the cobs?\b"), "cob"),
)


def dish_names(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
               prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The entities and relations less the nouns that only complete a dish's name."""
    lowered = prose.lower()
    parts = {noun for name, noun in DISH_NAMES if name.search(lowered)}
    return without(entities, relations, {e.id for e in entities if e.noun in parts})
