"""What a verb of riding names without its noun: "a boy cycling down a hill" rides a bicycle. The verb was read as
the person's action and the bicycle was never made, so nothing was ridden; the person now rides one, which the
rider's pictogram shows (the composer's cyclist)."""

from __future__ import annotations

from openbanana.planner.pictograms import pictogram_for
from openbanana.scene import Entity, Relation, next_entity_number

# Not "skateboarding" (the engine draws the board under the skater's feet; a skateboard of its own was a second
# board beside him) nor "snowboarding" (no subject would show the board).
RIDDEN_BY = {"cycling": "bicycle", "biking": "bicycle", "bicycling": "bicycle"}


def ridden_by_action(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with a ridden thing for each person whose action is riding one, where none is named."""
    nouns = {e.noun for e in entities}
    riding = {r.subject for r in relations if r.predicate == "riding"}
    added: list[Entity] = []
    related: list[Relation] = []
    for rider in entities:
        thing = RIDDEN_BY.get(rider.action, "")
        if not thing or thing in nouns or rider.id in riding:
            continue
        number = next_entity_number((*entities, *added))
        added.append(Entity(id=f"e{number}", noun=thing, glyph=pictogram_for(thing), count=rider.count))
        related.append(Relation(rider.id, "riding", added[-1].id))
        nouns.add(thing)
    return entities + tuple(added), relations + tuple(related)
