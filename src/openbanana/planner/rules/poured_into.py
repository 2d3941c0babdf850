"""A cup, a mug or a glass one pours into is held up to the pour in the other hand: "a barista pouring milk into a
cup", "a bartender pouring beer into a glass". Read as a tabletop thing, the cup was only near the one pouring, and
the composer set it on the ground beside the barista while the milk went into it from across the picture. A bowl
or a pot poured into stays where it stands ("pouring milk into a bowl"), and so does a cup poured into by no
person."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

POURING_VERBS = frozenset({"pour", "froth", "foam"})
HAND_VESSELS = frozenset({"cup", "mug", "glass", "teacup", "tumbler", "goblet", "flute", "beaker"})


def held_vessels(verb: str, preposition: str, doers: Sequence[Draft], places: Sequence[Draft]) -> bool:
    """The person `doers` of `verb` (the lemma whose object went `preposition` the `places`) hold those
    places: each is a vessel for the hand poured into."""
    return verb in POURING_VERBS and preposition == "into" and bool(doers) and bool(places) \
        and all(d.person for d in doers) and all(noun_lemma(p.noun).split()[-1] in HAND_VESSELS for p in places)
