"""Verbs that work on their object where it lies: "grilling burgers on a barbecue", "painting a mural on a brick
wall", "fixing the pipe under a sink". The place after the object is the object's (the burgers are on the
barbecue, not the man), and the one who works stands at the place: in front of an upright surface he paints on,
right beside anything else (relation_meaning makes that "next to" for what one works at, an easel, too).

Read as the doer's place, the man stood on the barbecue and the painter on the wall.

A verb that makes its object ("building a sandcastle next to a bucket", "shaping a bowl on a wheel", "building a
snowman in front of the house") leaves the made thing where it was made: a side after it is the made thing's, and
the maker is at it; a side taken from a person or an animal stays the maker's ("builds a sandcastle in front of him").
"""

from __future__ import annotations

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Predicate

WORKING_VERBS = frozenset({"grill", "barbecue", "fry", "toast", "roast", "flip", "paint", "spray-paint", "draw",
                           "chalk", "carve", "knead", "chop", "slice", "fix", "repair", "change", "scrub", "polish"})
# Verbs whose object is made where it stands: a side after the object is the object's.
MAKING_VERBS = frozenset({"build", "shape", "sculpt", "mould", "mold", "assemble", "make"})
# Upright surfaces one works on standing before them: the worker is in front of them.
UPRIGHT = frozenset({"wall", "door", "garage door", "fence", "shutter", "window", "board", "mural"})


def works_in_place(verb: str) -> bool:
    """The verb's object stays where it is worked on; the doer stands at that place."""
    return verb in WORKING_VERBS or verb in MAKING_VERBS


def made_in_place(verb: str) -> bool:
    """The verb makes its object where it stands: a side named after the object is the made thing's."""
    return verb in MAKING_VERBS


def worker_predicate(place_noun: str) -> Predicate:
    """Where the one who works stands to the place: before an upright surface, else right beside it ("fixing a
    tyre on a bike", "grilling burgers on a barbecue": at its side, within reach, which is near too)."""
    lemma = noun_lemma(place_noun)
    return "in_front_of" if lemma in UPRIGHT or lemma.split()[-1] in UPRIGHT else "next_to"
