"""Words between things: what a preposition means, which verbs and nouns change it, and who a pronoun is."""

from __future__ import annotations

from openbanana.planner.rules.vocabulary.actions import VERB_RELATIONS
from openbanana.planner.rules.vocabulary.attributes import HOLDING_CONTAINERS, PLURAL_HOLDERS
from openbanana.scene import Predicate

PREPOSITIONS: dict[str, str] = {
    "on": "on", "onto": "on", "upon": "on", "atop": "on", "under": "under", "underneath": "under",
    "beneath": "under", "in": "in", "inside": "inside", "within": "inside", "into": "in",
    "behind": "behind", "beside": "next_to", "by": "next_to", "alongside": "next_to", "against": "next_to",
    "above": "above", "over": "above", "near": "near", "below": "below", "around": "near", "among": "near",
    "amongst": "near", "at": "near", "with": "with", "between": "between", "across": "near", "along": "near",
    "outside": "near",
}
CHAINED = frozenset({"in", "inside", "on", "under"})  # "in a bowl on a desk": the second place is the first one's
# "on the table", "at the desk": the ground itself
SURFACE_PREDICATES = frozenset({"on", "near", "with", "in", "inside"})
OBJECT_LISTS = frozenset({"holding", "wearing", "with"})  # "holding a cup and a book": one verb, two objects
MEDIA = frozenset({"watercolor", "watercolour", "pencil", "ink", "charcoal", "pixel", "3d", "gouache", "oil",
                   "oils", "crayon", "pastel", "clay"})  # "in pencil": the medium, not a pencil in the scene
ALONGSIDE_VERBS = frozenset({"play", "sit", "stand", "walk", "dance", "run"})  # "with" after them: beside
# After these, a place word that a pictogram draws is a thing in the picture: "in front of a garage".
LANDMARK_RELATIONS = frozenset({"in_front_of", "behind", "next_to", "left_of", "right_of"})
BOARDS = frozenset({"skateboard", "surfboard", "snowboard", "skis", "sled", "sledge", "wave", "waves"})  # stood on
# Where the place a thing was just put stands, when what follows is not lively: "a cat on the chair beside the
# table" (the chair is beside it), "books on the shelf above the desk" (the shelf is above it).
BESIDE = frozenset({"next_to", "near", "above", "below", "behind", "in_front_of", "left_of", "right_of"})
# "at her feet", "by his side": the person's own place, so the thing is near the person
OWNED_PLACES = frozenset({"foot", "feet", "side", "lap", "heels"})
PRONOUNS = {"he": "man", "him": "man", "she": "woman", "her": "woman"}


BALL_GAMES = frozenset({"ball", "football", "soccer", "soccer ball", "basketball", "volleyball", "tennis", "baseball",
                        "rugby", "rugby ball", "american football", "golf", "hockey", "beach ball"})
OWNERS = {"her": "her", "his": "him", "their": "them", "its": "it"}
CONTAINER_NOUNS = frozenset({*HOLDING_CONTAINERS, *PLURAL_HOLDERS, "fishbowl", "fish bowl", "aquarium", "nest"})
PARTICIPLE_ONLY = frozenset({"sat", "stood", "lay", "parked", "placed", "set"})  # "by" after them is "beside"
PASSIVE_PREDICATES = frozenset({"holding", "wearing", "riding", "near", "next_to"})


def passive_predicate(word: str, lemma: str) -> Predicate | None:
    """What the agent after "by" does to the thing a past participle follows: "held by a boy" → the boy holds
    it, "surrounded by trees" → trees around it. None where "by" is only "beside" ("a car parked by the river")."""
    if lemma == "cover":
        return "on"  # "a hut covered by snow": the snow lies on it
    predicate = VERB_RELATIONS[lemma][0] if lemma in VERB_RELATIONS else None
    return predicate if predicate in PASSIVE_PREDICATES and word not in PARTICIPLE_ONLY else None

