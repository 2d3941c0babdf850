"""Young animals named by their kin, through the real rules planner; sentences of our own.

"An elephant spraying her calf" drew a cow beside the elephant, "a polar bear and her cubs" brown cubs, "a baby
elephant following its mother" a woman: the animal named with the kin word says which kind they are.
"""

from __future__ import annotations

import pytest

from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects


@pytest.mark.parametrize(("prompt", "young", "kind"), [
    ("a hippo wallowing in the mud with her calf", "calf", "hippo"),
    ("a giraffe bending down to its calf beside a thorn tree", "calf", "giraffe"),
    ("a humpback whale and her calf breaching near a sailboat", "calf", "whale"),
    ("a tiger resting in the shade while her cubs play", "cub", "tiger"),
    ("a zebra and her foal grazing on the plain", "foal", "zebra"),
])
def test_young_named_after_an_animal_are_of_its_kind(prompt: str, young: str, kind: str) -> None:
    plan = plan_of(prompt)
    glyph, child = entity(plan, kind).glyph, entity(plan, young)
    assert glyph is not None and child.glyph == glyph, (prompt, child)
    assert all(s.glyph == glyph for s in subjects(plan, young)), prompt  # drawn as that kind, young-sized
    assert child.scale < 1.0, child


@pytest.mark.parametrize(("prompt", "young", "kind"), [
    ("a fox pup peeking out of its den", "pup", "fox"),
    ("a panda cub hugging a bamboo stalk", "cub", "panda"),
])
def test_the_kind_said_before_the_young_word_is_its_kind(prompt: str, young: str, kind: str) -> None:
    assert entity(plan_of(prompt), young).stand_in == kind


def test_a_young_word_alone_keeps_its_usual_kind() -> None:
    assert entity(plan_of("a calf asleep in the straw of a barn"), "calf").stand_in == "cow"


def test_its_mother_after_a_young_animal_is_that_animal() -> None:
    plan = plan_of("a baby rhino trotting after its mother through the dust")
    mother, rhino = entity(plan, "mother"), entity(plan, "rhino")
    assert mother.glyph == rhino.glyph and mother.age is None, mother


def test_a_mother_beside_a_person_stays_a_person() -> None:
    plan = plan_of("a little girl and her mother feeding a goat at a petting zoo")
    assert entity(plan, "mother").age == "adult" and entity(plan, "mother").glyph != entity(plan, "goat").glyph
