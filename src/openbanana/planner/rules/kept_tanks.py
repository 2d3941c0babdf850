"""An aquarium named as a thing is a fish tank in a room, with the creatures in it: "an aquarium with three
goldfish", "two angelfish in a small aquarium". The word had only set the scene under water, so no tank was drawn
and what swam was in nothing (and on the shelf the tank stands on). A visit ("a family at the aquarium", "sharks
in the aquarium") keeps the place. A fish kept in a bowl ("a goldfish in a round bowl") is in a room too: the
bowl stands indoors, though no room is named."""

from __future__ import annotations

import re

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity, Relation, next_entity_number

AQUARIUM = "aquarium"
TANK = "fish tank"  # the name the engine has a glass tank's form for
# "in an aquarium", "inside her aquarium", "an aquarium with…", "an aquarium full of…": one tank, not a visit
TANK_SAID = re.compile(r"\b(?:(?:in|inside|into) (?:an|a|its|his|her|their|my|our|your)|an) (?:[a-z-]+ ){0,2}?"
                       r"aquarium\b")
# what lives in a tank: fish, crabs, shrimps, snails, turtles, octopuses, jellyfish, frogs
SWIMMERS = frozenset("🐠🐟🐡🦈🦀🦞🦐🐙🦑🪼🐢🐌🐸🦭🐬🐳🐋")
BOWLS = frozenset({"bowl", "fishbowl", "fish bowl", "goldfish bowl", "glass bowl", "jar", "tank"})


def kept_tanks(setting: SettingReader, entities: tuple[Entity, ...], relations: tuple[Relation, ...],
               prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with the tank added and what swims put in it; the setting a room (changed in place)."""
    _bowl_in_a_room(setting, entities, relations)
    if AQUARIUM not in setting.places or TANK_SAID.search(prose.lower()) is None \
            or any(e.noun in (AQUARIUM, TANK) for e in entities):
        return entities, relations
    tank = Entity(id=f"e{next_entity_number(entities)}", noun=TANK, glyph=None, modifiers=(AQUARIUM,))
    swimmers = [e.id for e in entities if (e.glyph or " ")[0] in SWIMMERS]
    kept = [name for name in setting.places if name != AQUARIUM]
    setting.place, setting.places = None, []
    for name in kept:
        setting.add_place(PLACES[name])
    setting.add_surface("floor")  # a tank stands in a room
    # what the fish were "on" (the aquarium was no thing, so its place went to them) is what the tank stands on
    moved = tuple(Relation(tank.id, "on", r.object) if r.predicate == "on" and r.subject in swimmers
                  and r.object not in swimmers else r for r in relations)
    return (*entities, tank), tuple(dict.fromkeys(moved + tuple(Relation(s, "in", tank.id) for s in swimmers)))


def _bowl_in_a_room(setting: SettingReader, entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> None:
    """A fish in a bowl with no place named: the bowl stands in a room (changed in place)."""
    if setting.place is not None or setting.surface is not None or setting.implied is not None:
        return
    by_id = {e.id: e for e in entities}
    kept = any(r.predicate == "in" and r.subject in by_id and r.object in by_id
               and (by_id[r.subject].glyph or " ")[0] in SWIMMERS and by_id[r.object].noun in BOWLS
               for r in relations)
    if kept:
        setting.add_surface("floor")
