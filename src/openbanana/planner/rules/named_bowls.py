"""A bowl named by an animal is a bowl: "a goldfish bowl on a desk" is a fishbowl with a goldfish in it, "a dog
bowl" the dog's bowl. The compound was read as one thing and drawn as the animal alone, so the bowl asked for was
missing (and what stood beside it stood beside a fish or a dog). Here the bowl keeps the compound's place and
relations, drawn as a fishbowl for a fish, else as a bowl; a fish is made in its bowl, unless the prompt names the
fish itself or says the bowl is empty. A pet's bowl holds its food, never the pet."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.kept_tanks import SWIMMERS
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.scene import Entity, Relation, next_entity_number

FISHBOWL = "fishbowl"
NAMED = re.compile(r"^([a-z]+) (?:bowl|globe)$")  # "goldfish bowl", "betta bowl"
EMPTY = frozenset({"empty", "dry", "cracked"})


def named_bowls(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[
        tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each bowl named by an animal drawn as a bowl, a fish's with that fish in it."""
    nouns = {e.noun for e in entities}
    for bowl in list(entities):
        found = NAMED.match(bowl.noun)
        fish = to_entity("", Draft(noun=found.group(1))) if found else None
        if found is None or fish is None or not (found.group(1) in ANIMALS or (fish.glyph or " ")[0] in SWIMMERS):
            continue
        kept = (fish.glyph or " ")[0] in SWIMMERS
        vessel = to_entity(bowl.id, Draft(noun=FISHBOWL if kept else "bowl", color=bowl.color, scale=bowl.scale,
                                          modifiers=[*bowl.modifiers, *([] if kept else [found.group(1)])],
                                          color_name=bowl.color_name))
        entities = tuple(vessel if e.id == bowl.id else e for e in entities)
        if not kept or fish.noun in nouns or EMPTY & set(bowl.modifiers):
            continue
        fish = replace(fish, id=f"e{next_entity_number(entities)}")
        entities += (fish,)
        relations += (Relation(fish.id, "in", bowl.id),)
    return entities, relations
