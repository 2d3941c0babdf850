"""A pot something grows in ("a cactus in a terracotta pot", "a fern in a clay pot on the windowsill") is a flower
pot, drawn as a form (`scene.built_forms`, the engine's `world/pots.py`), what grows in it standing up out of
it. By the nearest pictogram a pot is a cooking pot: the cactus sat in a pot of stew."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.built_forms import PLANTED_POTS
from openbanana.scene import Entity, Relation

PLANT_GLYPHS = frozenset("🌵🌱🌿🌷🌸🌹🌻🌺🪴🍀☘🌼🌾🪻🥀🌳🌲🎋🪷💐")
PLANT_NOUNS = frozenset({"plant", "herb", "herbs", "succulent", "fern", "bonsai", "seedling", "sapling", "flower",
                         "cactus", "orchid", "geranium", "basil", "houseplant", "tomato plant"})


def planted_pots(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Entity, ...]:
    """Each pot a plant is in made glyph-less (the composer draws it as a flower pot); the rest unchanged."""
    plants = {e.id for e in entities if (e.glyph or " ")[0] in PLANT_GLYPHS or e.noun in PLANT_NOUNS}
    nouns = {e.id: e.noun for e in entities}
    pots = {r.object for r in relations
            if r.predicate == "in" and r.subject in plants and nouns.get(r.object) in PLANTED_POTS}
    if not pots:
        return entities
    return tuple(replace(e, glyph=None, stand_in="") if e.id in pots else e for e in entities)
