"""A poster's last short "Call …" or "Visit …" is its call to action. Real planner; the sentences are new ones, none
from a prompt set."""

from __future__ import annotations

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner


def roles(prompt: str) -> dict[str, str]:
    plan = RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=7)).plan
    return {t.text: t.role for t in plan.scene.texts}


@pytest.mark.parametrize("prompt", [
    'Flyer for a found dog: "FOUND DOG" at the top, a small terrier in the middle, and "Call 555-0199" at the bottom',
    'A poster for a museum night: "Lights Out" at the top, a lantern in the middle and "Visit us Friday" at the bottom',
])
def test_a_posters_last_call_or_visit_is_its_call_to_action(prompt: str) -> None:
    read = roles(prompt)
    last = list(read)[-1]
    assert read[last] == "cta", read
    assert next(iter(read.values())) == "headline", read
