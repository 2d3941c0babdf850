"""What the thirteenth round of fresh prompts (bench/data/eyes_dev13.jsonl) showed wrong, fixed, through the real
rules planner and draft engine; sentences of our own, none of the round's prompts.

1. A person's dark skin or dark hair ("a boy with dark skin", "a woman with dark curly hair") describes the person:
   the picture keeps its world and its daylight, not the "dark" mood's night-dark plain backdrop.
2. Someone at an event ("dancing at a wedding", "at a birthday party") stands in a world with the event's sparkle or
   confetti, not on the event mood's plain gradient.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.unit.test_scene_fidelity_classes import SIZE, plan_of, render, subjects

# 1. Dark skin and dark hair are the person's


@pytest.mark.parametrize(("prompt", "person"), [
    ("a boy with dark skin flying a kite", "boy"),
    ("a woman with dark curly hair watering plants", "woman"),
    ("an old man with dark brown skin reading on a bench", "man"),
])
def test_dark_skin_or_hair_keeps_the_world_and_the_daylight(prompt: str, person: str) -> None:
    plan = plan_of(prompt)
    assert "dark" not in plan.style, plan.style
    assert plan.background.scene != "none" and plan.background.terrain != "none", plan.background
    assert plan.background.time_of_day not in ("dusk", "night")
    assert subjects(plan, person)
    top = render(plan)[: SIZE // 5].reshape(-1, 3)
    assert float(top.mean()) > 120  # a daylit sky or wall, not a night-dark page


def test_a_dark_scene_is_still_dark() -> None:
    plan = plan_of("a dark forest with an owl on a branch")
    assert "dark" in plan.style


def test_the_person_keeps_the_skin_and_hair_asked() -> None:
    girl, = (e for e in plan_of("a girl with dark skin at the market").scene.entities if e.noun == "girl")
    woman, = (e for e in plan_of("a woman with dark hair at the market").scene.entities if e.noun == "woman")
    assert girl.skin_tone == "dark" and "dark" in woman.hair


# 2. Someone at an event


@pytest.mark.parametrize(("prompt", "effect"), [
    ("a man in a suit dancing at a wedding", "sparkles"),
    ("two kids eating cake at a birthday party", "confetti"),
    ("an old couple laughing at their anniversary party", "confetti"),
])
def test_someone_at_an_event_stands_in_a_world_with_its_touch(prompt: str, effect: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.scene != "none" and plan.background.terrain != "none", plan.background
    assert effect in plan.background.effects
    pixels = render(plan)
    assert np.abs(pixels[-SIZE // 8:].mean(axis=(0, 1)) - pixels[: SIZE // 8].mean(axis=(0, 1))).max() > 30


@pytest.mark.parametrize("prompt", ["a wedding invitation for 'Ana & Joe'", "a birthday cake with five candles"])
def test_an_event_alone_keeps_its_backdrop(prompt: str) -> None:
    assert plan_of(prompt).background.terrain == "none"
