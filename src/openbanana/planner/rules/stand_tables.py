"""The table of a stand is its counter: "a lemonade stand run by two kids, a pitcher and paper cups on the table" puts
the cups on the stand. Read as a second thing, the table stood apart from the stand (drawn as a counter under an
awning), and what is on "the table" was not on the stand. Only "the table", the one already there, is the stand's; "a
table beside the stand" is a table of its own."""

from __future__ import annotations

import re

from openbanana.planner.rules.scene.kinds import STALLS
from openbanana.scene import Entity, Relation

THE_TABLE = re.compile(r"\bthe (?:little |small |wooden |folding )?table\b")


def stand_tables(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with a stand's table taken as the stand (its relations moved to it); unchanged otherwise."""
    stand = next((e for e in entities if e.noun in STALLS), None)
    tables = [e for e in entities if e.noun == "table"]
    if stand is None or len(tables) != 1 or not THE_TABLE.search(prose.lower()):
        return entities, relations
    table = tables[0].id
    moved = [Relation(stand.id if r.subject == table else r.subject, r.predicate,
                      stand.id if r.object == table else r.object) for r in relations]
    return (tuple(e for e in entities if e.id != table),
            tuple(dict.fromkeys(r for r in moved if r.subject != r.object)))
