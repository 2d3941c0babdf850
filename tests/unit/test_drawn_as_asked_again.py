"""Regressions for the second look at everyday prompts (bench/data/eyes_dev2.jsonl), each through the real rules
planner and the real draft engine: the Plan says it, and the pixels show it.

1. A woman riding a bike is on the bike (the one pictogram of a cyclist), not stood on its saddle.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Plan, Subject
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

WIDTH, HEIGHT = 512, 384
ENGINE = DraftEngine()


def plan_of(prompt: str, seed: int = 1) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, WIDTH, HEIGHT, seed=seed)).plan


def render(plan: Plan) -> np.ndarray:
    return np.asarray(ENGINE.render(RenderRequest(plan, WIDTH, HEIGHT, seed=1)).image, dtype=np.int16)


def pixel_box(subject: Subject) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(subject.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    return x0, y0, x1, y1


def ink(plan: Plan, subject: Subject) -> np.ndarray:
    """Where the subject leaves ink: the pixels that change when it is left out, over its box."""
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
    changed = np.abs(render(plan) - render(without)).max(axis=2) > 28
    x0, y0, x1, y1 = pixel_box(subject)
    return changed[y0:y1, x0:x1]


def test_a_woman_riding_a_bike_is_on_it_as_one_cyclist() -> None:
    plan = plan_of("a woman riding a bike along the beach")
    woman = next(e for e in plan.scene.entities if e.noun == "woman")
    bike = next(e for e in plan.scene.entities if e.noun == "bike")
    rider, = (s for s in plan.subjects if s.entity == woman.id)
    assert rider.glyph == "🚴\u200d♀️" and rider.also_shows == (bike.id,)
    assert not any(s.entity == bike.id for s in plan.subjects)  # no second, empty bike beside her
    drawn = ink(plan, rider)
    assert drawn.mean() > 0.25
    assert drawn[: drawn.shape[0] // 3].mean() > 0.05 and drawn[-drawn.shape[0] // 3:].mean() > 0.1  # her, the wheels
    assert not any("riding" in s for s in plan.shortfalls)
