"""What one dressed in a garment does is the wearer's: "a toddler in a pink snowsuit sitting on a sled", "a moon in
striped pajamas lying on a cloud". The clause reader gives a participle right after a phrase to that phrase, so the
snowsuit sat on the sled and the pajamas lay on the cloud while the one in them stood nowhere. A garment never sits,
lies or stands on its own: its place and its doing go to the one who wears it (read "in" or "wearing" it).
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.noun_kinds import usual_kind
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.scene import Entity, Relation

DRESSING = frozenset({"in", "wearing"})
PLACES = frozenset({"on", "in", "under", "behind", "in_front_of", "next_to", "near", "above", "below", "left_of",
                    "right_of", "riding"})  # riding too: "a woman in a headscarf riding on its back"


def is_garment(noun: str) -> bool:
    """A thing one wears as clothes: a listed wearable, or a noun whose usual sense is clothing ("a snowsuit")."""
    return noun in WEARABLES or usual_kind(noun) == "clothing"


def dressed_doers(entities: tuple[Entity, ...],
                  relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each place and doing read of a worn garment given to its wearer instead."""
    by_id = {e.id: e for e in entities}
    wearer = {r.object: r.subject for r in relations if r.predicate in DRESSING and is_garment(by_id[r.object].noun)}
    moved: list[Relation] = []
    for r in relations:
        owner = wearer.get(r.subject)
        if owner is None or r.predicate not in PLACES or r.object == owner:
            moved.append(r)
            continue
        moved.append(Relation(owner, r.predicate, r.object))
    actions = {wearer[e.id]: e.action for e in entities if e.id in wearer and e.action}
    entities = tuple(_acting(e, actions, wearer) for e in entities)
    return entities, tuple(dict.fromkeys(moved))


def _acting(entity: Entity, actions: dict[str, str], wearer: dict[str, str]) -> Entity:
    """The entity with the doing read of its garment, if it has none of its own; a worn garment does nothing."""
    if entity.id in wearer and entity.action:
        return replace(entity, action="")
    if entity.id in actions and not entity.action:
        return replace(entity, action=actions[entity.id])
    return entity
