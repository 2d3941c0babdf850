"""Settings read from the words that missed them, as classes, through the real planner (a farmyard's earth checked on
the draft engine's pixels); the sentences are new ones, none from a prompt set:

- a sky's weather said before an hour ("a grey afternoon", "a clear morning") is that hour's weather;
- a lane (of houses, or of a city street) is a road; a motel or a petrol station is seen from its road;
- a farmyard or a barnyard is trodden earth; a bay or a harbour has the sea beyond it, unless land is named there;
- a stand of trees behind ("tents among the pines behind") or a forest below a height closes the view with forest;
- a birch or beech wood is a forest, and a path through one is on its ground, not a town's road;
- water named below a height or behind the scene ("waves far below", "the sea and palms behind") is the view, the
  land stood on the ground;
- a spacecraft drawn with the Earth is in space; a bunk is in a room; a windowsill garden is indoors, and so is
  someone blowing out a cake's candles.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of, render


@pytest.mark.parametrize(("prompt", "weather"), [
    ("A postman cycling past a row of letterboxes on a grey afternoon", "overcast"),
    ("Two herons standing in the shallows, clear morning", "clear"),
    ("A tractor in a field on a clear evening", "clear"),
    ("A boy flying a kite on a windy afternoon", "windy"),
])
def test_a_skys_weather_before_an_hour_is_that_hours(prompt: str, weather: str) -> None:
    assert read_scene(prompt).setting.weather == weather


@pytest.mark.parametrize(("prompt", "place"), [
    ("A woman pushing a pram down a narrow lane of stone cottages", None),
    ("A delivery van blocking one lane of a busy city street", "city street"),
])
def test_a_lane_is_a_road(prompt: str, place: str | None) -> None:
    setting = read_scene(prompt).setting
    assert setting.terrain == "road" and (place is None or setting.place == place)
    assert "lane" not in {e.noun for e in read_scene(prompt).entities}


@pytest.mark.parametrize("prompt", [
    "A blue pickup parked beside a cactus outside an old roadside motel",
    "A tow truck waiting outside a petrol station at night",
])
def test_a_roadside_stop_is_seen_from_its_road(prompt: str) -> None:
    assert read_scene(prompt).setting.terrain == "road"


def test_a_farmyard_is_drawn_on_earth_not_grass() -> None:
    """The ground's band under a barnyard is brown earth, where a meadow's is green: red leads green there."""
    plan = plan_of("Three geese waddling across a muddy barnyard")
    meadow = plan_of("Three geese waddling across a meadow")
    earth, grass = (render(p)[-30:].reshape(-1, 3).mean(axis=0) for p in (plan, meadow))
    assert plan.scene.setting.terrain == "dirt"
    assert earth[0] - earth[1] > grass[0] - grass[1] + 20


@pytest.mark.parametrize(("prompt", "backdrop"), [
    ("Six dinghies tied up in a little harbour at noon", "sea"),
    ("A kayak gliding across a calm bay", "sea"),
    ("A ferry crossing a bay, and beyond it a row of cottages climbs the hillside", "hills"),
])
def test_a_bay_looks_out_to_sea_unless_land_is_named(prompt: str, backdrop: str) -> None:
    setting = read_scene(prompt).setting
    assert setting.terrain == "water" and setting.backdrop == backdrop


@pytest.mark.parametrize(("prompt", "terrain"), [
    ("Two canoes drawn up on a shingle beach by a fire, cabins among the pines behind", "sand"),
    ("A mountain goat on a rocky ledge far above a pine forest", "stone"),
    ("A fox trotting along a path through a beech wood", "grass"),
    ("A boy picking mushrooms in a birch wood", "grass"),
])
def test_trees_behind_or_below_and_a_wood_are_a_forest(prompt: str, terrain: str) -> None:
    scene = read_scene(prompt)
    assert scene.setting.backdrop == "forest" and scene.setting.terrain == terrain
    assert "wood" not in {e.noun for e in scene.entities}


@pytest.mark.parametrize(("prompt", "terrain"), [
    ("Sheep grazing on a grassy cliff top, breakers crashing far below", "grass"),
    ("Children building a sandcastle on white sand, the ocean and a pier behind", "sand"),
])
def test_water_below_or_behind_is_the_view(prompt: str, terrain: str) -> None:
    setting = read_scene(prompt).setting
    assert setting.terrain == terrain and setting.backdrop == "sea"


def test_water_below_a_thing_is_still_its_place() -> None:
    assert read_scene("A diver swimming below the boat on the open sea").setting.terrain == "water"


@pytest.mark.parametrize("prompt", [
    "Cartoon of a space shuttle leaving Earth, a comet streaking past",
    "A satellite circling the planet Earth with its panels open",
])
def test_a_spacecraft_with_the_earth_is_in_space(prompt: str) -> None:
    assert read_scene(prompt).setting.terrain == "space"


def test_a_toy_rocket_on_a_lawn_stays_on_the_lawn() -> None:
    assert read_scene("A girl launching a toy rocket on the lawn").setting.terrain == "grass"


@pytest.mark.parametrize("prompt", [
    "A teenager reading with a torch in the bottom bunk",
    "A little herb garden on a kitchen windowsill: chives and parsley in tin cans",
    "A windowsill herb garden of four jars",
    "A grandmother blowing out the candles on her lemon cake while the family claps",
])
def test_things_of_a_home_put_the_scene_indoors(prompt: str) -> None:
    assert read_scene(prompt).setting.indoor


def test_a_herb_garden_behind_a_house_stays_outdoors() -> None:
    assert not read_scene("A herb garden behind a farmhouse with a bee on the thyme").setting.indoor
