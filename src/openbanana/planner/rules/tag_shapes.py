"""Shapes of a few words around one token that say its class where the one-tag lexicon cannot: what the
retagger (tagging._retag) asks about a token and its neighbours. Each is about word classes and positions only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openbanana.planner.rules.lexicon import PLURAL_ONLY, is_base_verb, noun_lemma

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token


def after_posture(tokens: list[Token], i: int) -> bool:
    """A state adjective right after a verb of posture, or after it and its particle ("curled up asleep",
    "lying asleep"): it says what the thing is doing, more than the posture does."""
    j = i - 1 if tokens[i - 1].word not in ("up", "down", "out") else i - 2
    return j >= 0 and tokens[j].tag in ("verb", "past", "ing")


def plural_subject_verb(tokens: list[Token], i: int, following: Token | None) -> bool:
    """"gulls circle over the bay", "waves smash against the rocks": a singular word that is also a base-form verb,
    after a plural noun and before an object or a place, is that plural's verb (a plural is almost never a
    compound's modifier)."""
    token, before = tokens[i], tokens[i - 1] if i else None
    if before is None or before.tag != "noun" or before.word in PLURAL_ONLY or noun_lemma(before.word) == before.word:
        return False
    return noun_lemma(token.word) == token.word and following is not None and following.tag in (
        "det", "prep", "num", "pron", "relation") and is_base_verb(token.word)


def activity_object(tokens: list[Token], i: int, following: Token | None) -> bool:
    """A bare singular noun between a plural noun and an -ing verb ("three boys rock climbing"): a plural is
    almost never a compound's modifier, so the noun belongs to the activity that follows."""
    token = tokens[i]
    if not i or token.tag != "noun" or following is None or following.tag != "ing":
        return False
    before = tokens[i - 1]
    return before.tag == "noun" and before.word not in PLURAL_ONLY and noun_lemma(before.word) != before.word \
        and noun_lemma(token.word) == token.word

