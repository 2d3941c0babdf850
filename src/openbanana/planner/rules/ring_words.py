"""A counted group that goes round one thing stands in a ring about it: "four cars circling a fountain", "five
kids toasting marshmallows around a campfire", "eight planets orbiting the sun". Read as "near" alone, the group
was drawn as a row beside the thing; the circle arrangement makes the composer ring it (scene/rings.py)."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.entity_draft import Draft

RING_VERBS = frozenset({"circle", "encircle", "surround", "orbit"})  # lemmas ("ring" also sounds a bell)
ROUND_WORDS = frozenset({"around", "round"})  # prepositions
RING_SIZE = 3  # fewer than this are a pair on either side, not a ring
SIDEWAYS = frozenset({"near", "next_to"})  # what a ring's relation to its centre reads as


def ring_round(word: str, predicate: str, drafts: Sequence[Draft], group: int, centre: int) -> None:
    """Lays `group` out in a circle when `word` (a verb's lemma or a preposition) goes round and the group, counted,
    stands beside one `centre` thing; an arrangement already said stays."""
    ringed, thing = drafts[group], drafts[centre]
    if (word in RING_VERBS or word in ROUND_WORDS) and predicate in SIDEWAYS and ringed.count >= RING_SIZE \
            and thing.count == 1 and ringed.arrangement == "auto":
        ringed.arrangement = "circle"
