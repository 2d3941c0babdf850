"""Whether a lively thing "in" or "with" a noun wears it: a worn word (worn_names.py), or a noun whose first sense
is clothing though no word list names it — "a toddler in a pink snowsuit", "a mother in a headscarf", "a scout with
a green neckerchief" wear them, as "a boy in a raincoat" does. A noun that also names food ("a wrap") is left to
the word lists: "a girl with a wrap" may be eating one.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.noun_kinds import FOOD_KINDS, noun_kinds
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.worn_names import NOT_WORN_BEFORE, wearable


def worn_kind(noun: str) -> bool:
    """The noun is worn: a worn word, or clothing by its first sense and food by none."""
    if wearable(noun):
        return True
    kinds = noun_kinds(noun_lemma(noun))
    return kinds[:1] == ("clothing",) and not FOOD_KINDS & set(kinds)


def garment_by_kind(noun: str) -> bool:
    """One word that names clothing by its first sense ("snowsuit", "blazer"): drawn as a garment when the pictogram
    nearest its name is no worn thing. A wristwatch (no clothing) or a compound named for what it looks like ("a
    dinosaur costume": the dinosaur) keeps its picture."""
    words = noun_lemma(noun).split()
    return len(words) == 1 and noun_kinds(words[0])[:1] == ("clothing",)


def worn_kind_with(noun: str, modifiers: Sequence[str]) -> bool:
    """As `worn_kind`, with the modifiers read before it: "a baseball cap" is worn, "a bottle cap" is not."""
    return worn_kind(noun) and not NOT_WORN_BEFORE & set(modifiers[-1:])
