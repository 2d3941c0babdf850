"""The ground a phrase states, and when a phrase that names one is the picture's ground.

"on the kitchen tiles" is a floor, "across the ice" white ground, "down a dirt track" or "along a sandy path" the
ground the track is made of; but "a glass with ice" or "a bowl with water" holds the stuff, it does not stand on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.grammar import Token
from openbanana.planner.rules.vocabulary.attributes import SURFACES
from openbanana.planner.rules.vocabulary.relation_words import OPEN_GROUND_WORDS, SURFACE_PREDICATES
from openbanana.scene import Terrain

# Ways across open ground: what they are made of is the ground ("a dirt track", "a muddy farm track").
TRACKS = frozenset({"path", "track", "trail", "lane", "footpath", "towpath", "bridleway", "pathway"})
TRACK_GROUNDS: dict[str, Terrain] = {
    "dirt": "dirt", "muddy": "dirt", "mud": "dirt", "dusty": "dirt", "gravel": "dirt", "sandy": "sand",
    "sand": "sand", "snowy": "snow", "icy": "snow", "snow": "snow", "grassy": "grass", "grass": "grass",
}
STUFF = OPEN_GROUND_WORDS | {"ice", "mud", "dirt"}  # what a thing can hold as well as stand on
LOW_PREDICATES = frozenset({"above", "below", "under"})
# A carpet that flies is a thing ridden through the sky, no room's floor ("a wizard on a flying carpet over a town").
FLYING = frozenset({"flying", "magic", "floating"})


def stated_ground(words: Sequence[Token], lemma: str, compound: str, *, of_phrase: bool) -> Terrain | None:
    """The ground the phrase names, or None: a surface word ("the floor", "sand"), or a track by what it is made of."""
    if lemma in ("carpet", "rug") and any(w.word in FLYING for w in words[:-1]):
        return None
    if compound in SURFACES:
        return SURFACES[compound]
    if lemma in SURFACES and not of_phrase:
        return SURFACES[lemma]
    if lemma in TRACKS:
        return next((TRACK_GROUNDS[w.word] for w in words[:-1] if w.word in TRACK_GROUNDS), None)
    return None


def is_the_ground(pending: str | None, head: str, has_subject: bool) -> bool:
    """Whether a phrase that names a ground is the picture's ground where it stands: after "on", "in", "near" or
    "with" (or opening the prompt), and open ground after "over" or "under"; never stuff a thing is "with"."""
    if head in TRACKS:
        return True  # "riding down a dirt track": whatever the preposition, one goes on it
    if pending == "with" and has_subject and head in STUFF:
        return False  # "a cocktail with ice", "a bowl with water": held, not stood on
    return pending in SURFACE_PREDICATES or not has_subject or (pending in LOW_PREDICATES and head in OPEN_GROUND_WORDS)
