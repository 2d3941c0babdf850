"""What each person wears, read from the scene's "wearing" relations: garments become the figure's own clothes
(a woman in a red dress wears the dress, no dress pictogram floats beside her), an apron goes over them, a cape
hangs behind them (red where no colour is asked: a cape is a hero's), shoes
and boots become the figure's shoes in their colour (a girl in yellow rain boots); anything else worn (a hat,
glasses, a crown) keeps the composer's bust of face and accessory, laid out for a face."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageStat

from openbanana.imaging.drawing.glyphs import sprite
from openbanana.imaging.people import BOOTS, TOPS, is_clothing, is_footwear
from openbanana.plan import RGB, Subject
from openbanana.scene import Relation

SUIT = "👔"
APRONS = frozenset({"apron", "pinafore", "smock"})  # worn over the clothes: drawn as a panel on the front
CAPES = frozenset({"cape", "cloak", "capes", "cloaks"})  # hung from the shoulders: drawn behind the figure
CAPE: RGB = (200, 40, 48)
SHOE_COLOR: RGB = (48, 40, 40)
Feet = tuple[RGB, bool]  # a figure's shoes: their colour, and whether they are boots up the shins


@dataclass(frozen=True)
class Wardrobe:
    clothes: dict[str, tuple[RGB | None, RGB | None]] = field(default_factory=dict)  # person → (top, bottoms)
    worn: dict[str, str] = field(default_factory=dict)  # garment entity → who wears it (drawn as their clothes)
    dressed: frozenset[str] = frozenset()  # people who wear an accessory: drawn as the composer's bust
    feet: dict[str, Feet] = field(default_factory=dict)  # person → the colour of the shoes worn, and whether boots
    aprons: dict[str, RGB] = field(default_factory=dict)  # person → the colour of the apron worn over its clothes
    capes: dict[str, RGB] = field(default_factory=dict)  # person → the colour of the cape hung behind it


NO_WARDROBE = Wardrobe()


def wardrobe(relations: Sequence[Relation], subjects: Sequence[Subject]) -> Wardrobe:
    by_entity: dict[str, list[Subject]] = {}
    for subject in subjects:
        by_entity.setdefault(subject.entity, []).append(subject)
    clothes: dict[str, tuple[RGB | None, RGB | None]] = {}
    worn: dict[str, str] = {}
    dressed: set[str] = set()
    feet: dict[str, Feet] = {}
    aprons: dict[str, RGB] = {}
    capes: dict[str, RGB] = {}
    for relation in relations:
        if relation.predicate != "wearing":
            continue
        items = by_entity.get(relation.object, [])
        glyphs = [s.glyph[0] for s in items if s.glyph]
        if not glyphs:
            continue  # nothing of it is drawn
        if all(is_footwear(g) for g in glyphs):  # rain boots, trainers: the figure's own shoes, in their colour
            color = items[0].tint or main_color(items[0].glyph or "")
            feet[relation.subject] = (color or SHOE_COLOR, glyphs[0] in BOOTS)
            worn[relation.object] = relation.subject
            continue
        if not all(is_clothing(g) for g in glyphs):
            dressed.add(relation.subject)
            continue
        top, bottoms = clothes.get(relation.subject, (None, None))
        item = items[0]
        color = item.tint or main_color(item.glyph or "")
        if item.label in APRONS | CAPES and color is not None:
            if item.label in APRONS:
                aprons[relation.subject] = color
            else:  # a cape of no colour asked: a hero's red, not its stand-in's colour
                capes[relation.subject] = item.tint or CAPE
            worn[relation.object] = relation.subject
            continue
        if glyphs[0] == SUIT:
            top = bottoms = color  # a suit: jacket and trousers alike
        elif glyphs[0] in TOPS:
            top = color
        else:
            bottoms = color
        clothes[relation.subject] = (top, bottoms)
        worn[relation.object] = relation.subject
    for person in dressed:
        clothes.pop(person, None)
    kept = {garment: person for garment, person in worn.items() if person not in dressed}
    return Wardrobe(clothes, kept, frozenset(dressed), {p: f for p, f in feet.items() if p not in dressed},
                    {p: c for p, c in aprons.items() if p not in dressed},
                    {p: c for p, c in capes.items() if p not in dressed})


@lru_cache(maxsize=64)
def main_color(glyph: str) -> RGB | None:
    """The colour that covers most of the pictogram (a dress's blue, a shirt's white)."""
    made = sprite(glyph, 48)
    if made is None or not made.layers:
        return None
    largest = max(made.layers, key=lambda layer: ImageStat.Stat(layer.mask).sum[0])
    return (largest.color[0], largest.color[1], largest.color[2])
