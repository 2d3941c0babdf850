"""A part named for its whole states the part's own preposition to the whole: "a cat asleep on the seat of an
armchair" is on the armchair, as one sits on a chair, a bench or a saddle; "on the back seat of a car" is in the car,
as one sits in a car, a bus or a boat.

relations.py reads "the seat of X" and "the handlebars of a bicycle" as a place at the whole (part_predicate); a seat
puts its thing in its whole unless the whole is a seat one sits on (whole_parts.SEATS, and swings and saddles).
"""

from __future__ import annotations

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.relation_words import SEATS, part_predicate
from openbanana.planner.rules.whole_parts import SEATS as SAT_ON

SAT_ON_TOO = frozenset({"swing", "saddle", "seesaw"})  # seats one sits on, beside whole_parts.SEATS


def whole_predicate(predicate: str, preposition: str, part: str, whole: str) -> str:
    """The predicate from the thing to the whole its place `part` is a part of."""
    if predicate == "on" and part in SEATS and noun_lemma(whole).split()[-1] in SAT_ON | SAT_ON_TOO:
        return "on"  # "on the seat of a chair": on it, where "on the seat of a car" is in it
    return part_predicate(predicate, preposition, part)
