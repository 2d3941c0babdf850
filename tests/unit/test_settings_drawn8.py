"""The place and the ground, read and drawn as asked: grounds a sentence states ("across the ice", "down a dirt
track", "on the bathroom tiles"), things that lie on one ground, rooms implied by their things, places named by a
compound or an edge, peaks closing an open place's view, and time, weather and season words in odd shapes (a month,
"as the sun sets", "a night market", "a frozen pond"). Sentences written for these tests; real planner and engine.
"""

from __future__ import annotations

import numpy as np
import pytest

from openbanana.plan import Plan
from tests.unit.test_drawn_as_asked import HEIGHT, plan_of, render


def setting_of(prompt: str) -> dict[str, object]:
    setting = plan_of(prompt).scene.setting
    return {"terrain": setting.terrain, "indoor": setting.indoor, "backdrop": setting.backdrop,
            "time": setting.time_of_day, "weather": setting.weather, "season": setting.season}


@pytest.mark.parametrize(("prompt", "expected"), [
    # a month sets the season; the sun's course said as a clause sets the time; a weather verb the weather
    ("A hedgehog under the garden shed on a wet November evening", {"season": "autumn", "time": "dusk"}),
    ("Ducks on a village pond, late April", {"season": "spring"}),
    ("Two old friends playing chess in the park in July", {"season": "summer"}),
    ("a couple walking their dog along the beach as the sun sets", {"time": "sunset", "terrain": "sand"}),
    ("A snail crossing a garden path while it rains", {"weather": "rain"}),
    ("A lighthouse on the cliffs under a towering thunderhead", {"weather": "storm"}),
    # a weather or time word before a place, and the words of a sky
    ("Fishing boats coming into a morning harbour", {"time": "morning", "terrain": "water"}),
    ("A fox trotting across a winter meadow", {"season": "winter"}),
    ("A windmill under a clear pale spring sky", {"weather": "clear", "season": "spring"}),
    ("A skater on a frozen river", {"season": "winter", "terrain": "water"}),
    # the ground the sentence states
    ("a polar bear cub sliding across the ice", {"terrain": "snow"}),
    ("A farmer pushing a wheelbarrow down a muddy track", {"terrain": "dirt"}),
    ("two donkeys walking along a sandy path", {"terrain": "sand"}),
    ("a kitten chasing a ball on the bathroom tiles", {"terrain": "floor", "indoor": True}),
    ("a toddler sitting on the kitchen tiles", {"terrain": "floor", "indoor": True}),
    # things that lie on one ground; stuff a thing is "with" is not the ground
    ("a little girl patting down her sandcastle", {"terrain": "sand"}),
    ("Two brothers throwing snowballs at each other", {"terrain": "snow"}),
    ("A walrus dozing on an iceberg", {"terrain": "water"}),
    ("A glass of cola with ice", {"terrain": "none"}),
    # rooms by their things
    ("A professor writing an equation on the whiteboard", {"indoor": True, "terrain": "floor"}),
    ("a tabby cat curled up at the top of the staircase", {"indoor": True}),
    ("A pot of soup simmering on the hob", {"indoor": True}),
    # places by a compound's head or the place they edge, the mountains behind an open place
    ("A crow perched on a fence post in a wheatfield", {"terrain": "grass", "backdrop": "hills", "indoor": False}),
    ("Children playing tag in the schoolyard", {"terrain": "grass", "indoor": False}),
    ("Two swans gliding past the riverbank", {"terrain": "water"}),
    ("A picnic in a meadow with jagged peaks behind", {"terrain": "grass", "backdrop": "mountains"}),
    ("A camper van parked at a lakeside campsite in the mountains", {"backdrop": "mountains"}),
    ("A tired camel drinking at an oasis", {"terrain": "sand"}),
    ("A cyclist waiting at a busy intersection", {"terrain": "road", "backdrop": "city"}),
])
def test_the_setting_is_read_as_said(prompt: str, expected: dict[str, object]) -> None:
    setting = setting_of(prompt)
    assert {key: setting[key] for key in expected} == expected


@pytest.mark.parametrize("prompt", ["A boy flying a kite in a cornfield", "Geese grazing in a hayfield"])
def test_a_compound_field_is_a_field_not_snow(prompt: str) -> None:
    """The nearest place by meaning to "cornfield" was the snowfield: the compound's head says what it is."""
    assert setting_of(prompt)["terrain"] == "grass"


def ground(plan: Plan) -> np.ndarray:
    """The mean colour of the picture's bottom strip: the ground in front of everything."""
    pixels = render(plan)
    return pixels[int(HEIGHT * 0.92):, :, :3].reshape(-1, 3).mean(axis=0)


@pytest.fixture(scope="module")
def grounds() -> dict[str, np.ndarray]:
    """The ground as the engine draws each terrain, from plain sentences that name it."""
    return {terrain: ground(plan_of(prompt)) for terrain, prompt in (
        ("dirt", "a hen in the mud"), ("snow", "a fox in the snow"), ("floor", "a kitten on the floor"),
        ("sand", "a crab on the sand"), ("grass", "a dog on the grass"), ("table", "a mug in a kitchen"))}


@pytest.mark.parametrize(("prompt", "terrain"), [
    ("a pony trotting along a muddy lane", "dirt"),
    ("a girl skating across the ice", "snow"),
    ("a toddler sitting on the kitchen tiles", "floor"),  # a floor, not the kitchen's table top
    ("a little girl patting down her sandcastle", "sand"),
    ("A boy flying a kite in a cornfield", "grass"),
])
def test_the_ground_is_drawn_as_said(prompt: str, terrain: str, grounds: dict[str, np.ndarray]) -> None:
    drawn = ground(plan_of(prompt))
    nearest = min(grounds, key=lambda name: float(np.abs(grounds[name] - drawn).sum()))
    assert nearest == terrain
