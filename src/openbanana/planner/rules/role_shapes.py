"""A person in a role is one person: "an old woman as a chef", "a boy dressed as a pirate", "my dad disguised as
Santa" name one figure, drawn in the role, with the first noun's age kept ("a boy … pirate" is a child), never two
people side by side or a person wearing another.

The tokens are rewritten before the phrases are built: the person's head and the words that give the role
("dressed up as a") leave, and the role's head carries the person's noun as its value, which entities._draft reads.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from openbanana.planner.people import person_noun
from openbanana.planner.rules.lexicon import noun_lemma

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

ROLE_VERBS = frozenset({"dressed", "disguised", "costumed", "cast", "dressing", "posing", "working", "serving"})
_BETWEEN = frozenset({"adj", "color", "age", "skin", "hair", "noun"})
MAX_MODIFIERS = 3


def merge_roles(tokens: list[Token]) -> list[Token]:
    """The tokens with every "PERSON (dressed (up)) as a ROLE" made one noun phrase headed by the role."""
    out = list(tokens)
    i = 0
    while i < len(out):
        merged = _merge_at(out, i)
        if merged is not None:
            out = merged
        i += 1
    return out


def _merge_at(tokens: list[Token], i: int) -> list[Token] | None:
    if tokens[i].word != "as" or i == 0:
        return None
    j = i - 1
    if tokens[j].word == "up":
        j -= 1
    if tokens[j].word in ROLE_VERBS:
        j -= 1
    if j < 0 or tokens[j].tag != "noun" or person_noun(noun_lemma(tokens[j].word)) is None:
        return None
    if i + 1 >= len(tokens):
        return None
    start = i + 2 if tokens[i + 1].word in ("a", "an", "the") else i + 1  # "as Santa": a role needs no article
    k = start
    while k < len(tokens) and tokens[k].tag in _BETWEEN and k - start < MAX_MODIFIERS:
        if tokens[k].tag == "noun" and (k + 1 >= len(tokens) or tokens[k + 1].tag not in _BETWEEN):
            break
        k += 1
    found = person_noun(noun_lemma(tokens[k].word)) if k < len(tokens) and tokens[k].tag == "noun" else None
    if found is None or (start == i + 1 and not found.role):
        return None
    role = replace(tokens[k], value=noun_lemma(tokens[j].word))
    return [*tokens[:j], *tokens[start:k], role, *tokens[k + 1:]]
