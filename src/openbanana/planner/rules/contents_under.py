"""What is in or on a place that stands under a thing stands under it too: "five chicks huddled in a wooden crate
under a heat lamp" are under the lamp, "a baby sleeping in a crib under a mobile" under the mobile, "a cat on a rug
under the table" under the table. The parse gives "under" to the place just before it (the crate, the crib), and the
composer then set the lamp over the crate with the chicks anywhere in it, the mobile over a crib drawn beside the
baby.

Only what hangs or stands overhead is shared: a side ("a kitten in a box beside the sofa") stays the place's alone,
as chained_places.py says. The place words and the look back for the thing put are shared with chained_places.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.unread import Unread, any_related
from openbanana.planner.rules.vocabulary.relation_words import preposition_predicate

PLACE_TAGS = frozenset({"prep", "relation"})
BETWEEN = frozenset({"verb", "ing", "past", "adv", "be", "rel"})  # words between a thing and the place it is in
REACH = 3  # how many such words a thing may stand before its place word
HELD_IN = frozenset({"in", "inside", "on"})  # the thing's place: in a container, on a support


def contents_under(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                   reading: Reading) -> Iterator[Unread]:
    """Each "under" after a place that the parse gave to the place alone, for the thing in or on the place."""
    for k in range(3, len(clause) - 1):
        side, first = clause[k], clause[k - 2]
        place, objects = named[k - 1], named[k + 1]
        if not (place_word(side) and place_word(first) and place and objects):
            continue
        assert isinstance(side, Token) and isinstance(first, Token)
        thing = thing_before(clause, named, k - 2)
        if preposition_predicate(side.word) != "under" or preposition_predicate(first.word) not in HELD_IN \
                or not thing or set(thing) & set(objects) or not any_related(thing, place, related) \
                or any(reading.drafts[p].person or reading.drafts[p].animal for p in place):
            continue
        if any_related(place, objects, related) and not any_related(thing, objects, related):
            yield Unread(_held(reading, thing, place), side.word, "", objects, "under")


def _held(reading: Reading, thing: tuple[int, ...], place: tuple[int, ...]) -> tuple[int, ...]:
    """`thing` and every other thing just put in or on the place ("a mom, a dad and a baby on a blanket")."""
    held = (s for s, p, o in reading.relations[-LOOK_BACK:] if o in place and p in HELD_IN and s not in thing)
    return tuple(dict.fromkeys((*thing, *held)))


def thing_before(clause: list[Item], named: list[tuple[int, ...]], p: int) -> tuple[int, ...]:
    """What the place word at `p` puts: the thing named right before it, past a few verbs and adverbs."""
    i = p - 1
    while i >= max(0, p - 1 - REACH) and not named[i]:
        if not (isinstance(clause[i], Token) and clause[i].tag in BETWEEN):  # type: ignore[union-attr]
            return ()
        i -= 1
    return named[i] if i >= 0 else ()


def place_word(item: Item) -> bool:
    """A preposition or relation word, not "to the left of it" (which names its own partner)."""
    return isinstance(item, Token) and item.tag in PLACE_TAGS and not (
        isinstance(item.value, str) and item.value.endswith("_of_it"))
