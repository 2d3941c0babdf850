"""Hair drawn in the colour asked ("two women with long black hair", "a man with brown hair"): the font has hair
variants for red, blond, white and bald faces only, and its pose pictograms (a runner, a dancer) none at all, so
black or brown hair, or any colour on a runner, kept the font's orange-yellow. The pictogram's own hair layers (in
the colour the font gives that skin tone's hair) are repainted; everything else on it keeps its colours.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from openbanana.imaging.drawing.glyphs import Layer, Sprite
from openbanana.plan import RGB
from openbanana.scene import Entity

# a word in the hair's description → the colour drawn (the font's own hair colours where it has them)
COLOURS: dict[str, RGB] = {
    "black": (41, 47, 51), "dark": (41, 47, 51), "jet": (41, 47, 51), "raven": (41, 47, 51),
    "brown": (112, 62, 36), "brunette": (112, 62, 36), "chestnut": (120, 60, 30), "hazel": (130, 80, 40),
    "blond": (255, 229, 30), "blonde": (255, 229, 30), "golden": (255, 229, 30), "fair": (255, 229, 30),
    "platinum": (240, 232, 190), "red": (233, 95, 40), "ginger": (233, 95, 40), "auburn": (165, 60, 35),
    "copper": (200, 90, 40), "white": (225, 232, 237), "grey": (170, 174, 180), "gray": (170, 174, 180),
    "silver": (200, 204, 210),
}
# the font's skin colours → the colour it gives that tone's hair; then the hair of its red, white and grey faces
TONE_HAIR: dict[RGB, RGB] = {(255, 220, 93): (255, 172, 51), (247, 222, 206): (41, 47, 51),
                             (243, 210, 162): (255, 229, 30), (213, 171, 136): (150, 59, 34),
                             (175, 126, 87): (96, 53, 42), (124, 83, 62): (11, 2, 0)}
VARIANT_HAIR: tuple[RGB, ...] = ((233, 95, 40), (225, 232, 237), (209, 211, 212), (128, 130, 133))
SMALL = 0.05  # a layer in the hair's colour this much smaller than the largest is not hair (the eyes of a tone)
TOP = 0.5  # hair starts in the top half of the sprite (a bicycle's black tyres, in the light tone's hair colour, not)


def hair_colours(entities: Sequence[Entity]) -> dict[str, RGB]:
    """Entity id → the hair colour its description names (the last colour word: "dark brown" is brown)."""
    found: dict[str, RGB] = {}
    for entity in entities:
        words = entity.hair.lower().replace("-", " ").split()
        colour = next((COLOURS[w] for w in reversed(words) if w in COLOURS), None)
        if colour is not None:
            found[entity.id] = colour
    return found


def dyed(made: Sprite, colour: RGB) -> Sprite:
    """The sprite with its hair in `colour`: the layers in its skin tone's hair colour (or a red, white or grey
    face's) that start in its top half, less any much smaller than the largest of them."""
    colours = {(layer.color[0], layer.color[1], layer.color[2]) for layer in made.layers}
    candidates = [*(TONE_HAIR[skin] for skin in TONE_HAIR if skin in colours), *VARIANT_HAIR]
    hair = next((c for c in candidates if c in colours), None)
    if hair is None or hair == colour:
        return made
    areas = {i: inked_pixels(layer) for i, layer in enumerate(made.layers)
             if layer.color[:3] == hair and layer.offset[1] < made.size[1] * TOP}
    largest = max(areas.values(), default=0)
    repaint = {i for i, area in areas.items() if area >= largest * SMALL}
    return Sprite(tuple(Layer(layer.mask, layer.offset, (*colour, layer.color[3])) if i in repaint else layer
                        for i, layer in enumerate(made.layers)), made.size)


def hair_of(colours: Mapping[str, RGB], entity: str) -> RGB | None:
    """The colour asked for this subject's hair (its pieces, "e1:hair0", take their person's), or None."""
    return colours.get(entity.split(":")[0])


def inked_pixels(layer: Layer) -> int:
    """How many of the layer's pixels are more ink than not (its mask over half)."""
    histogram = layer.mask.histogram()
    return sum(histogram[128:])
