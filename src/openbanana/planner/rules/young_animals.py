"""Young animals and mothers named by their kin: "an elephant spraying her calf" is a young elephant, not a cow;
"a polar bear and her two cubs" white cubs, not brown ones; "a baby elephant following its mother" an elephant,
not a woman. The words name the young of many kinds; the animal named with them says which."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.scene import Entity

# Young of several kinds, each drawn by default as one kind's pictogram (a calf as a cow, a cub as a brown bear).
YOUNG_OF_MANY = frozenset({"calf", "cub", "pup", "foal", "baby", "young", "youngster", "offspring"})
PARENTS = frozenset({"mother", "mom", "mum", "mama", "mommy", "father", "dad", "papa", "parent", "parents"})
_KIN = re.compile(r"\b(?:its|her|his|their)\s+(?:own\s+)?(?:mother|mom|mum|mama|mommy|father|dad|papa|parents?)\b",
                  re.IGNORECASE)
_APPOSED = re.compile(r"\b(?:mother|mom|mum|mama|father|dad|parent)\s*,\s*(?:a|an|the)\b", re.IGNORECASE)  # named twice


def of_their_kind(entities: tuple[Entity, ...], animals: Collection[str], prose: str) -> tuple[Entity, ...]:
    """Young named after an animal take its pictogram and colour (at their young size); a parent named as "its
    mother" beside an animal and no other person is that animal. `animals`: the ids of the animals read."""
    grown = [e for e in entities if (e.id in animals or e.stand_in in ANIMALS) and e.noun not in YOUNG_OF_MANY
             and e.noun not in PARENTS and e.glyph]  # "a lioness": drawn as the lion it stands in for
    out = list(entities)
    for index, entity in enumerate(entities):
        kind = next((w for w in entity.modifiers if w in ANIMALS and pictogram_for(w)), "")  # "a wolf pup"
        if entity.noun in YOUNG_OF_MANY and kind:
            out[index] = replace(entity, glyph=pictogram_for(kind), stand_in=kind)
        elif entity.noun in YOUNG_OF_MANY and entity.id in animals:
            parent = next((e for e in reversed(grown) if _before(entities, e, entity)), None) or (
                grown[0] if len(grown) == 1 else None)  # "two cubs trail their mother, a polar bear"
            if parent is not None and parent.glyph != entity.glyph:
                out[index] = replace(entity, glyph=parent.glyph, stand_in=parent.noun,
                                     color=entity.color or parent.color)
        elif entity.noun in PARENTS and len(grown) == 1 and _KIN.search(prose) and not _APPOSED.search(prose) \
                and not _other_people(entities, grown):
            animal = grown[0]
            out[index] = replace(entity, glyph=animal.glyph, stand_in=animal.noun, color=animal.color, age=None,
                                 skin_tone=None, hair="")
    return tuple(out)


def _before(entities: tuple[Entity, ...], first: Entity, then: Entity) -> bool:
    return entities.index(first) < entities.index(then)


def _other_people(entities: tuple[Entity, ...], animals: list[Entity]) -> bool:
    """Whether anyone but kin words and the animals is named (a girl and her mother are people)."""
    return any(e not in animals and e.noun not in PARENTS and e.noun not in YOUNG_OF_MANY and e.age is not None
               for e in entities)
