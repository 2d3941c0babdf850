"""Regressions for what a person sees first in everyday prompts (bench/data/eyes_dev.jsonl), each through the real
rules planner and the real draft engine: the Plan says it, and the pixels show it.

1. A colour that belongs to a thing ("a red blanket", "a red barn") is not painted over the whole sky.
"""

from __future__ import annotations

import numpy as np

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

WIDTH, HEIGHT = 512, 384
ENGINE = DraftEngine()


def plan_of(prompt: str, seed: int = 1) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, WIDTH, HEIGHT, seed=seed)).plan


def render(plan: Plan) -> np.ndarray:
    return np.asarray(ENGINE.render(RenderRequest(plan, WIDTH, HEIGHT, seed=1)).image, dtype=np.int16)


def redness(pixels: np.ndarray) -> float:
    """How far red leads the other two channels, on average (a red sky scores about 150, a blue one below 0)."""
    return float((pixels[..., 0] - pixels[..., 1:].max(axis=-1)).mean())


def test_a_things_colour_leaves_the_sky_alone() -> None:
    for prompt in ("a family picnic in the park with a red blanket", "a tractor on a farm with cows and a red barn"):
        plan = plan_of(prompt)
        sky = render(plan)[: HEIGHT // 6]
        assert redness(sky) < 20, prompt
        assert not any("set the background" in note for note in plan.notes), prompt


def test_a_things_colour_and_a_backdrop_colour_each_go_where_they_were_said() -> None:
    plan = plan_of("a product shot of a red sneaker on a white background")
    pixels = render(plan)
    top = pixels[: HEIGHT // 8, WIDTH // 4: 3 * WIDTH // 4]
    assert top.mean() > 200 and abs(redness(top)) < 10  # the backdrop is white (a vignette darkens its corners)
    sneaker = next(s for s in plan.subjects if s.label == "sneaker")
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(sneaker.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    assert redness(pixels[y0:y1, x0:x1]) > 25  # and the sneaker red


def test_a_colour_before_a_document_still_colours_the_page() -> None:
    assert plan_of("a red poster for a concert").background.colors[0][0] > 200
