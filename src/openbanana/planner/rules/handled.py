"""A verb the table of verbs lacks, done by a person to a thing of the hand's size, holds the thing:
"three friends clinking glasses", "a man unloads boxes", "a waiter passing a cup across the bar". Without it the
thing was only near its doer (the reading for a verb nobody listed), and the composer left the glass on the ground
beside the one who clinks it. A thing that can act, or one bigger than a hand ("feeding a goat", "following a
bus"), stays near; so does what an animal does a thing to ("a rabbit nibbling a carrot": it has no hands), and a
verb the table knows keeps its own relation ("watching a cup": near)."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.standing_places import tabletop
from openbanana.planner.rules.vocabulary.actions import VERB_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import ALONGSIDE_VERBS

WORKED_WITH = frozenset({"with", "at"})  # "slicing bread with a knife", "decorating cupcakes at the counter"


def in_hand(verb: str, doers: Sequence[Draft], things: Sequence[Draft], after: Sequence[Item],
            preposition: str | None = None) -> bool:
    """The things a verb the table lacks was done to are held by its doers; `after`: the item after the things.
    A tool or a worktop named right after them ("slicing a loaf with a knife", "decorating cupcakes at the
    counter") leaves the things where they lie: the tool is in the hand, the things on the worktop (at_tables.py).
    When the things are a preposition's object (`preposition`), only a thing that a person walks, runs or sits
    "with" is held: "a man running down the street with an umbrella" holds it, as "walking with his dog" has the
    dog beside him, and "playing with blocks" has them on the floor."""
    worked = any(isinstance(item, Token) and item.word in WORKED_WITH for item in after)
    if preposition is None:
        done = verb not in VERB_RELATIONS and tabletop(things)
    else:  # what one walks "with" is carried whatever its size: an umbrella, a lantern, a suitcase
        done = preposition == "with" and verb in ALONGSIDE_VERBS and verb != "play"  # toys lie at one's feet
    return bool(verb) and done and any(d.person for d in doers) and not worked \
        and not any(d.person or d.animal or d.noun in WEARABLES for d in things)  # a watch: worn
