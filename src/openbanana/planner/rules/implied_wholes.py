"""A thing named only by its light or by one of its parts is the thing: "reading by candlelight" has a candle, "a
lighthouse beam" a lighthouse, "a fridge door" a fridge. The words had been read as a light (drawn as a flashlight
or a bulb, or not at all) or a door, and the thing the prompt pictures was never made."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.scene import Entity, Relation

# One word for the light a thing gives: the thing.
LIGHT_WORDS = {"candlelight": "candle", "lamplight": "lamp", "firelight": "fire", "torchlight": "torch",
               "lanternlight": "lantern"}
# Heads that name a thing's light or flame, and the things whose light they are ("a lighthouse beam", "a lantern
# glow", "a candle flame"); "a traffic light" or "fairy lights" keep their own names.
LIGHTS = frozenset({"light", "beam", "glow", "flame", "flicker", "gleam"})
SOURCES = frozenset({"candle", "lamp", "lantern", "lighthouse", "torch", "campfire", "bonfire", "fireplace",
                     "flashlight", "oil lamp", "street lamp", "streetlamp"})
# Parts that stand for a whole with a door or a handle of its own: "a fridge door" shows the fridge; "a front
# door", "a barn door" (a door drawn as itself) or "a dog door" keep the door.
PARTS = frozenset({"door", "handle"})
WHOLES = frozenset({"fridge", "refrigerator", "freezer", "oven", "microwave", "dishwasher", "washing machine",
                    "wardrobe", "cupboard", "locker", "car", "van", "taxi"})


def implied_wholes(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each light or part that names its thing made that thing; what held the part stands
    next to the thing (no one holds a fridge)."""
    nouns = {e.noun for e in entities}
    made: dict[str, Entity] = {}
    for entity in entities:
        whole, modifier = _whole(entity)
        if whole and whole not in nouns:
            kept = tuple(m for m in entity.modifiers if m != modifier)
            thing = to_entity(entity.id, Draft(noun=whole, count=entity.count, modifiers=list(kept)))
            made[entity.id] = replace(thing, color=entity.color, color_name=entity.color_name, scale=entity.scale)
            nouns.add(whole)
    if not made:
        return entities, relations
    return tuple(made.get(e.id, e) for e in entities), tuple(_beside(r, made) for r in relations)


def _beside(relation: Relation, made: dict[str, Entity]) -> Relation:
    """A made whole held is beside its holder; a light that was over a place leaves its source beside it ("a
    lighthouse beam sweeping over the sea": the lighthouse stands by the sea, not above it)."""
    held = relation.predicate == "holding" and relation.object in made
    over = relation.predicate == "above" and relation.subject in made
    return Relation(relation.subject, "next_to", relation.object) if held or over else relation


def _whole(entity: Entity) -> tuple[str, str]:
    """(the thing the entity's light or part names, the modifier that named it); ("", "") when none."""
    if entity.noun in LIGHT_WORDS:
        return LIGHT_WORDS[entity.noun], ""
    heads = LIGHTS if entity.noun in LIGHTS else PARTS if entity.noun in PARTS else frozenset()
    wholes = SOURCES if heads is LIGHTS else WHOLES
    named = next((m for m in reversed(entity.modifiers) if m in wholes), "") if heads else ""
    return named, named
