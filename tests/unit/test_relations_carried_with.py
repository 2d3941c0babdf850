"""What a person walks, runs, sits or stands "with", read by what the thing is and not by the words of one
sentence — through the real rules planner: a thing is carried ("a woman walking through the forest with a
lantern"), a companion is beside ("a man walking with his dog"), and a ball or a toy one plays with stays at the
feet.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


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
