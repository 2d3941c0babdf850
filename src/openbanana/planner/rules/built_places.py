"""Built places and heaps a thing is placed by, drawn as a thing as well as the place: "a bike rack to the left of
the library", "a lamppost in front of the bookshop", "a cub sliding down a snowbank".

The setting reader takes such a word for the place the scene is in (a library's room, a snowfield), so the thing
placed by it had nothing to stand by or on and the relation was lost. landmarks.py does this for cliffs, islands and
waters; here a building is a thing where another stands beside, before or behind it (not "in" it: "a cat in a
library" is inside, the room is the place), and a heap of snow where one is on it. Only a word that something draws
becomes a thing (the library by its books, a bookshop as a shop, a snowbank as a snowy peak); a porch or a stage,
which nothing draws, stays the place alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.landmarks import DETERMINERS, HANDLED, landmarks, standing
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.stood_places import stood_places
from openbanana.planner.rules.through_places import through_places
from openbanana.scene import Entity, Predicate, Relation, next_entity_number

SNOWY_PEAK = ("🏔", "snow-capped mountain")
BUILDINGS = frozenset({"library", "bookshop", "bookstore"})  # a building seen from outside, by what stands by it
# a heap of snow a thing is on → what draws it (no stand-in: "sliding down a snowbank" would be held, and the snowy
# ground it gives the scene as a place by meaning would be lost)
HEAPS = {"snowbank": SNOWY_PEAK, "snowdrift": SNOWY_PEAK}
# the words that place a thing by a building, and how it then stands to it
BY_A_BUILDING: tuple[tuple[str, Predicate], ...] = (
    ("to the left of", "left_of"), ("to the right of", "right_of"), ("in front of", "in_front_of"),
    ("outside", "in_front_of"), ("behind", "behind"), ("beside|next to|by", "next_to"),
    ("across from|opposite", "near"))
ON_A_HEAP = r"on top of|on|upon|atop|down|up|onto|across"


def placed_by_places(setting: SettingReader, entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                     prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with every place a thing is placed on, over or by made a thing too: the raised places and
    waters (landmarks.py), the buildings and heaps, then the floors and ridges a thing stands on
    (stood_places.py) and the canyons a thing goes through (through_places.py)."""
    entities, relations = landmarks(setting.places, entities, relations, prose)
    places = [*setting.places, setting.asked_place]
    entities, relations = built_places(places, entities, relations, prose)
    return through_places(*stood_places(places, entities, relations, prose), prose)


def built_places(places: Sequence[str], entities: tuple[Entity, ...],
                 relations: tuple[Relation, ...], prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The scene graph with each building or heap of the setting that a thing is placed by made a thing too, and
    the thing's relation to it."""
    lowered = prose.lower()
    held = {r.object for r in relations if r.predicate in HANDLED}
    nouns = {e.noun for e in entities}
    added: list[Entity] = []
    related: list[Relation] = []
    heaps = [name for name in HEAPS if name in lowered]  # "a snowdrift" may set no place at all
    for name in dict.fromkeys([*places, *heaps]):
        if name in nouns or not (name in BUILDINGS or name in HEAPS):
            continue
        found = _placed_by(name, lowered)
        if found is None:
            continue
        predicate, start = found
        subjects = standing(entities, held, lowered, start)
        if not subjects:
            continue
        thing = to_entity(f"e{next_entity_number((*entities, *added))}", Draft(noun=name))
        if name in HEAPS:
            thing = replace(thing, glyph=HEAPS[name][0], stand_in=HEAPS[name][1])  # a snowbank as a snowy peak
        added.append(thing)
        related += [Relation(s, predicate, added[-1].id) for s in subjects]
        nouns.add(name)
    return entities + tuple(added), relations + tuple(related)


def _placed_by(name: str, lowered: str) -> tuple[Predicate, int] | None:
    """(how the thing stands to the place, where the words that place it start), or None."""
    pairs = BY_A_BUILDING if name in BUILDINGS else ((ON_A_HEAP, "on"),)
    for said, predicate in pairs:
        found = re.search(rf"\b(?:{said}) (?:(?:{DETERMINERS}) )?(?:[a-z-]+ ){{0,2}}?{name}\b", lowered)
        if found:
            return predicate, found.start()
    return None
