"""Relation classes the verb table read only as "near", read through the real rules planner.

1. An animal holds what it takes with its mouth or its paws (paws_and_jaws.py): prey it catches is in its jaws or
   talons, food a paw holder (a squirrel, a raccoon, a monkey) gnaws, munches or steals is in its paws; a thrown
   thing one catches stays beside it, and an animal with no hands to hold with keeps its food near.
2. What is mended, darned or whittled is worked in the hands whatever its size (vocabulary/predicates.HAND_VERBS,
   the handwork rows): the net a fisherman mends is no longer left somewhere near him.
3. A cup, a mug or a glass a person pours into is held up to the pour (poured_into.py); a bowl or a pot poured
   into stays where it stands, and so does a cup a teapot pours into.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

Triple = tuple[str, str, str]

# (prompt, relations it states, relations it must not state)
CASES: list[tuple[str, list[Triple], list[Triple]]] = [
    # 1. prey caught and food in the paws are held; a caught ball and a rabbit's carrot stay near
    ("a heron catching a fish in the shallows", [("heron", "holding", "fish")], [("heron", "near", "fish")]),
    ("an owl catching a mouse in a snowy field", [("owl", "holding", "mouse")], [("owl", "near", "mouse")]),
    ("a hamster nibbling a sunflower seed in its cage", [("hamster", "holding", "seed"), ("hamster", "in", "cage")],
     [("hamster", "near", "seed")]),
    ("a raccoon stealing a sandwich from a picnic table", [("raccoon", "holding", "sandwich")],
     [("raccoon", "near", "sandwich")]),
    ("a monkey munching a banana on a rock", [("monkey", "holding", "banana"), ("monkey", "on", "rock")],
     [("monkey", "near", "banana")]),
    ("an otter cracking a clam on the water", [("otter", "holding", "clam")], [("otter", "near", "clam")]),
    ("a border collie catching a ball in the garden", [("collie", "near", "ball")], [("collie", "holding", "ball")]),
    ("a rabbit nibbling a carrot on the lawn", [("rabbit", "near", "carrot")], [("rabbit", "holding", "carrot")]),
    ("a goat chewing a boot by the fence", [("goat", "near", "boot")], [("goat", "holding", "boot")]),
    # 2. handwork: what is mended, darned or whittled is in the hands
    ("a grandfather mending a fishing net on the beach", [("grandfather", "holding", "fishing net")],
     [("grandfather", "near", "fishing net")]),
    ("a scout whittling a branch by the campfire", [("scout", "holding", "branch")], [("scout", "near", "branch")]),
    ("a woman darning a woollen sock in an armchair", [("woman", "holding", "sock"), ("woman", "in", "armchair")],
     [("sock", "in", "armchair")]),
    ("a cobbler mending a boot at his bench", [("cobbler", "holding", "boot")], [("cobbler", "near", "boot")]),
    ("an old sailor mends the ropes on the quay", [("sailor", "holding", "rope")], [("sailor", "near", "rope")]),
    # 3. the cup poured into is in the other hand; a bowl or a pot is not
    ("a bartender pouring beer into a tall glass", [("bartender", "holding", "glass"), ("beer", "in", "glass")],
     [("bartender", "near", "glass")]),
    ("a grandmother pouring tea into a china teacup", [("grandmother", "holding", "teacup")],
     [("grandmother", "near", "teacup")]),
    ("a girl pouring juice into a mug in the kitchen", [("girl", "holding", "mug")], [("girl", "near", "mug")]),
    ("a man in an apron pouring coffee into a mug", [("man", "holding", "mug"), ("man", "wearing", "apron")],
     [("man", "near", "mug")]),
    ("a boy pouring milk into a bowl of cereal", [("milk", "in", "bowl")], [("boy", "holding", "bowl")]),
    ("a chef pouring soup into a pot", [("soup", "in", "pot")], [("chef", "holding", "pot")]),
]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), CASES)
def test_what_is_taken_in_paws_jaws_or_hands_is_held(prompt: str, wanted: list[Triple],
                                                      unwanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt
    assert not any(stated(plan, *triple) for triple in unwanted), prompt
