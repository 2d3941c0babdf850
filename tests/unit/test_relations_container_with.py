"""What "with" names after a container, read by what the two things are and not by the words of one sentence —
through the real rules planner: a container (a bowl, a basket, a pot, a bag) with food or a plant holds it, a boat
with people carries them in it; one already filled ("a cup of coffee with a croissant") and a thing that is no
content (a bow, a lid, a mop) stay beside it.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


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
