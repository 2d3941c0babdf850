"""A toy is drawn at a toy's size: "a toy train", "a plush rabbit", "a rocking horse" had been drawn as the real
thing at its real size (a playroom with a bullet train and a galloping horse as big as the room's furniture). The
toy keeps its pictogram and is scaled to about a toy's height, unless the prompt gave it a size of its own."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.kinds import drawn_size, kind_of
from openbanana.scene import Entity

TOY_WORDS = frozenset({"toy", "plush", "stuffed", "wind-up", "clockwork", "model"})
TOY_KINDS = {"rocking": frozenset({"horse", "pony", "unicorn"})}  # a rocking horse is a toy, a rocking chair none
TOY_HEIGHT = 0.45  # a toy's height in world units (a person is about 1.7): knee-high at most


def toy_sized(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Each toy whose size the prompt left alone, scaled to a toy's drawn height (never larger than it was)."""
    out: list[Entity] = []
    for entity in entities:
        if entity.scale == 1.0 and _toy(entity):
            natural = drawn_size(kind_of(entity).size)
            if natural > drawn_size(TOY_HEIGHT):
                entity = replace(entity, scale=round(drawn_size(TOY_HEIGHT) / natural, 3))
        out.append(entity)
    return tuple(out)


def _toy(entity: Entity) -> bool:
    return bool(TOY_WORDS & set(entity.modifiers)) or any(
        word in entity.modifiers and entity.noun in nouns for word, nouns in TOY_KINDS.items())
