"""A thing the doer rides, pushes or drags along a path is on that path too: "a girl riding her skateboard down a
ramp", "a kid dragging a sled up a hill", "a man wheeling a suitcase along a platform".

The clause parse gives a path phrase after a verb's object to the doer ("the girl is on the ramp"). When the verb
moves its object along with the doer over the ground (MOVING_VERBS: riding, pushing, pulling, dragging, wheeling…)
the object goes where the doer goes, so it is stated with the doer's own predicate to the place. Only path words
(PATH_WORDS): a place one stands on or in after a held thing stays the doer's (object_places.py, "holding a cup on a
bench"). One pass over the clause; the doer's relation is looked for among the last few relations.
"""

from __future__ import annotations

from collections.abc import Iterator

from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.object_places import verb_before
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.unread import Unread, any_related

# Verbs whose object travels over the ground with the one doing them.
MOVING_VERBS = frozenset({"ride", "push", "pull", "drag", "wheel", "tow", "haul", "roll", "steer", "pedal", "walk",
                          "lead", "row", "paddle", "sail", "drive", "skate", "sled", "cart", "trundle"})
PATH_WORDS = frozenset({"down", "up", "along", "across", "through", "over", "around", "round"})
SHARED = frozenset({"on", "in", "near", "next_to"})  # the doer's places the object shares on the way


def moved_objects(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                  reading: Reading) -> Iterator[Unread]:
    """Each path phrase right after a moved object that the parse gave to the doer only, given to the object."""
    doer: tuple[int, ...] = ()
    for k in range(1, len(clause) - 1):
        doer = doer or named[k - 1]
        item = clause[k]
        if not (isinstance(item, Token) and item.word in PATH_WORDS and named[k - 1] and named[k + 1] and doer):
            continue
        lemma, objects, place = verb_before(clause, k - 1), named[k - 1], named[k + 1]
        if lemma not in MOVING_VERBS or set(objects) & set(doer) or set(place) & set(objects) \
                or any_related(objects, place, related):
            continue
        predicate = next((p for s, p, o in reversed(reading.relations[-LOOK_BACK:])
                          if s in doer and o in place and p in SHARED), None)
        if predicate is not None:
            yield Unread(objects, item.word, lemma, place, predicate)
