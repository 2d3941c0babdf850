"""What a person feeds, eats or drinks "from" a bag, a bottle or a cup is in that person's hands: "an old man
feeding ducks from a paper bag" holds the bag, "a hiker drinking from a flask" holds the flask. A source no one
carries — a stream, a trough, a park bench — stays where it is (near, or sat on: vantages.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.noun_kinds import noun_kinds
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.lexicon import noun_lemma

SOURCE_WORDS = frozenset({"from", "out of"})
# Vessels carried in one hand, by the last word (a bag of any kind counts by its first sense).
CARRIED_VESSELS = frozenset({"bottle", "flask", "thermos", "canteen", "cup", "mug", "glass", "bucket", "pail",
                             "tin", "packet", "pouch", "carton", "can"})


def held_source(preposition: str, doers: Sequence[Draft], things: Sequence[Draft]) -> bool:
    """People take what they feed, eat or drink `from` a carried vessel or a bag: they hold it."""
    return preposition in SOURCE_WORDS and bool(doers) and all(d.person for d in doers) \
        and all(_carried(t) for t in things)


def _carried(thing: Draft) -> bool:
    name = noun_lemma(thing.noun)
    return name.split()[-1] in CARRIED_VESSELS or noun_kinds(name)[:1] == ("bag",)
