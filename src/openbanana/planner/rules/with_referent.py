"""Who "it" or "them" is after a "with" that followed the subject's place: "a zebra drinking at a waterhole with a
giraffe behind it" (the zebra), "a tent pitched under the stars with a lantern in front of it" (the tent: "it" is
never the stars), "girls sitting on a wall with their skateboards beside them" (the girls), but "jars on a shelf,
with a basket below it" (the shelf: "it" is never the jars).

"with" right after a place phrase is read as that place's ("a house on a hill with a barn": the hill's barn), yet a
pronoun after it that refers back names the clause's subject — the thing the sentence is about — whenever its
number allows; the place it was put in keeps the pronoun when the subject is in it ("a goldfish in a bowl with a
castle in it": the bowl), and when only the place's number fits. When neither fits, the thing the host was put on
or holds does ("a shelf of cereal boxes with a sign in front of them": the boxes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.listed import LOOK_BACK
from openbanana.planner.rules.reading_state import Reading

PLURAL = frozenset({"them", "they"})
CONTAINED = frozenset({"in", "inside"})  # the subject in its place: "it" is the container
PLACES = frozenset({"on", "in", "inside", "under"})  # a host's place or what it holds: "a shelf of boxes"


class WithState(Protocol):
    """What of the relation reader's clause state the choice reads (attachment.Attacher has it all)."""

    out: Reading
    subject: list[int]
    earlier_subject: list[int]  # the subject before a participle made what "with" named the subject
    last_phrase: list[int]
    with_host: list[int]  # what the last "with" belonged to
    pending: str | None  # the predicate the pronoun is the object of


def pronoun_host(word: str, state: WithState) -> list[int]:
    """What the pronoun `word` after "with" stands for: the clause's subject when the "with" belonged to the place
    the subject was put at and the pronoun's number fits the subject; else the "with" host itself when it fits;
    else the thing the host was just put at or holds that fits ("jars on a shelf, with a basket below it")."""
    host, drafts, recent = state.with_host, state.out.drafts, state.out.relations[-LOOK_BACK:]
    main = state.earlier_subject if set(state.subject) <= set(state.last_phrase) else state.subject
    if word not in ("it", *PLURAL) or not host:
        return list(host)
    placed = {p for s, p, o in recent if s in main and o in host}
    held = any(p in PLACES and s in state.last_phrase and o in main for s, p, o in recent)
    if main and not set(host) & set(main) and placed and not placed & CONTAINED and _fits(word, drafts, main) \
            and not (held and state.pending == "near"):  # "near" never undoes "with": "…, plates around it"
        return list(main)
    if _fits(word, drafts, host):
        return list(host)
    near = [o if s in host else s for s, p, o in reversed(recent) if p in PLACES and (s in host) != (o in host)]
    return next(([i] for i in near if _fits(word, drafts, [i])), list(host))


def _fits(word: str, drafts: Sequence[Draft], ids: Sequence[int]) -> bool:
    """The pronoun can stand for the things `ids`: "them" for several, "it" for one thing that is not a person."""
    several = len(ids) > 1 or any(drafts[i].count > 1 for i in ids)
    if word in PLURAL:
        return several
    return not several and not drafts[ids[0]].person
