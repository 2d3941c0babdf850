"""A clause opened by a participle or a "with" phrase and then a comma ("Walking her dog along the beach, a woman
waves", "With a scarf around her neck, a girl waits"): the opening phrase describes the subject after the comma,
whose pronouns ("her") it already uses, so it is read right after that subject, as if the sentence said "a woman
walking her dog along the beach waves". Read in order, its first noun took the subject's place and its pronouns
stood for nobody. Nothing here names a word of a prompt but "with": it reads tags and positions."""

from __future__ import annotations

from openbanana.planner.rules.grammar import Item, NounPhrase, Token, has_verb

OPENING_TAGS = frozenset({"ing", "past"})


def subject_first(clause: list[Item]) -> list[Item]:
    """The clause with an opening participle or "with" phrase moved behind the subject it describes; unchanged
    when the clause has no such opening, or when no subject with its own verb follows the comma."""
    if not clause or not _opens_a_description(clause[0]):
        return clause
    comma = next((k for k, item in enumerate(clause) if isinstance(item, Token) and item.tag == "comma"), None)
    if comma is None or comma < 2:
        return clause
    end = _subject_end(clause, comma + 1)
    if end is None or end >= len(clause) or not has_verb(clause[end]):
        return clause
    return [*clause[comma + 1:end], *clause[:comma], *clause[end:]]


def _opens_a_description(item: Item) -> bool:
    return isinstance(item, Token) and (item.tag in OPENING_TAGS or (item.tag == "prep" and item.word == "with"))


def _subject_end(clause: list[Item], start: int) -> int | None:
    """The index after the subject's noun phrases ("a man and his son") and the phrases that describe it before
    its verb ("a scarecrow in a torn shirt stands"), or None when no phrase starts there."""
    if start >= len(clause) or not isinstance(clause[start], NounPhrase):
        return None
    end = start + 1
    while end + 1 < len(clause) and (_is_and(clause[end]) or _is_preposition(clause[end])) \
            and isinstance(clause[end + 1], NounPhrase):
        end += 2
    return end


def _is_preposition(item: Item) -> bool:
    return isinstance(item, Token) and item.tag == "prep"


def _is_and(item: Item) -> bool:
    return isinstance(item, Token) and item.tag == "conj"
