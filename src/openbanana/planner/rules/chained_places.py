"""A side named after the place a thing was put in is the place's too: "a puppy on a rug in front of a fireplace",
"an old cat naps on a pile of books beside a lamp", "eggs in an open carton next to a whisk".

In "A on Y beside Z" the parse may give the side to A alone (attachment.Attacher._object); what stands on or in Y
stands where Y does, so Y is beside Z as well, and is stated so when the side is one a place shares with what is on
it (next to, behind, in front of, above, below, under, left, right, near: not "on" or "in": "a fish in a bowl on a
desk" is not on the desk) and the place is no person or animal. Not "above" after "on": a thing is over Z because it
is up on Y, and Y need not be ("a parrot perched on a tree above a resting cat": the tree stands by the cat; "a clock
on the wall over a couch": the wall is behind it); what is in Y is over Z with it ("in a wok over a flame"). What
hovers over Y leaves Y the side on the ground ("bees hovering over a sunflower beside a gate": the sunflower stands
by the gate; `OVER_SIDES`). Where
the parse gave the side to the place ("a kitten in a box beside the sofa", placing._beside_place) it stays the
place's alone, but for "under" (contents_under.py). One pass over the clause; each side looks back a bounded few
items for its heads.
"""

from __future__ import annotations

from collections.abc import Iterator

from openbanana.planner.rules.contents_under import contents_under, place_word, thing_before
from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.reading_state import Reading
from openbanana.planner.rules.scene.kinds import kind_of
from openbanana.planner.rules.unread import Unread, any_related
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import (
    BESIDE,
    CHAINED,
    TABLETOPS,
    preposition_predicate,
)
from openbanana.scene import Entity

SIDES = BESIDE | {"under"}  # sides a thing on a place shares with it
# the sides on the ground a thing flown over keeps for itself
OVER_SIDES = frozenset({"next_to", "near", "behind", "in_front_of", "left_of", "right_of"})
SMALL = 0.6  # a thing below this height (world units, scene.kinds) stands on a tabletop it is beside


def chained_places(clause: list[Item], named: list[tuple[int, ...]], related: set[frozenset[int]],
                   reading: Reading) -> Iterator[Unread]:
    """Each side after a place that the parse gave to only one of the thing in the place and the place."""
    subject: tuple[int, ...] = ()
    for k in range(3, len(clause) - 1):
        subject = subject or named[k - 3]
        side, first = clause[k], clause[k - 2]
        place, objects = named[k - 1], named[k + 1]
        if not (place_word(side) and place_word(first) and place and objects):
            continue
        assert isinstance(side, Token) and isinstance(first, Token)
        predicate, put = preposition_predicate(side.word), preposition_predicate(first.word)
        heads = [h for h in (thing_before(clause, named, k - 2), subject) if h and any_related(h, place, related)]
        over = put == "above" and predicate in OVER_SIDES  # "hovering over a sunflower beside a gate"
        if predicate not in SIDES or (put not in CHAINED and not over) or (put, predicate) == ("on", "above") \
                or not heads \
                or _lively(reading, place) \
                or any(set(h) & set(objects) for h in heads) or set(place) & set(objects) \
                or _on_surface(reading, place, objects) or _worn(reading, place):
            continue
        if any(any_related(h, objects, related) for h in heads) and not any_related(place, objects, related):
            yield Unread(place, side.word, "", objects, str(predicate))
    yield from contents_under(clause, named, related, reading)  # contents_under.py: "chicks in a crate under a lamp"


def _on_surface(reading: Reading, place: tuple[int, ...], objects: tuple[int, ...]) -> bool:
    """"a mug on a desk next to a keyboard": a small thing beside one on a table, a counter or a tray is on it too,
    so the tabletop is not beside it (clause_questions.ClauseQuestions._side_by_side, asked by attachment.Attacher)."""
    surface = any(noun_lemma(reading.drafts[t].noun).split()[-1] in TABLETOPS for t in place)
    return surface and not _lively(reading, objects) and all(
        kind_of(Entity("e0", reading.drafts[o].noun, reading.drafts[o].glyph)).size < SMALL for o in objects)


def _worn(reading: Reading, things: tuple[int, ...]) -> bool:
    return any(reading.drafts[t].noun in WEARABLES for t in things)  # "a DJ in big headphones behind the decks"


def _lively(reading: Reading, things: tuple[int, ...]) -> bool:
    return any(reading.drafts[t].person or reading.drafts[t].animal for t in things)
