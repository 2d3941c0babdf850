"""Whose side a place phrase is on when it follows the thing the subject was put on: "a mug on a rock beside a
campfire", "pots dangling from a rack above the island", "a sign on an easel next to an arch". Both the support
and the landmark stand on the ground, so the side is the support's (the rock is by the fire, the mug on the rock);
beside a thing of the tabletop ("a mug on a desk next to a keyboard") the subject is (the two share the desk), and
a thing up in the sky or a wall the subject hangs on ("a clock on the wall above a sofa") leaves the side to the
subject too, and so does a person or an animal on the support ("a fox sitting on a rock beside a tent": the fox is
where the sentence is about; placing.Placing._beside_place asks).

Also here: whether a place is a thing of the tabletop ("the candles on her cake": nobody stands on a cake)."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.scene.kinds import Kind, kind_of, wear_slot
from openbanana.planner.stand_ins import stand_in
from openbanana.scene import Entity

BACKDROPS = frozenset({"wall"})  # a support that is the room's or the building's side, never a thing beside others


def _glyph(draft: Draft) -> str | None:
    """What will draw the thing: its own pictogram, else the one nearest in meaning ("a kettle": a teapot)."""
    return draft.glyph or pictogram_for(draft.noun) or (stand_in(draft.noun) or (None,))[0]


def _kind(draft: Draft) -> Kind:
    """The kind of that pictogram, else of the thing's drawn form or of a loose thing."""
    return kind_of(Entity("e0", draft.noun, _glyph(draft)))


def standing_side(supports: Sequence[Draft], landmarks: Sequence[Draft]) -> bool:
    """The support and the landmark both stand on the ground by themselves, and neither can move: the side said
    after the support is the support's."""
    things = [*supports, *landmarks]
    if not supports or not landmarks or any(d.person or d.animal for d in things):
        return False
    kinds = [_kind(d) for d in things]
    return all(k.zone == "ground" for k in kinds) and not any(k.form in BACKDROPS for k in kinds[:len(supports)])


def tabletop(places: Sequence[Draft]) -> bool:
    """Each place is a thing of the tabletop (a cake, a jar, a plate): nobody stands on or in it; a thing drawn as
    worn (boots, a watch) is no such thing."""
    kinds = [(_kind(d), d) for d in places]
    return bool(kinds) and all(k.zone == "tabletop" and wear_slot(_glyph(d)) is None for k, d in kinds)
