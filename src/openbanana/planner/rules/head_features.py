"""What a candidate head of an unread phrase is, as features for scored_heads.py: where it stands in the clause
(the clause's first thing, how many named phrases away, past a comma or an "and", a verb's object, itself a place
word's object) and what it is (a person or animal, a garment or a body part, a thing already related nearby). Only
structure and kinds: no word of a prompt is a feature, so the weights carry to sentences nobody tuned on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.rules.grammar import Item, Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.attributes import WEARABLES
from openbanana.planner.rules.vocabulary.relation_words import BODY_PARTS, HOLDING_PARTS

PATH_WORDS = frozenset({"down", "along", "across", "off"})  # a path runs over the thing moved along it
VERB_TAGS = frozenset({"verb", "ing", "past"})
PLACE_TAGS = frozenset({"prep", "relation"})
SKIPPED = frozenset({"adv", "det"})
RELATIVES = frozenset({"who", "that", "which"})


@dataclass(frozen=True)
class Head:
    """One candidate head: the things it named, where it stands, and what lies between it and the relation word."""

    things: tuple[int, ...]
    first: bool  # the clause's first named phrase
    between: int  # named phrases between it and the word
    comma: bool  # a comma between it and the word
    conj: bool  # an "and" between it and the word
    after_verb: bool  # right after a verb: that verb's object
    after_place: bool  # right after a place word: that word's object
    placed: bool  # already related to another candidate
    relative: bool  # a relative word right after it: "a cyclist who fell off …"


def head_at(clause: list[Item], h: int, things: tuple[int, ...], *, first: bool, between: int, comma: bool,
            conj: bool, placed: bool) -> Head:
    """The candidate named at item `h`, with what the caller tracked of the stretch after it."""
    p = h - 1
    while p >= 0 and _tag(clause[p]) in SKIPPED:
        p -= 1
    before = _tag(clause[p]) if p >= 0 else ""
    after = clause[h + 1] if h + 1 < len(clause) else None
    relative = isinstance(after, Token) and after.word in RELATIVES
    return Head(things, first, between, comma, conj, before in VERB_TAGS, before in PLACE_TAGS, placed, relative)


def head_features(head: Head, word: str, drafts: Sequence[Draft]) -> dict[str, float]:
    """The features of one candidate for a relation word, by name (scored_heads.WEIGHTS)."""
    kinds = [drafts[t] for t in head.things]
    lively = any(d.person or d.animal for d in kinds)
    worn = all(d.noun in WEARABLES or noun_lemma(d.noun) in BODY_PARTS | HOLDING_PARTS for d in kinds)
    return {
        "subject": float(head.first),
        "distance": float(head.between),
        "comma": float(head.comma and not head.first),
        "and": float(head.conj and not head.first),
        "lively_place": float(lively),
        "object_path": float(head.after_verb and not head.first and word in PATH_WORDS),
        "worn": float(worn),
        "placed": float(head.placed),
        "setting": float(head.after_place and not head.first),
        "relative": float(head.relative),
    }


def _tag(item: Item) -> str:
    return item.tag if isinstance(item, Token) else ""
