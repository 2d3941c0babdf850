"""What "with" names, read by what the two things are and not by the words of one sentence — through the real
rules planner.

1. After a container: a container (a bowl, a basket, a pot, a bag) with food or a plant holds it, a boat with people
   carries them in it; one already filled ("a cup of coffee with a croissant") and a thing that is no content (a
   bow, a lid, a mop) stay beside it.
2. After a person who walks, runs, sits or stands: a thing is carried ("a woman walking through the forest with a
   lantern"), a companion is beside ("a man walking with his dog"), and a ball or a toy one plays with stays at the
   feet.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. "a wooden bowl with three pears": the pears are in it

@pytest.mark.parametrize(("prompt", "content", "container"), [
    ("a wooden bowl with three pears", "pear", "bowl"),
    ("a wicker basket with red apples on the porch", "apple", "basket"),
    ("a clay pot with a small fern on the balcony", "fern", "pot"),
    ("a paper bag with fresh bagels", "bagel", "bag"),
    ("a canoe with two girls on the river", "girl", "canoe"),
])
def test_a_container_with_food_a_plant_or_its_crew_holds_them(prompt: str, content: str, container: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, content, "in", container), prompt
    assert not stated(plan, container, "next_to", content), prompt


@pytest.mark.parametrize(("prompt", "container", "thing"), [
    ("a cup of coffee with a croissant", "cup", "croissant"),  # filled already: the croissant is beside it
    ("a gift box with a red bow", "gift box", "bow"),
    ("a bucket with a mop", "bucket", "mop"),
])
def test_a_filled_container_or_a_thing_that_is_no_content_stays_beside(prompt: str, container: str,
                                                                       thing: str) -> None:
    plan = plan_of(prompt)
    assert not stated(plan, thing, "in", container), prompt
    assert stated(plan, container, "next_to", thing), prompt


# 2. "walking through the forest with a lantern": carried


@pytest.mark.parametrize(("prompt", "person", "thing"), [
    ("a woman walking through the forest with a lantern", "woman", "lantern"),
    ("a man running down the street with an umbrella", "man", "umbrella"),
    ("a girl in a raincoat walking with a red umbrella", "girl", "umbrella"),
    ("a tourist standing in the square with a camera", "tourist", "camera"),
    ("an old woman sitting quietly with a book", "woman", "book"),
    ("a hiker standing on the summit with a map", "hiker", "map"),
])
def test_a_thing_a_person_walks_or_sits_with_is_carried(prompt: str, person: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, person, "holding", thing), prompt
    assert not stated(plan, person, "near", thing), prompt


@pytest.mark.parametrize(("prompt", "person", "other"), [
    ("a man walking with his dog", "man", "dog"),  # a companion walks beside
    ("a boy playing with a ball in the park", "boy", "ball"),  # a ball is at the feet
    ("a little girl playing with wooden blocks on the rug", "girl", "block"),  # and so are toys
])
def test_a_companion_or_a_ball_stays_near(prompt: str, person: str, other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, person, "near", other), prompt
    assert not stated(plan, person, "holding", other), prompt
