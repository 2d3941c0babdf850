"""A part of a thing named before, named as a place with "the", is that thing: "a bookshelf crammed with books, a
cat on the top shelf" is on the bookshelf, "a bunk bed … a teddy bear on the top bunk" on the bed, "an armchair with
a cat asleep on the cushion" on the armchair, "a Vespa … while a cat dozes on the saddle" on the Vespa.

Drawn as a thing of its own, the part stood apart from its whole, and the relation asked of the whole was never
made. "A cushion", "a shelf" (a new thing) and "the shelf below it" (no level: a shelf of its own) stay things.
"The nearest roof" after a row of huts is one of the huts: the row.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import NounPhrase
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.relation_words import OWNERS

# Where one sits on a seat: the seat named before is the place.
SEAT_PARTS = frozenset({"cushion", "cushions", "saddle", "seat"})
SEATS = frozenset({"chair", "armchair", "sofa", "couch", "settee", "bench", "stool", "scooter", "vespa", "moped",
                   "motorbike", "motorcycle", "bicycle", "bike", "horse", "pony", "tractor", "recliner"})
# A level of a thing made of levels: "the top shelf" of a bookshelf, "the bottom bunk" of a bunk bed.
LEVELS = frozenset({"top", "bottom", "middle", "lower", "upper", "highest", "lowest", "uppermost"})


# A part each of a row of buildings has, picked out by where it stands: "a gull on the nearest roof" of the huts.
HOUSE_PARTS = frozenset({"roof", "rooftop", "chimney", "porch", "doorstep", "balcony", "door"})
NEAREST = frozenset({"nearest", "closest", "first", "last", "farthest", "furthest", "end"})


def _one_of_a_row(drafts: Sequence[Draft], dropped: Collection[int]) -> list[int]:
    """The last group of things named before (several of one kind, none lively): the row the part is one of."""
    rows = [i for i, d in enumerate(drafts) if i not in dropped and d.count > 1 and not (d.person or d.animal)]
    return rows[-1:]


def whole_named(phrase: NounPhrase, drafts: Sequence[Draft], dropped: Collection[int]) -> list[int]:
    """The thing named before whose part `phrase` names, as a one-element list; empty when it names no such part."""
    if phrase.of is not None or phrase.possessor is not None or phrase.determiner not in ("the", *OWNERS):
        return []
    head = phrase.head.word
    level = any(m.word in LEVELS for m in phrase.modifiers)
    if head in HOUSE_PARTS and any(m.word in NEAREST for m in phrase.modifiers):
        return _one_of_a_row(drafts, dropped)
    if head not in SEAT_PARTS and not level:
        return []
    for i in reversed(range(len(drafts))):
        noun = drafts[i].noun
        if i in dropped:
            continue
        if noun == head:
            return []  # the part was named as a thing before: it is that thing again
        words = noun.split()
        if head in SEAT_PARTS and noun_lemma(words[-1]) in SEATS:
            return [i]
        if level and (head in words or noun.endswith(head)):
            return [i]  # "the top bunk" of a bunk bed, "the top shelf" of a bookshelf
    return []
