"""Relations as people phrase them, through the real rules planner and the real draft engine: the scene graph states
the relation, the placed boxes satisfy it, and both things show in the pixels.

Phrasings: passives ("a kite held by a boy", "a cottage surrounded by pine trees"), a place put first ("Behind the
barn stands a windmill"), "inside"/"out of" (never worn), a part of a thing ("the roof of a house" is the house),
"with X behind it", "between" a plural group, a chained place after a verb's object ("watching a fish in a bowl"),
a thing beside the place it was put on, plural groups, and "under the stars".
"""

from __future__ import annotations

import pytest

from openbanana.planner.scene_geometry import relation_holds, subjects_of
from tests.unit.test_scene_fidelity_classes import entity, ink_share, plan_of, subjects

CASES = [
    ("A kite held by a little boy on a windy hill", [("boy", "holding", "kite")]),
    ("A scarf worn by a snowman", [("snowman", "wearing", "scarf")]),
    ("A tent surrounded by two pine trees", [("tree", "near", "tent")]),
    ("Behind the barn stands a windmill", [("windmill", "behind", "barn")]),
    ("Under the old oak tree sits a red bench", [("bench", "under", "tree")]),
    ("On the kitchen counter there is a bowl of oranges", [("bowl", "on", "counter"), ("orange", "in", "bowl")]),
    ("A white rabbit peeking out of a magician's hat", [("rabbit", "in", "hat")]),
    ("A bird perched on the roof of a small house, the sun behind the house",
     [("bird", "on", "house"), ("sun", "behind", "house")]),
    ("A painting hanging above the fireplace in a cosy room", [("painting", "above", "fireplace")]),
    ("A dog lying underneath a wooden table and a cat on the chair beside the table",
     [("dog", "under", "table"), ("cat", "on", "chair"), ("chair", "next_to", "table")]),
    ("A house with a tall tree behind it", [("tree", "behind", "house")]),
    ("A table with two chairs around it", [("chair", "near", "table")]),
    ("A girl sitting between two boys", [("girl", "next_to", "boy")]),
    ("A cat watching a goldfish in a bowl", [("goldfish", "in", "bowl")]),
    ("Two dogs in front of three sheep in a field", [("dog", "in_front_of", "sheep")]),
    ("Beneath the stars, a fox sits on a rock", [("fox", "under", "star"), ("fox", "on", "rock")]),
    ("The books are on the shelf above the desk", [("book", "on", "shelf"), ("shelf", "above", "desk")]),
    ("A girl with a dog sitting at her feet", [("dog", "near", "girl")]),
    ("A dog lying at the feet of his owner", [("dog", "near", "owner")]),
    ("Two chairs facing each other across a small table", [("chair", "near", "table")]),
]


@pytest.mark.parametrize(("prompt", "expected"), CASES)
def test_the_relation_is_read_placed_and_drawn(prompt: str, expected: list[tuple[str, str, str]]) -> None:
    assert_read_placed_and_drawn(prompt, expected)


def assert_read_placed_and_drawn(prompt: str, expected: list[tuple[str, str, str]]) -> None:
    """The scene graph states each relation, the placed boxes satisfy it, and both things leave ink."""
    plan = plan_of(prompt)
    stated = {(r.subject, r.predicate, r.object) for r in plan.scene.relations}
    for a, predicate, b in expected:
        ida, idb = entity(plan, a).id, entity(plan, b).id
        assert (ida, predicate, idb) in stated, (a, predicate, b, plan.scene.relations)
        assert relation_holds(predicate, subjects_of(plan.subjects, ida), subjects_of(plan.subjects, idb)), \
            (a, predicate, b)
    for noun in {n for a, _, b in expected for n in (a, b)}:
        assert any(ink_share(plan, s) > 0.04 for s in subjects(plan, noun)), f"{noun} leaves no ink"


def test_inside_is_never_worn_and_a_car_parked_by_the_river_is_beside_it() -> None:
    rabbit = plan_of("A rabbit inside a top hat")
    assert all(r.predicate != "wearing" for r in rabbit.scene.relations)
    parked = plan_of("A car parked by a tree")
    car, tree = entity(parked, "car").id, entity(parked, "tree").id
    assert (car, "next_to", tree) in {(r.subject, r.predicate, r.object) for r in parked.scene.relations}


def test_stars_in_the_plural_make_it_night_and_one_star_does_not() -> None:
    assert plan_of("Beneath the stars, a fox sits on a rock").scene.setting.time_of_day == "night"
    assert plan_of("A gold star on a table").scene.setting.time_of_day is None
