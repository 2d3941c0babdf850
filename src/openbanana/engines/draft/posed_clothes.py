"""Clothes worn by a person drawn in a pose pictogram (a runner, a dancer, a cyclist, someone doing yoga): the garment
is the pictogram's own clothes, repainted in the garment's colour, and no garment pictogram is pasted over them.
"A man in a red shirt jogging" had a red T-shirt glyph covering the runner's head and chest, "a woman in a green
dress dancing" a green dress over the dancer. Whole figures already wear their clothes (`wardrobe.py`); busts keep
the composer's layout, and so does a baby (its face alone, its pyjamas laid out for it); poses with a big prop of
their own (a surfboard, a boat, skis) keep the garment beside."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.babies import is_baby
from openbanana.engines.draft.hair_colours import TONE_HAIR, VARIANT_HAIR, inked_pixels
from openbanana.engines.draft.wardrobe import SUIT, Wardrobe
from openbanana.imaging.drawing.glyphs import Layer, Sprite, retint
from openbanana.imaging.people import ADULT_HEADS, CHILD_HEADS, TOPS, is_footwear
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity

PROP_POSES = frozenset("🏄🚣🏊🤽🏇⛷🏂🧗🚵🤾🏌")  # the pose's prop outweighs its clothes: recolouring would paint it
FACE_MARKS = frozenset({(102, 33, 19), (193, 105, 79), (223, 31, 50), (145, 90, 52), (61, 46, 36), (0, 0, 0),
                        (96, 53, 42), (102, 34, 20)})  # eyes, nose, lips in each skin tone
LONG = frozenset("👗🥻👘")  # a dress, a sari, a kimono: the whole body's clothes
WAIST = 0.55  # a layer centred above this share of the sprite's height is the top's, below it the bottoms'
KEEP = frozenset(TONE_HAIR) | frozenset(TONE_HAIR.values()) | frozenset(VARIANT_HAIR) | FACE_MARKS


Clothes = tuple[RGB | None, RGB | None]  # the colours asked for the top (or dress) and for the bottoms


def posed_clothes(entities: Sequence[Entity], subjects: Sequence[Subject], wearing: Wardrobe) -> dict[str, Clothes]:
    """Person entity → the colours asked for its pose pictogram's top and bottoms ((None, None): it wears a garment
    with no colour asked, "a woman in a dress dancing", and the dancer's own dress is it)."""
    people = {e.id for e in entities if e.age is not None}
    garments = {s.entity: s for s in subjects if s.entity in wearing.worn}
    found: dict[str, Clothes] = {}
    for subject in subjects:
        glyph = subject.glyph or ""
        if (subject.entity not in people or subject.figure or not glyph or glyph[0] in ADULT_HEADS
                or glyph[0] in CHILD_HEADS or glyph[0] in PROP_POSES or subject.role == "sticker" or is_baby(subject)
                or subject.entity not in wearing.clothes):
            continue
        top: RGB | None = None
        bottoms: RGB | None = None
        for garment, person in wearing.worn.items():
            worn = garments.get(garment)
            if person != subject.entity or worn is None or worn.tint is None or not worn.glyph:
                continue
            if worn.glyph[0] == SUIT or worn.glyph[0] in LONG:
                top = bottoms = worn.tint
            elif worn.glyph[0] in TOPS:
                top = worn.tint
            elif not is_footwear(worn.glyph[0]):
                bottoms = worn.tint
        found[subject.entity] = (top, bottoms)
    return found


def reclothed(made: Sprite, clothes: Clothes) -> Sprite:
    """The pose's clothes in the colours asked: the top's on its biggest family of coloured layers centred above the
    waist (a shirt, a coat), the bottoms' on those below (a dress: both); skin, hair and face kept."""
    for colour, upper in ((clothes[0], True), (clothes[1], False)):
        if colour is not None:
            made = _painted(made, colour, upper)
    return made


def _painted(made: Sprite, colour: RGB, upper: bool) -> Sprite:
    waist = made.size[1] * WAIST
    colors = [layer.color for layer in made.layers]
    areas = [0.0 if layer.color[:3] in KEEP or (layer.offset[1] + layer.mask.height / 2 < waist) != upper
             else float(inked_pixels(layer)) for layer in made.layers]
    painted = retint(colors, colour, areas)
    return Sprite(tuple(Layer(layer.mask, layer.offset, layer.color if area == 0.0 else new)
                        for layer, area, new in zip(made.layers, areas, painted, strict=True)), made.size)
