"""Words that say how far or how exactly a thing is where the next preposition puts it: "her lamb right beside her",
"the Earth high in the sky", "a gull far above the waves", "a cat just behind the door". The lexicon tags them as
nouns, so the thing before them became their modifier ("right" with a lamb's name, "high" with the Earth's) and the
thing was lost; between a noun and a preposition they are adverbs. So are words of how much before a participle ("a
treasure chest half buried in the sand", "a half eaten apple"): "half" was the head, the chest its modifier.

"Overhead" after a thing or its verb ("seagulls overhead", "five gulls wheel overhead", "lights hanging overhead")
says where the thing is, as "nearby" does: above the scene's subject. Before a noun ("an overhead shot") or with
its own noun after it, it stays a word of the camera or of a thing. "In the sky" right after a thing or its verb ("a
castle on a hill, a dragon up in the sky") says the same, above, and the sky is still read as the scene's sky: the
adverb is put before it, not in its place."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openbanana.planner.rules.tagging import Token

DEGREE_WORDS = frozenset({"right", "high", "low", "far", "just", "directly", "straight", "deep", "way", "halfway"})
PLACING_TAGS = frozenset({"prep", "relation", "where"})  # "beside", "next to", "in the background"
MEASURE_WORDS = frozenset({"half", "partly", "partially", "mostly", "fully", "barely"})  # "half buried"
OVERHEAD = {"overhead": "above", "aloft": "above"}
SKY_PREPOSITIONS = frozenset({"in", "up in"})
SKY_WORDS = frozenset({"det", "adj", "noun", "color", "time", "weather"})  # words of a sky's phrase before "sky"
THING_OR_VERB = frozenset({"noun", "verb", "ing", "past", "adv"})  # what an adverb of place can follow
CLAUSE_GOES_ON = frozenset({"comma", "conj", "break", "prep", "relation", "where"})  # nothing it could modify


def degree_adverbs(tokens: list[Token]) -> list[Token]:
    """The tokens with each degree word between a noun and a preposition, and each word of how much before a
    participle, made an adverb."""
    return [replace(token, tag="adv") if i < len(tokens) - 1 and token.tag in ("noun", "adj") and (
        (i and token.word in DEGREE_WORDS and tokens[i - 1].tag == "noun" and tokens[i + 1].tag in PLACING_TAGS)
        or (token.word in MEASURE_WORDS and tokens[i + 1].tag == "past")) else token for i, token in enumerate(tokens)]


def place_adverbs(tokens: list[Token]) -> list[Token]:
    """The tokens with degree words made adverbs (degree_adverbs), "overhead" after a thing or a verb made an adverb
    of place, above (tag "where", as "nearby"), and such an adverb put before "in the sky" after one."""
    tokens = degree_adverbs(tokens)
    placed: list[Token] = []
    for i, token in enumerate(tokens):
        after_thing = i > 0 and tokens[i - 1].tag in THING_OR_VERB
        if token.word in OVERHEAD and after_thing and (i == len(tokens) - 1 or tokens[i + 1].tag in CLAUSE_GOES_ON):
            token = replace(token, tag="where", value=OVERHEAD[token.word])
        elif token.word in SKY_PREPOSITIONS and after_thing and _sky_follows(tokens, i + 1):
            placed.append(replace(token, word="in the sky", tag="where", value="above"))
        placed.append(token)
    return placed


def _sky_follows(tokens: list[Token], i: int) -> bool:
    """A sky ("the sky", "the evening sky", "a starry sky") is the phrase that starts at `i`."""
    for token in tokens[i:i + 3]:
        if token.word == "sky" or token.word.endswith(" sky"):
            return True
        if token.tag not in SKY_WORDS:
            return False
    return False
