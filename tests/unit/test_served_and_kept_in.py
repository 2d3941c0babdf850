"""What is "with" a serving board or an enclosure stands on or in it, and the holder is drawn as one.

"A cheese board with grapes, crackers and a knife" had every thing beside the board; "a fish tank with a little
castle" had the castle beside a tank drawn as a car (now a glass tank of its own form), and "a platter" was drawn
as a spoon. Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of


@pytest.mark.parametrize(("prompt", "thing", "board"), [
    ("a charcuterie board with salami and figs", "fig", "board"),
    ("a marble cheese board with two pears and a knife", "knife", "cheese board"),
    ("a wooden platter with grilled corn", "corn", "platter"),
    ("a breakfast platter with two eggs and bacon", "egg", "breakfast platter"),
])
def test_what_is_with_a_serving_board_is_on_it(prompt: str, thing: str, board: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "on", board), prompt
    assert not stated(plan, board, "next_to", thing), prompt


@pytest.mark.parametrize(("prompt", "thing", "holder"), [
    ("a fish tank with a plastic diver and green plants", "diver", "fish tank"),
    ("a birdcage with a tiny mirror", "mirror", "birdcage"),
    ("a rabbit hutch with two rabbits and a carrot", "rabbit", "rabbit hutch"),
    ("a fishbowl with one orange goldfish", "goldfish", "fishbowl"),
])
def test_what_is_with_an_enclosure_is_in_it(prompt: str, thing: str, holder: str) -> None:
    assert stated(plan_of(prompt), thing, "in", holder), prompt


def test_a_person_with_a_cage_is_not_put_in_it() -> None:
    plan = plan_of("a pet shop with a parrot cage and a shop assistant")
    assert not any(r.predicate == "in" and r.subject == entity(plan, "assistant").id for r in plan.scene.relations)


def test_a_platter_is_drawn_as_a_plate() -> None:
    assert entity(plan_of("a silver platter on a kitchen counter"), "platter").glyph == "🍽"


def test_pears_with_a_cheese_board_are_drawn_on_it() -> None:
    plan = planned("a marble cheese board with two pears")
    assert holds(plan, "pear", "on", "cheese board")


@pytest.mark.parametrize("prompt", ["a fish tank on a wooden desk next to a lamp",
                                    "a goldfish swimming in a fish tank"])
def test_a_fish_tank_is_drawn_as_a_glass_tank(prompt: str) -> None:
    plan = planned(prompt)
    tank = entity(plan, "fish tank")
    assert tank.glyph is None  # its own form, not the armoured car "tank" alone stands for
    drawn = [s for s in plan.subjects if s.entity == tank.id]
    assert drawn and drawn[0].form == "fish tank"


def test_a_goldfish_in_a_fish_tank_is_drawn_in_it() -> None:
    assert holds(planned("a goldfish swimming in a fish tank"), "goldfish", "in", "fish tank")


def test_a_tank_alone_is_no_fish_tank() -> None:
    assert entity(plan_of("an old army tank in a field"), "tank").glyph is not None
