"""A verb's object shares the place its doer was put in: "kids roasting marshmallows over a campfire", "squirrels
squabbling over an acorn on a tree stump", "a girl reading to her teddy bear under a blanket fort".

The clause parse gives a place phrase after a verb's object to the one doing the verb ("the kids are at the fire");
the object named between them (right after the verb, or after a preposition right after it: "squabbling over an
acorn") is at that place too, when it is a thing that can stand there: not a garment or a body part, not a person or
animal (placing.py has their rules), and not in the doer's hands when the place is one to stand on or in ("holding a
cup on a bench": the cup is not on the bench), nor where the doer itself stands ("a squirrel sitting on a branch high
above a dog": the branch is where it sits, not what "sitting" acts on; the squirrel is above the dog). The place word
means what it means alone ("roasting over a fire" puts the doer near it, the marshmallows above it). The object is
the second candidate head of the phrase (scored_heads.py scores the first), taken when head_features say it is a
verb's object and not worn. One pass over the clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.head_features import head_at, head_features
from openbanana.planner.rules.lexicon import verb_lemma
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.unread import Unread, any_related
from openbanana.planner.rules.vocabulary.relation_words import SOURCE_PREPOSITIONS, preposition_predicate

SHARED = frozenset({"on", "in", "inside", "under", "above"})  # places a verb's object shares with its doer
STOOD_IN = frozenset({"on", "in", "inside"})  # places a thing in someone's hands is not in
VERB_TAGS = frozenset({"verb", "ing"})
PLACE_TAGS = frozenset({"prep", "relation"})


def object_places(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                  reading: Reading) -> Iterator[Unread]:
    """Each place phrase right after a verb's object that the parse gave to the doer only, given to the object."""
    doer: tuple[int, ...] = ()
    for k in range(1, len(clause) - 1):
        doer = doer or named[k - 1]
        item, lemma = clause[k], verb_before(clause, k - 1)
        if not (_tag(item) in PLACE_TAGS and named[k - 1] and named[k + 1] and lemma and doer):
            continue
        assert isinstance(item, Token)
        objects, place, predicate = named[k - 1], named[k + 1], preposition_predicate(item.word)
        if predicate not in SHARED or item.word in SOURCE_PREPOSITIONS or set(objects) & set(doer) \
                or set(place) & set(objects):  # "pulling a tray out of an oven": no longer in it
            continue
        if not any_related(doer, place, related) or any_related(objects, place, related):
            continue  # the parse gave the place to another, or already to the object
        features = head_features(head_at(clause, k - 1, objects, first=False, between=0, comma=False, conj=False,
                                         placed=False), item.word, reading.drafts)
        recent = reading.relations[-LOOK_BACK:]
        held = any(p == "holding" and s in doer and o in objects for s, p, o in recent)
        stood = _tag(clause[k - 2]) in PLACE_TAGS and any(
            p in STOOD_IN and s in doer and o in objects for s, p, o in recent)
        if features["worn"] or features["lively_place"] or stood or (held and predicate in STOOD_IN):
            continue
        assert predicate is not None
        yield Unread(objects, item.word, lemma, place, predicate)


def verb_before(clause: list[Item], j: int) -> str:
    """The lemma of the verb whose object item `j` is: right before it, or before a preposition right before it
    ("squabbling over an acorn"); "" if none."""
    before = clause[j - 1] if j >= 1 else None
    if _tag(before) in PLACE_TAGS and j >= 2:
        before = clause[j - 2]
    return verb_lemma(before.word) if isinstance(before, Token) and before.tag in VERB_TAGS else ""


def _tag(item: Item | None) -> str:
    return item.tag if isinstance(item, Token) else ""
