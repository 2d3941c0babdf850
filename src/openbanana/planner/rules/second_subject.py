"""Who a place pronoun is after a second subject of the same clause: "an armchair by the window, a floor lamp behind
it" (the armchair, never the window), "a pot of curry on a placemat, a spoon leaning against it" (the pot), "a cat
asleep under the table, her food bowl beside her" (the cat), "trick-or-treaters at a door, a pumpkin on the step
beside them" (the trick-or-treaters).

A comma list of things, each with its own place, names them one after another; a pronoun that places the second
thing beside the first refers back to the first thing, the one the sentence was about, and not to the place the
first thing was put at (nor to what it holds, "a basket of eggs, a hen beside it"). It does so only when its
number (and gender) fits that first subject: "a boy on a bench, a dog beside it" keeps the bench, as "it" never
stands for a person; and "near" is too loose to look back past the last thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.people import person_noun
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.vocabulary.relation_words import PRONOUNS, TOPIC_PLACES

PLURAL = frozenset({"them", "they"})
SIDE_PLACES = TOPIC_PLACES - {"near"}  # "a board on an easel, roses near it": near is too loose to look back


def first_subject(word: str, pending: str | None, drafts: Sequence[Draft], subject: Sequence[int],
                  earlier: Sequence[int], last: Sequence[int]) -> tuple[list[int], list[int]]:
    """(subject, referents): the earlier subject `earlier` when the pronoun `word`, the object of the place
    `pending` of the clause's second subject `subject`, can stand for it; when `subject` is a list that ends in
    the last phrase `last` ("a basket of eggs, a hen pecking beside it"), the last phrase is the subject and the
    things before it the earlier one. Nothing when the pronoun is read as any other."""
    if last and len(subject) > len(last) and list(subject[-len(last):]) == list(last):
        subject, earlier = last, subject[:-len(last)]
    if pending not in SIDE_PLACES or not subject or not earlier or set(subject) & set(earlier) \
            or not _fits(word, [drafts[i] for i in earlier]):
        return [], []
    return list(subject), list(earlier)


def _fits(word: str, things: Sequence[Draft]) -> bool:
    """"them" for several, "it" for one thing that is not a person, "her"/"him" for one person of that gender or
    one animal."""
    several = len(things) > 1 or any(d.count > 1 for d in things)
    if word in PLURAL:
        return several
    if several:
        return False
    thing = things[0]
    if word == "it":
        return not thing.person
    gender = PRONOUNS.get(word)
    if gender is None:
        return False
    if thing.animal:
        return True
    info = person_noun(thing.noun) if thing.person else None
    return info is not None and info.gender in (gender, "person")
