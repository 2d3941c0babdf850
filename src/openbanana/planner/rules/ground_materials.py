"""What a ground is made of, said before the place: "a muddy building site" is dirt, "a cobblestone square" stone,
"a gravel yard" dirt, "a sandy plain" sand. The place word alone gives its usual ground (a square is a road, a
site nothing); the material word says which ground to draw, as "a dirt track" does for a track (grounds.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.grammar import Token
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.vocabulary.settings import PLACE_EDGES, PLACES, Place
from openbanana.scene import Terrain

GROUND_MATERIALS: dict[str, Terrain] = {
    **dict.fromkeys(("muddy", "mud", "dirt", "dusty", "earthen", "gravel", "gravelled", "graveled", "gravelly",
                     "churned"), "dirt"),
    **dict.fromkeys(("cobblestone", "cobblestoned", "cobbled", "cobble", "flagstone", "flagstoned", "stone",
                     "pebble", "pebbled", "pebbly", "shingle", "rocky", "flagged"), "stone"),
    "sandy": "sand", "grassy": "grass",
}
# Open grounds that are no place of the table's own, or whose usual ground a material word replaces.
GROUND_HEADS = frozenset({"site", "square", "courtyard", "yard", "plain", "plains", "lot", "ground", "grounds",
                          "plaza", "quay", "quayside", "street", "alley", "lane", "piazza", "forecourt", "paddock",
                          "clearing", "riverbank", "bank", "shore", "beach", "field", "farmyard", "track",
                          "ramp", "jump", "berm", "mound"})  # earthworks: "a dirt ramp in the woods" is on dirt

NOT_EARTH = frozenset({"space", "water", "underwater", "stage"})  # grounds no earth word changes


def edge_ground(words: Sequence[Token]) -> Terrain | None:
    """The ground a material word names for the land along a water ("a pebbly riverbank", "a rocky lakeshore"):
    stones by the river, where the reader drew the river's water; None for any other phrase."""
    head = noun_lemma(words[-1].word)
    edge = next((e for e in PLACE_EDGES if head.endswith(e)), "")
    if not edge or head[: -len(edge)] not in PLACES:
        return None
    return next((GROUND_MATERIALS[w.word] for w in words[:-1] if w.word in GROUND_MATERIALS), None)


def ground_material(words: Sequence[Token], head_place: Place | None) -> Terrain | None:
    """The ground a material word before an open ground names, or None (a "stone bridge" is no ground)."""
    head = noun_lemma(words[-1].word)
    if head_place is not None and head_place.terrain in NOT_EARTH:
        return None  # "the dusty lunar surface" is the Moon's ground, "a muddy pond" water
    if (head_place is None or head_place.indoor) and head not in GROUND_HEADS:
        return None
    return next((GROUND_MATERIALS[w.word] for w in words[:-1] if w.word in GROUND_MATERIALS), None)
