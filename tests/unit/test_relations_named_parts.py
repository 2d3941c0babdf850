"""A part named for its whole puts its thing at the whole with the part's own preposition (named_parts.py, and the
seat and stove parts of vocabulary/attributes.PART_WORDS) — through the real rules planner. Sentences of their own,
none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "thing", "whole"), [
    ("a cat asleep on the seat of an armchair", "cat", "armchair"),
    ("a toddler on the seat of a swing", "toddler", "swing"),
    ("a robin on the backrest of a garden bench", "robin", "bench"),
    ("a kitten curled up on the armrest of a sofa", "kitten", "sofa"),
    ("a saucepan on the front burner of a gas stove", "saucepan", "stove"),
])
def test_a_part_to_sit_or_stand_on_puts_its_thing_on_the_whole(prompt: str, thing: str, whole: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "on", whole), prompt
    assert not stated(plan, thing, "in", whole), prompt


def test_the_seat_of_a_vehicle_is_still_in_it() -> None:
    plan = plan_of("a puppy on the back seat of a taxi")
    assert stated(plan, "puppy", "in", "taxi")
