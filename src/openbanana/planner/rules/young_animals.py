"""Young animals named by a word for the young of many kinds: "an elephant spraying her calf" is a young elephant,
not a cow; "a polar bear and her two cubs" white cubs, not brown ones; "a wolf pup" a wolf. The animal named with
them says which (kin owned by "her" or "its" — a baby, a mother — are `animal_kin`'s)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.vocabulary.attributes import ANIMALS
from openbanana.scene import Entity

# Young of several kinds, each drawn by default as one kind's pictogram (a calf as a cow, a cub as a brown bear).
YOUNG_OF_MANY = frozenset({"calf", "cub", "pup", "foal"})


def of_their_kind(entities: tuple[Entity, ...], animals: Collection[str]) -> tuple[Entity, ...]:
    """Young named with an animal (the one before them, else the only one) take its pictogram and colour, at their
    young size. `animals`: the ids of the animals read."""
    grown = [e for e in entities if (e.id in animals or e.stand_in in ANIMALS) and e.noun not in YOUNG_OF_MANY
             and e.glyph]  # "a lioness": drawn as the lion it stands in for
    out = list(entities)
    at = {e.id: index for index, e in enumerate(entities)}
    for index, entity in enumerate(entities):
        kind = next((w for w in entity.modifiers if w in ANIMALS and pictogram_for(w)), "")  # "a wolf pup"
        if entity.noun in YOUNG_OF_MANY and kind:
            out[index] = replace(entity, glyph=pictogram_for(kind), stand_in=kind)
        elif entity.noun in YOUNG_OF_MANY and entity.id in animals:
            parent = next((e for e in reversed(grown) if at[e.id] < index), None) or (
                grown[0] if len(grown) == 1 else None)  # "two cubs trail their mother, a polar bear"
            if parent is not None and parent.glyph != entity.glyph:
                out[index] = replace(entity, glyph=parent.glyph, stand_in=parent.noun,
                                     color=entity.color or parent.color)
    return tuple(out)

