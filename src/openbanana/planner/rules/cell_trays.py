"""Trays made of cells, one thing to a cell: "a muffin tin holding six muffins", "a cupcake tray with twelve
cupcakes", "an ice cube tray". What such a tray holds or has on it is a counted group laid out as a grid in it, not
a row beside it, nor a thing the tray holds as a person holds a cup."""

from __future__ import annotations

from dataclasses import replace

from openbanana.scene import Entity, Relation

CELL_TRAYS = frozenset({"muffin tin", "muffin pan", "muffin tray", "cupcake tin", "cupcake tray", "cupcake pan",
                        "ice cube tray", "ice tray"})  # an egg carton has its own drawn form
TOUCHING = frozenset({"holding", "in", "on", "near", "next_to"})  # a tray's contents as the reading may relate them


def cell_trays(entities: tuple[Entity, ...],
               relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each group a cell tray holds in it as a grid (an arrangement said stays)."""
    trays = {e.id for e in entities if _tray(e)}
    counted = {e.id for e in entities if e.count > 1 and e.id not in trays}
    filled: dict[str, str] = {}  # group → tray
    for r in relations:
        for group, tray in ((r.object, r.subject), (r.subject, r.object)):
            if r.predicate in TOUCHING and tray in trays and group in counted:
                filled.setdefault(group, tray)
    if not filled:
        return entities, relations
    entities = tuple(replace(e, arrangement="grid") if e.id in filled and e.arrangement == "auto" else e
                     for e in entities)
    kept = tuple(r for r in relations if not ({r.subject, r.object} <= {*filled, *filled.values()}
                                              and r.predicate in TOUCHING))
    return entities, tuple(dict.fromkeys((*kept, *(Relation(g, "in", t) for g, t in filled.items()))))


def _tray(entity: Entity) -> bool:
    return entity.noun in CELL_TRAYS or any(f"{m} {entity.noun}" in CELL_TRAYS for m in entity.modifiers)
