"""What a person works on at a table lies on it: "typing on a laptop at a kitchen table", "baking cookies at a
floury counter" — the reading puts the person at the table and near the laptop or the cookies, and relates the
laptop to nothing, so the composer could set it anywhere; it lies on the table the person is at.

Only what the person is near (used, not held: a cup held stays in the hand), never a person or an animal, a piece of
furniture or a thing already on or in something; and only for a person at the table, not one put on or in some
other thing (a ladder, a stage, a wall) than a seat.
"""

from __future__ import annotations

from openbanana.planner.rules.scene.kinds import furniture_form
from openbanana.planner.rules.vocabulary.relation_words import FURNISHINGS, TABLES
from openbanana.scene import Entity, Relation

PUT = frozenset({"on", "in", "inside", "under", "holding", "wearing", "riding"})  # the thing has a place already


def on_the_table(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 lively: set[str]) -> tuple[Relation, ...]:
    """The relations, with each thing a person at a table works on placed on that table; `lively`: the ids of the
    people and animals."""
    nouns = {e.id: e.noun for e in entities}
    away = {r.subject for r in relations if r.predicate in ("on", "in") and nouns[r.object].split()[-1] not in
            FURNISHINGS}  # up a ladder, on a stage: what they are near is not at a table
    tables = {r.subject: r.object for r in relations if r.subject in lively and r.subject not in away
              and r.predicate in ("near", "next_to") and nouns[r.object].split()[-1] in TABLES}
    placed = {r.object if r.predicate in ("holding", "wearing") else r.subject for r in relations if r.predicate in PUT}
    added: list[Relation] = []
    for r in relations:
        table = tables.get(r.subject)
        thing = r.object
        if table is None or r.predicate != "near" or thing == table or thing in lively or thing in placed \
                or furniture_form(nouns[thing]) is not None or nouns[thing].split()[-1] in FURNISHINGS:
            continue
        added.append(Relation(thing, "on", table))
        placed.add(thing)
    return relations + tuple(added)
