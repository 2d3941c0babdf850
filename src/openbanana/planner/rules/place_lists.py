"""A place written first and then a colon before a list ("On the shelf: a clock, a vase and two books", "On a tidy
desk: a laptop in the middle, a plant to its left"): the place is where every listed thing is, as in "On the shelf
sit a clock, a vase and two books". The colon would end the clause (clauses.py) and leave the place with nothing
in it, so it is read as if it were not there. A colon after anything else ("Poster: a cat …") still ends a clause.
"""

from __future__ import annotations

from openbanana.planner.rules.grammar import Item, NounPhrase, Token

PLACE_TAGS = frozenset({"prep", "relation"})


def place_before_list(items: list[Item], index: int, current: list[Item]) -> bool:
    """Whether the colon at `index` only joins a place the clause so far consists of to the list that follows."""
    token = items[index]
    if not isinstance(token, Token) or token.word != ":" or len(current) != 2:
        return False
    preposition, place = current
    following = items[index + 1] if index + 1 < len(items) else None
    return isinstance(preposition, Token) and preposition.tag in PLACE_TAGS and isinstance(place, NounPhrase) \
        and isinstance(following, NounPhrase)
