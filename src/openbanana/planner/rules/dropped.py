"""A scene graph less some of its entities, and every relation to them: one step shared by the readings that find a
named thing is no thing of its own (a vehicle one rides inside, a window's glass)."""

from __future__ import annotations

from collections.abc import Set

from openbanana.scene import Entity, Relation


def without(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
            gone: Set[str]) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The entities not in `gone` (ids), and the relations between those that stay."""
    if not gone:
        return entities, relations
    return (tuple(e for e in entities if e.id not in gone),
            tuple(r for r in relations if r.subject not in gone and r.object not in gone))
