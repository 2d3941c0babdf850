"""A past form between a determiner and a head describes the head: "a pair of crossed trekking poles" are poles
that are crossed, "two tipped cups" cups; the lexicon files "crossed" and "tipped" as past verbs, and a verb after
"a" was otherwise read as a noun of its own (a "crossed" thing beside three poles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.lexicon import penn_lexicon, verb_lemma
from openbanana.planner.stand_ins import stand_in

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

_OPENERS = frozenset({"det", "num", "quantity", "adj", "color"})  # what may stand before a describing word
_HEADS = frozenset({"noun", "ing"})  # "crossed swords", "crossed trekking poles"
_PARTICIPLE_ENDINGS = ("ed", "en")  # "crossed", "broken": an irregular past ("rose", "saw") is often a noun too


def participle_before_head(tokens: list[Token], i: int, following: Token | None) -> bool:
    """Whether token i is a verb's past form opening a noun phrase's modifiers, with the head still to come."""
    token = tokens[i]
    if not i or token.tag != "verb" or following is None or following.tag not in _HEADS:
        return False
    if penn_lexicon().get(token.word) not in ("VBD", "VBN") or verb_lemma(token.word) == token.word:
        return False
    if not token.word.endswith(_PARTICIPLE_ENDINGS):  # "a rose arch", "a saw blade", "felt hats": nouns as well
        return False
    return tokens[i - 1].tag in _OPENERS


def described_head(tokens: list[Token], i: int) -> bool:
    """Whether the verb-looking word at i is the head a past form after a determiner describes: "a knitted throw
    draped over…", "a woven throw on the bed" (a base form that names a thing; "a dog tired lies…" is no phrase)."""
    if i < 2 or tokens[i - 1].tag != "past" or not tokens[i - 1].word.endswith(_PARTICIPLE_ENDINGS):
        return False
    opener = tokens[i - 2]
    word = tokens[i].word
    thing = penn_lexicon().get(word + "s") == "NNS" or bool(pictogram_for(word) or stand_in(word))
    return thing and verb_lemma(word) == word and (
        opener.word in ("a", "an", "the", "one") or opener.tag in ("det", "adj", "color"))
