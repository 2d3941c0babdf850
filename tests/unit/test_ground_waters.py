"""Water that is only the scene's ground and a sun that only gives the time stay out of the relations: a boat "on
the lake" floats on the ground's water, and "under a rising sun" over a lake is the time of day, no sun thing."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.scene_reading import read_scene


@pytest.mark.parametrize("prompt", ["A red kayak on the lake at dawn", "A fishing boat on the bay"])
def test_a_boat_placed_on_the_ground_water_is_related_to_nothing(prompt: str) -> None:
    scene = read_scene(prompt)
    assert scene.setting.terrain == "water" and not scene.relations, prompt


def test_a_glider_across_the_water_is_still_on_it() -> None:
    scene = read_scene("Two swans gliding across a still lake")
    nouns = {e.id: e.noun for e in scene.entities}
    assert [(nouns[r.subject], r.predicate, nouns[r.object]) for r in scene.relations] == [("swan", "on", "lake")]


@pytest.mark.parametrize(("prompt", "time"), [("a calm river under a rising sun", "dawn"),
                                              ("a wide pond under a setting sun", "sunset")])
def test_a_timed_sun_over_water_alone_is_the_time_of_day(prompt: str, time: str) -> None:
    scene = read_scene(prompt)
    assert "sun" not in {e.noun for e in scene.entities} and scene.setting.time_of_day == time, prompt
