"""Who "holds" after a container named as another thing's partner: "a kettle to the left of a bowl holding four
lemons", "a lamp beside a jar holding pencils" — the bowl and the jar hold them. A thing cannot hold in its hands,
so a holding participle right after a container or a carrier is that thing's; read as the subject's, the lemons
lay on the counter and the bowl stood empty. A person or an animal as the subject keeps it ("a boy next to a bowl
holding a spoon": the boy holds the spoon).
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Token
from openbanana.planner.rules.held_by_things import holds_as
from openbanana.planner.rules.lexicon import noun_lemma

HOLDING_VERBS = frozenset({"hold", "contain", "cradle"})


def vessel_holds(lemma: str, last: Sequence[int], subject: Sequence[int], drafts: Sequence[Draft]) -> bool:
    """The holding verb `lemma` right after the phrase `last` is that phrase's: it names a container or a carrier,
    is not the subject, and the subject is a thing, not a person or an animal."""
    if lemma not in HOLDING_VERBS or not last or set(last) & set(subject):
        return False
    if any(drafts[i].person or drafts[i].animal for i in subject):
        return False
    return all(not (drafts[i].person or drafts[i].animal) and holds_as(noun_lemma(drafts[i].noun)) is not None
               for i in last)


def sided_apart(list_predicate: str | None, following: object, after_comma: bool = False) -> bool:
    """A thing after "and" in a list of held things that a frame side follows ("a bowl holding lemons and a radio on
    the right") has a place of its own in the picture: a new subject, not one more thing held; so has one after a
    comma that ends a "with" list ("waffles topped with strawberries and cream, a fork on the left")."""
    listed = list_predicate == "holding" or (list_predicate == "with" and after_comma)
    return listed and isinstance(following, Token) and following.tag == "where" \
        and following.value == "side"
