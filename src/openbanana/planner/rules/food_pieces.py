"""Pieces of a food named by the food: "salmon cubes", "tofu chunks", "ham strips" are salmon, tofu and ham cut
up, not cubes coloured salmon or a thing called a chunk. A food the index draws keeps its compound where the piece
has a shape ("apple slices" show the apple already), but a mere piece of it is the food ("sushi pieces", "chocolate
bites": no picture is of a piece, and the phrase had been dropped or drawn as a jigsaw piece); a food sold as pieces
stays the piece ("sugar cubes", "stock cubes")."""

from __future__ import annotations

from openbanana.planner.noun_kinds import FOOD_KINDS, noun_kinds
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.stand_ins import stand_in

PIECES = frozenset({"cube", "chunk", "slice", "strip", "wedge", "piece", "dice", "morsel", "bite", "sliver"})
SOLD_AS_PIECES = frozenset({"sugar", "stock", "bouillon", "ice", "soup"})
MERE_PIECES = frozenset({"piece", "bite", "morsel"})  # a piece with no shape of its own


def cut_food(before: str, head: str) -> bool:
    """Whether `before` `head` ("salmon" "cube") is a food in pieces that nothing draws but by the food's name."""
    if head not in PIECES or before in SOLD_AS_PIECES or stand_in(f"{before} {head}"):
        return False
    if pictogram_for(before) and (head not in MERE_PIECES or pictogram_for(f"{before} {head}")):
        return False
    return any(kind in FOOD_KINDS for kind in noun_kinds(before)[:2])
