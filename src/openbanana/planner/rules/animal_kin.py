"""An animal's own young or parent named by kinship ("an elephant spraying water on her baby", "a mother duck with
her babies", "a lion cub beside its mother"): the same animal, small for the young. Read alone, "baby" and "mother"
are people, so a human baby or a woman was drawn beside the animal."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.finished_entity import YOUNG_SCALE
from openbanana.planner.rules.naming import is_creature
from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Entity

YOUNG = frozenset({"baby", "cub", "young", "newborn", "little one", "offspring"})
PARENTS = frozenset({"mother", "mom", "mum", "mama", "mommy", "mummy", "father", "dad", "papa", "parent"})
OWNED = re.compile(r"\b(?:her|his|its|their)\s+(?:own\s+|little\s+|tiny\s+|newborn\s+|two\s+|three\s+|four\s+)?"
                   r"(babies|baby|cubs?|young|newborns?|little ones?|offspring|mother|mom|mum|mama|mommy|mummy|"
                   r"father|dad|papa|parents?)\b")


def animal_kin(entities: tuple[Entity, ...], prose: str) -> tuple[Entity, ...]:
    """Each kin word owned by "her", "his", "its" or "their", in a picture of animals and no other people, drawn as
    the animal named before it (young at a young animal's size); other entities unchanged."""
    owned = {_singular(m.group(1)) for m in OWNED.finditer(prose)}
    kin = [e for e in entities if e.noun in owned and e.noun in YOUNG | PARENTS]
    if not kin or any(is_person(e.glyph or "") for e in entities if e not in kin):
        return entities
    out: list[Entity] = []
    owner: Entity | None = None
    for entity in entities:
        if entity in kin and owner is not None:
            young = entity.noun in YOUNG
            scale = entity.scale * YOUNG_SCALE if young and entity.scale == 1.0 else entity.scale
            entity = replace(entity, glyph=owner.glyph, stand_in=owner.stand_in, age=None, scale=scale,
                             skin_tone=None, hair="", modifiers=(*entity.modifiers, owner.noun))
        elif entity not in kin and entity.glyph and is_creature(entity.noun):
            owner = entity
        out.append(entity)
    return tuple(out)


def _singular(word: str) -> str:
    """The kin word as an entity's noun: "babies" → "baby", "cubs" → "cub", "little ones" → "little one"."""
    return "baby" if word == "babies" else word.removesuffix("s")
