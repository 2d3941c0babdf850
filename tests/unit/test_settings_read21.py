"""Settings a prompt's things, its second place or its hour words give, through the real planner (and, where the
ground is the point, the real draft engine); the sentences are new ones, none from a prompt set:

- the polar ice's creatures and the people of snow sports stand on snow; a frozen lake crossed by a sled is white
  ground, one only walked beside stays water; a ridge is a mountain's, or the crest of the land already named;
- a season shown: snow falling seen from a room is winter, a pile of pumpkins autumn, a pool float summer;
- a cliff above the open sea looks out to sea; a road along the coast has the sea beside it; a shop passed in the
  countryside has its hills beyond; a town's building one stands in front of is on its street;
- a circus ring is a stage, a station platform a room, a fish in a bowl indoors;
- "early morning" is the morning, "late afternoon" the afternoon, "morning light" the morning, grey clouds an
  overcast sky, a neon-lit street at night;
- a desk seen straight down has its top for the picture's ground, in the plan as in the picture.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of, render


def setting_of(prompt: str) -> dict[str, object]:
    setting = read_scene(prompt).setting
    return {"place": setting.place, "terrain": setting.terrain, "indoor": setting.indoor,
            "backdrop": setting.backdrop, "weather": setting.weather, "season": setting.season,
            "time_of_day": setting.time_of_day}


@pytest.mark.parametrize(("prompt", "expected"), [
    # snow underfoot
    ("A walrus and a harp seal dozing side by side", {"terrain": "snow", "indoor": False}),
    ("A penguin waddling under a palm tree", {"terrain": "none"}),  # far from the ice
    ("Two penguins huddled on an iceberg", {"terrain": "water"}),  # the iceberg floats: the sea is the ground
    ("A husky pulling a dog sled across a frozen lake", {"terrain": "snow", "season": "winter"}),
    ("Two geese walking by a frozen lake", {"terrain": "water", "season": "winter"}),  # beside it: still water
    ("A skier racing down past a row of pines", {"terrain": "snow", "season": "winter"}),
    ("A snowboarder leaping off a ridge", {"terrain": "snow", "backdrop": "mountains"}),
    ("A camel walking along the ridge of the sand dunes", {"terrain": "sand", "backdrop": "dunes"}),
    # seasons shown
    ("A kitten on the sill while snow falls outside", {"indoor": True, "season": "winter"}),
    ("A wheelbarrow full of pumpkins beside a barn", {"season": "autumn"}),
    ("A family drifting on inflatable rings in a swimming pool", {"terrain": "water", "season": "summer"}),
    # the view a second place or a coast gives
    ("A fishing boat below a rocky cliff on a calm sea", {"backdrop": "sea"}),
    ("Peaks reflected in a still lake", {"backdrop": "mountains"}),  # a lake below peaks keeps them
    ("A camper van on a coastal road", {"terrain": "road", "backdrop": "sea"}),
    ("A cyclist riding past a little bakery in the countryside", {"indoor": False, "backdrop": "hills"}),
    ("A police car parked in front of the police station", {"terrain": "road", "backdrop": "city"}),
    ("A tractor rolling along a farm track", {"terrain": "dirt"}),
    ("Two friends at an open-air cafe in Rome", {"terrain": "road", "indoor": False}),
    # rooms and stages
    ("A clown juggling in a circus ring", {"terrain": "stage"}),
    ("Commuters waiting on a subway station platform", {"indoor": True}),
    ("A woman waiting on the train platform in the snow", {"indoor": False}),  # a platform alone: open to the snow
    ("A cat watching two guppies in a glass bowl", {"indoor": True}),
    ("A fish in a bowl at a fair in the park", {"indoor": False}),  # the park is named: outdoors
    # hours and skies
    ("A bakery in the early morning", {"time_of_day": "morning"}),
    ("Kids playing football in the late afternoon", {"time_of_day": "afternoon"}),
    ("A cat on a windowsill in the morning light", {"time_of_day": "morning"}),
    ("A hiker crossing a moor under grey clouds", {"weather": "overcast"}),
    ("A neon-lit alley in the rain", {"time_of_day": "night", "weather": "rain"}),
])
def test_the_setting_is_read_as_shown(prompt: str, expected: dict[str, object]) -> None:
    setting = setting_of(prompt)
    assert {key: setting[key] for key in expected} == expected


def test_a_word_ending_in_ridge_is_no_ridge() -> None:
    from openbanana.planner.rules.vocabulary.settings import compound_place
    assert compound_place("drawbridge") is None and compound_place("porridge") is None
    assert setting_of("A knight riding over a drawbridge")["backdrop"] != "mountains"


def test_a_night_light_is_a_lamp_not_the_hour() -> None:
    assert setting_of("A night light glowing beside a crib")["time_of_day"] is None


def test_a_frozen_lake_a_sled_crosses_is_drawn_white() -> None:
    """The ground's band is whiter where the sled crosses the ice than where the geese walk by the water."""
    icy = render(plan_of("A husky pulling a dog sled across a frozen lake")).mean(axis=-1)
    water = render(plan_of("A husky pulling a dog sled beside a lake")).mean(axis=-1)
    foot = slice(int(icy.shape[0] * 0.9), None)
    assert icy[foot].mean() > water[foot].mean() + 40


def test_a_desk_from_above_is_the_ground_in_the_plan_and_the_picture() -> None:
    plan = plan_of("A stapler, a pen and a notepad on an oak desk, top-down")
    assert plan.scene.setting.terrain == "table" and plan.background.scene == "table"
    side = plan_of("A stapler, a pen and a notepad on an oak desk")
    assert side.scene.setting.terrain == "floor" and side.background.scene == "floor"  # seen from the side: a room


def test_a_circus_ring_is_drawn_as_a_stage() -> None:
    """The ring's boards under the clown, not a meadow's grass: the ground's band is not green."""
    plan = plan_of("A clown juggling in a circus ring")
    ring, meadow = (pixels[int(pixels.shape[0] * 0.92):].reshape(-1, 3).mean(axis=0)
                    for pixels in (render(plan), render(plan_of("A clown juggling in a meadow"))))
    assert plan.background.scene == "stage"
    assert ring[1] < ring[0] and meadow[1] > meadow[0] + 30
