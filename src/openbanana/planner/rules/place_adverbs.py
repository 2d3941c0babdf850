"""Words that say how far or how exactly a thing is where the next preposition puts it: "her lamb right beside her",
"the Earth high in the sky", "a gull far above the waves", "a cat just behind the door". The lexicon tags them as
nouns, so the thing before them became their modifier ("right" with a lamb's name, "high" with the Earth's) and the
thing was lost; between a noun and a preposition they are adverbs. So are words of how much before a participle ("a
treasure chest half buried in the sand", "a half eaten apple"): "half" was the head, the chest its modifier."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

DEGREE_WORDS = frozenset({"right", "high", "low", "far", "just", "directly", "straight", "deep", "way", "halfway"})
PLACING_TAGS = frozenset({"prep", "relation", "where"})  # "beside", "next to", "in the background"
MEASURE_WORDS = frozenset({"half", "partly", "partially", "mostly", "fully", "barely"})  # "half buried"


def degree_adverbs(tokens: list[Token]) -> list[Token]:
    """The tokens with each degree word between a noun and a preposition, and each word of how much before a
    participle, made an adverb."""
    return [replace(token, tag="adv") if i < len(tokens) - 1 and token.tag in ("noun", "adj") and (
        (i and token.word in DEGREE_WORDS and tokens[i - 1].tag == "noun" and tokens[i + 1].tag in PLACING_TAGS)
        or (token.word in MEASURE_WORDS and tokens[i + 1].tag == "past")) else token for i, token in enumerate(tokens)]
