"""Settings read from a prompt's land words, its sea and its opening verb, through the real planner (and, where
the ground is the point, the real draft engine); the sentences are new ones, none from a prompt set:

- a town or village in the desert (or the Arctic) lies on its sand (or snow); a flying carpet is no floor;
- the open sea has more sea beyond it, and a kelp forest is the sea's water (sea life alone there is seen under it);
- a material word before the land along a lake ("a rocky lakeshore") is that land's ground;
- a prompt that opens with a medium's verb ("Sketch a …", "Photograph two …") asks for that medium.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of, render


def setting_of(prompt: str) -> dict[str, object]:
    setting = read_scene(prompt).setting
    return {"place": setting.place, "terrain": setting.terrain, "indoor": setting.indoor,
            "backdrop": setting.backdrop}


@pytest.mark.parametrize(("prompt", "expected"), [
    ("Two camels resting outside a small desert village", {"terrain": "sand", "backdrop": "dunes"}),
    ("A hot air balloon drifting over a desert town", {"terrain": "sand", "backdrop": "dunes"}),
    ("A sorcerer riding a magic carpet above a desert town", {"terrain": "sand", "indoor": False}),
    ("A husky team resting in an arctic village", {"terrain": "snow"}),
    ("A baker carrying bread down a village street", {"terrain": "road"}),  # no loose land named: paved
    ("A cat asleep on a carpet", {"terrain": "floor", "indoor": True}),  # a carpet that does not fly is a floor
    ("A humpback whale breaching in the open ocean", {"terrain": "water", "backdrop": "sea"}),
    ("A sea lion drifting on its back above a kelp forest", {"terrain": "water", "indoor": False}),
    ("A sailboat moored in a quiet harbour", {"terrain": "water", "backdrop": "sea"}),  # the sea past its mouth
    ("A heron standing on a rocky lakeshore", {"terrain": "stone"}),
    ("A heron standing in a lake", {"terrain": "water"}),
])
def test_the_land_and_the_sea_named_are_the_setting(prompt: str, expected: dict[str, object]) -> None:
    found = setting_of(prompt)
    assert {key: found[key] for key in expected} == expected


def test_fish_alone_in_a_kelp_forest_are_seen_under_the_surface() -> None:
    assert setting_of("Three clownfish darting through a kelp forest")["terrain"] == "underwater"


@pytest.mark.parametrize(("prompt", "style"), [
    ("Sketch an old fisherman mending a net on a jetty", "sketch"),
    ("Photograph two children flying a kite on a hill", "photo"),
    ("Doodle a robot watering a sunflower", "sketch"),
    ("Sketches pinned to a corkboard above a desk", "flat"),  # a noun, not the verb
    ("Draw a fox curled up in the snow", "flat"),  # no medium named
])
def test_an_opening_medium_verb_is_the_style(prompt: str, style: str) -> None:
    assert read_scene(prompt).style == style


def test_a_desert_town_is_drawn_on_sand_not_asphalt() -> None:
    """The ground's band under the town is warm sand, where a town with no desert has a grey street: red leads blue
    by far more there."""
    plan = plan_of("A hot air balloon drifting over a desert town")
    sand, street = (render(p)[-30:].reshape(-1, 3).mean(axis=0)
                    for p in (plan, plan_of("A hot air balloon drifting over a town")))
    assert plan.background.terrain == "sand" and sand[0] - sand[2] > street[0] - street[2] + 30
