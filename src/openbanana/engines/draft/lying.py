"""An animal lying down or asleep: the side-view pictogram with its legs folded under it, and 💤 over its head
when it sleeps. Pictograms only show animals standing, so "a dog sleeping on the couch" or "a kitten curled up in a
basket" stood up on the couch and in the basket.

The legs are the bottom LEGS of the picture: every layer is cut above them and lowered by as much, so the belly
rests where the feet were (the sprite keeps its size and place) and the layers stay layers for haze, tints and
styles.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.imaging.drawing.glyphs import Layer, Sprite
from openbanana.plan import Subject
from openbanana.scene import Entity

# Four-legged animals drawn side on, facing left (their head at the left, unless mirrored).
LIERS = frozenset("🐕🦮🐩🐈🐅🐆🐇🐿🐁🐀🦔🦝🐄🐂🐃🐖🐑🐐🐎🦌🐘🦏🐪🐫🦙🦒🐊🦎🐢🦊🐺🐻🦁🐯🐒")
RESTING = frozenset({"sleeping", "lying", "resting", "napping", "dozing", "snoozing", "curled", "lounging",
                     "curling", "sunbathing"})
ASLEEP = frozenset({"sleeping", "napping", "dozing", "snoozing"})
LEGS = 0.26  # the share of the standing picture's height its legs take
ZZZ = "💤"


def lies(glyph: str | None) -> bool:
    return glyph is not None and glyph[:1] in LIERS


def lying_down(entities: Sequence[Entity], subjects: Sequence[Subject]) -> tuple[Subject, ...]:
    """The subjects with a 💤 over the head of each animal the plan has asleep."""
    asleep = set(lying_ones(entities, subjects, ASLEEP))
    return (*subjects, *(_snore(s) for s in subjects if s.entity in asleep and not s.figure and lies(s.glyph)))


def lying_ones(entities: Sequence[Entity], subjects: Sequence[Subject],
               actions: frozenset[str] = RESTING) -> frozenset[str]:
    """The entities of the animals the plan has resting (doing one of `actions`) that no pose already places."""
    doing = {e.id for e in entities if e.action.lower().strip() in actions}
    return frozenset(s.entity for s in subjects if s.entity in doing and not s.pose and not s.figure
                     and lies(s.glyph))


def _snore(animal: Subject) -> Subject:
    """💤 above the head end (the left, or the right when the animal is mirrored), a third of the animal's size."""
    left, top, right, bottom = animal.box
    side = min(right - left, bottom - top) * 0.36
    x0 = right - side * 0.6 if animal.flip else left - side * 0.4
    y0 = top + (bottom - top) * LEGS - side * 0.9
    return Subject(ZZZ, ZZZ, (x0, y0, x0 + side, y0 + side), z=animal.z + 1, role="support",
                   entity=f"{animal.entity}:zzz", depth=animal.depth - 1e-3, shadow=False)


def legs_folded(made: Sprite) -> Sprite:
    """The sprite with its legs folded away: each layer cut at the top of the legs and lowered onto the ground."""
    height = made.size[1]
    cut = round(height * (1 - LEGS))
    drop = height - cut
    layers = []
    for layer in made.layers:
        x, y = layer.offset
        keep = cut - y
        if keep <= 0:
            continue
        mask = layer.mask if keep >= layer.mask.size[1] else layer.mask.crop((0, 0, layer.mask.size[0], keep))
        if mask.getbbox() is not None:
            layers.append(Layer(mask, (x, y + drop), layer.color))
    return Sprite(tuple(layers), made.size) if layers else made
