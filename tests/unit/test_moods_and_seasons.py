"""A season or weather outdoors owns the sky, not a mood's colours; through the real rules planner; sentences of our
own. "A snowman and a christmas tree in winter" stood under the Christmas mood's red-and-green sky."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from openbanana.planner.rules.vocabulary.moods import MOODS


def plan_of(prompt: str) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=2)).plan


@pytest.mark.parametrize(("prompt", "mood"), [
    ("a fox sniffing around a christmas tree in a snowy forest in winter", "christmas"),
    ("a birthday picnic in the park on a windy autumn afternoon", "birthday"),
])
def test_a_season_outdoors_paints_the_sky_not_the_mood(prompt: str, mood: str) -> None:
    plan = plan_of(prompt)
    assert mood in plan.style or "festive" in plan.style, plan.style  # the mood still sets the look
    assert plan.background.colors[:2] != MOODS[mood].colors, plan.background.colors
    assert plan.background.time_of_day is not None  # an hour lights the sky


def test_a_mood_with_no_season_or_place_keeps_its_backdrop() -> None:
    plan = plan_of("a little girl hugging a teddy bear beside a big christmas tree")
    assert plan.background.colors[:2] == MOODS["christmas"].colors
