"""Words that say how far or how exactly a thing is where the next preposition puts it: "her lamb right beside her",
"the Earth high in the sky", "a gull far above the waves", "a cat just behind the door". The lexicon tags them as
nouns, so the thing before them became their modifier ("right" with a lamb's name, "high" with the Earth's) and the
thing was lost; between a noun and a preposition they are adverbs.

"Overhead" after a thing or its verb ("seagulls overhead", "five gulls wheel overhead", "lights hanging overhead")
says where the thing is, as "nearby" does: above the scene's subject. Before a noun ("an overhead shot") or with
its own noun after it, it stays a word of the camera or of a thing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

DEGREE_WORDS = frozenset({"right", "high", "low", "far", "just", "directly", "straight", "deep", "way", "halfway"})
PLACING_TAGS = frozenset({"prep", "relation", "where"})  # "beside", "next to", "in the background"
OVERHEAD = {"overhead": "above", "aloft": "above"}
THING_OR_VERB = frozenset({"noun", "verb", "ing", "past", "adv"})  # what an adverb of place can follow
CLAUSE_GOES_ON = frozenset({"comma", "conj", "break", "prep", "relation", "where"})  # nothing it could modify


def degree_adverbs(tokens: list[Token]) -> list[Token]:
    """The tokens with each degree word between a noun and a preposition made an adverb."""
    return [replace(token, tag="adv") if 0 < i < len(tokens) - 1 and token.word in DEGREE_WORDS
            and token.tag in ("noun", "adj") and tokens[i - 1].tag == "noun"
            and tokens[i + 1].tag in PLACING_TAGS else token for i, token in enumerate(tokens)]


def place_adverbs(tokens: list[Token]) -> list[Token]:
    """The tokens with degree words made adverbs (degree_adverbs) and "overhead" after a thing or a verb made an
    adverb of place, above (tag "where", as "nearby")."""
    tokens = degree_adverbs(tokens)
    return [replace(token, tag="where", value=OVERHEAD[token.word]) if token.word in OVERHEAD and i > 0
            and tokens[i - 1].tag in THING_OR_VERB and (i == len(tokens) - 1 or tokens[i + 1].tag in CLAUSE_GOES_ON)
            else token for i, token in enumerate(tokens)]
