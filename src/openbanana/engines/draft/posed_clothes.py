"""Clothes worn by a person drawn in a pose pictogram (a runner, a dancer, a cyclist, someone doing yoga): the garment
is the pictogram's own clothes, repainted in the garment's colour, and no garment pictogram is pasted over them.
"A man in a red shirt jogging" had a red T-shirt glyph covering the runner's head and chest, "a woman in a green
dress dancing" a green dress over the dancer. Whole figures already wear their clothes (`wardrobe.py`); busts keep
the composer's layout; poses with a big prop of their own (a surfboard, a boat, skis) keep the garment beside."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.engines.draft.hair_colours import TONE_HAIR, VARIANT_HAIR
from openbanana.engines.draft.wardrobe import Wardrobe
from openbanana.imaging.drawing.glyphs import Layer, Sprite, retint
from openbanana.imaging.people import ADULT_HEADS, CHILD_HEADS
from openbanana.plan import RGB, Subject
from openbanana.scene import Entity

PROP_POSES = frozenset("🏄🚣🏊🤽🏇⛷🏂🧗🚵🤾🏌")  # the pose's prop outweighs its clothes: recolouring would paint it
FACE_MARKS = frozenset({(102, 33, 19), (193, 105, 79), (223, 31, 50), (145, 90, 52), (61, 46, 36), (0, 0, 0),
                        (96, 53, 42), (102, 34, 20)})  # eyes, nose, lips in each skin tone
KEEP = frozenset(TONE_HAIR) | frozenset(TONE_HAIR.values()) | frozenset(VARIANT_HAIR) | FACE_MARKS


def posed_clothes(entities: Sequence[Entity], subjects: Sequence[Subject],
                  wearing: Wardrobe) -> dict[str, RGB | None]:
    """Person entity → the colour its pose pictogram's clothes take (the top's, else the bottoms'), or None when no
    colour was asked ("a woman in a dress dancing": the dancer's own dress is one)."""
    people = {e.id for e in entities if e.age is not None}
    tinted = {s.entity for s in subjects if s.tint is not None}
    found: dict[str, RGB | None] = {}
    for subject in subjects:
        glyph = subject.glyph or ""
        if (subject.entity not in people or subject.figure or not glyph or glyph[0] in ADULT_HEADS
                or glyph[0] in CHILD_HEADS or glyph[0] in PROP_POSES or subject.role == "sticker"):
            continue
        top, bottoms = wearing.clothes.get(subject.entity, (None, None))
        if top is None and bottoms is None:
            continue
        asked = any(person == subject.entity and garment in tinted for garment, person in wearing.worn.items())
        found[subject.entity] = (top or bottoms) if asked else None
    return found


def reclothed(made: Sprite, colour: RGB) -> Sprite:
    """The pose's clothes (its biggest family of coloured layers, skin, hair and face left out) in `colour`."""
    colors = [layer.color for layer in made.layers]
    areas = [0.0 if layer.color[:3] in KEEP else float(sum(layer.mask.histogram()[128:])) for layer in made.layers]
    painted = retint(colors, colour, areas)
    return Sprite(tuple(Layer(layer.mask, layer.offset, layer.color if area == 0.0 else new)
                        for layer, area, new in zip(made.layers, areas, painted, strict=True)), made.size)
