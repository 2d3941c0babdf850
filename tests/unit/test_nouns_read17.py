"""Things named but never made, through the real planner and the real draft engine (sentences written for these
tests, in no prompt set):

1. A body of water named as a noun of its own (a lake, a lagoon, a pond, the sea, a watering hole, "on the water")
   is a thing of the scene, drawn as water with ink in its box; the setting's ground stays what it was. What floats,
   wades or swims in it is in it, what is by it beside it; a lake that opens the prompt is there with nothing on it.
2. Water that only names the kind of another thing is no water: "a sea turtle", "a lake house", "a pool table", "a
   glass of water", "a pool of light".
   Nor is water a thing comes from or is sent into ("wet from the river", "skimming stones into the lake"): it stays
   the ground; water running into water ("a stream tumbling into a lake") is a thing.
3. A fungus that fills a place is drawn in it: "a mushroom forest" is mushrooms ("a rice field" is still no dish).
4. A word of how much before a participle is no head: "a bicycle half hidden in tall grass" is a bicycle, not a
   "half" with the bicycle as its modifier.
5. A treasure chest is drawn as a lidded box, not as a person's chest; a beaver's dam as wood, not left undrawn.
6. A street or a road said snowy has snow lying on it (white ground, winter); snow falling on a street keeps the road.
7. A path through open land is on that land's ground ("a garden path" is grass); a muddy one is mud, a village lane
   a road.
8. Christmas Eve and New Year's Eve are night; the shallows are water.
9. A grid's size inside the layout phrase is no thing: "in a 3 by 3 grid" lays the group out as a grid.
"""

from __future__ import annotations

import numpy as np
import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import HEIGHT, WIDTH, plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_settings_read10 import setting_of
from tests.unit.test_unknown_nouns10 import entity, related

VISIBLE = 0.04  # the share of its box a thing's ink must cover to be seen (as bench/scene_fidelity.py counts it)


def seen(prompt: str, noun: str) -> bool:
    """Whether a subject drawing the noun has ink over a visible share of its box."""
    plan = plan_of(prompt)
    subjects = person(plan, noun)
    if not subjects:
        return False
    x0, y0, x1, y1 = (round(v * n) for v, n in zip(subjects[0].box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
    box = ink_mask(plan, subjects[0])[y0:y1, x0:x1]
    return bool(box.size) and float(np.mean(box)) >= VISIBLE


@pytest.mark.parametrize(("prompt", "water", "ground"), [
    ("A rowing boat drifting across a misty lake at dawn", "lake", "water"),
    ("Three swans gliding on a still pond under willow trees", "pond", "water"),
    ("A pelican standing in a shallow lagoon at low tide", "lagoon", "water"),
    ("A family of ducks floating on the water beside some reeds", "water", "water"),
    ("Deer drinking at a muddy watering hole in a misty meadow", "watering hole", "grass"),
    ("A red kayak paddling down a winding river between cliffs", "river", "water"),
])
def test_water_named_as_a_thing_is_drawn(prompt: str, water: str, ground: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan.scene, water).glyph == "🌊"
    assert plan.scene.setting.terrain == ground
    assert seen(prompt, water)


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A pelican standing in a shallow lagoon at low tide", ("pelican", "in", "lagoon")),
    ("Two hippos wading into a brown river", ("hippo", "in", "river")),
    ("A girl in a sun hat sitting by a small pond", ("girl", "next_to", "pond")),
    ("A fox drinking from a narrow stream at dawn", ("fox", "next_to", "stream")),
])
def test_what_is_in_or_by_the_water_is_related_to_it(prompt: str, relation: tuple[str, str, str]) -> None:
    assert relation in related(read_scene(prompt))


def test_a_lake_that_opens_the_prompt_is_there() -> None:
    scene = read_scene("An alpine lake at dusk with a small wooden jetty and a rowing boat")
    assert entity(scene, "lake").glyph == "🌊"
    assert scene.setting.terrain == "water"


def test_a_lakeside_path_has_its_lake() -> None:
    assert entity(read_scene("A woman cycling along a lakeside path in autumn"), "lake").glyph == "🌊"


@pytest.mark.parametrize(("prompt", "water"), [
    ("A sea turtle resting on warm sand", "sea"),
    ("A lake house with a red roof among pine trees", "lake"),
    ("Two friends playing at a pool table in a bar", "pool"),
    ("A glass of water on a desk beside a laptop", "water"),
    ("A cat asleep in a pool of sunlight on the floor", "pool"),
])
def test_water_naming_another_things_kind_is_no_water(prompt: str, water: str) -> None:
    assert water not in {e.noun for e in read_scene(prompt).entities}



@pytest.mark.parametrize(("prompt", "water"), [
    ("A spaniel dripping wet from the river, shaking itself beside a picnic", "river"),
    ("A girl skimming stones into the lake on a calm evening", "lake"),
])
def test_water_a_motion_ends_in_stays_the_ground(prompt: str, water: str) -> None:
    scene = read_scene(prompt)
    assert water not in {e.noun for e in scene.entities} and scene.setting.terrain == "water"


def test_water_running_into_water_is_a_thing() -> None:
    assert entity(read_scene("A mountain stream tumbling into a lake below pine trees"), "lake").glyph == "🌊"

def test_a_mushroom_forest_is_mushrooms() -> None:
    prompt = "A gnome with a lantern walking through a mushroom forest at night"
    assert entity(read_scene(prompt), "mushroom").count > 1
    assert seen(prompt, "mushroom")


def test_a_rice_field_is_still_no_dish() -> None:
    assert "rice" not in {e.noun for e in read_scene("A farmer walking through a rice field").entities}


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A rusty bicycle half hidden in tall grass", "bicycle"),
    ("An old boot half buried in the mud beside a fence", "boot"),
    ("A half eaten sandwich on a paper plate", "sandwich"),
    ("A shipwreck partly covered by seaweed on the sea floor", "shipwreck"),
])
def test_how_much_before_a_participle_is_no_thing(prompt: str, noun: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert noun in nouns and not {"half", "partly"} & nouns


@pytest.mark.parametrize("prompt", ["A parrot perched on a treasure chest", "A toy chest under a bedroom window"])
def test_a_chest_of_things_is_a_box(prompt: str) -> None:
    chest = next(e for e in read_scene(prompt).entities if e.noun.endswith("chest"))
    assert chest.glyph == "🧰"
    assert seen(prompt, chest.noun)



def test_a_beaver_dam_is_drawn_as_wood() -> None:
    prompt = "A beaver building a dam across a stream"
    assert entity(read_scene(prompt), "dam").glyph == "🪵"
    assert seen(prompt, "dam")

@pytest.mark.parametrize("prompt", ["A postman on a snowy high street at dawn", "A yellow taxi on a snowy city street",
                                    "A fox trotting down a snowy road"])
def test_a_snowy_street_is_white_ground_in_winter(prompt: str) -> None:
    setting = plan_of(prompt).scene.setting
    assert (setting.terrain, setting.season) == ("snow", "winter")


def test_snow_falling_on_a_street_keeps_the_road() -> None:
    assert setting_of("A busy street in the falling snow")["terrain"] == "road"


@pytest.mark.parametrize(("prompt", "terrain"), [
    ("A hedgehog crossing a garden path at dusk", "grass"),
    ("A deer on a forest trail in the morning", "grass"),
    ("A muddy forest path after the rain", "dirt"),
    ("A red postbox on a village lane", "road"),
])
def test_a_path_is_on_the_ground_of_its_land(prompt: str, terrain: str) -> None:
    assert setting_of(prompt)["terrain"] == terrain


@pytest.mark.parametrize("prompt", ["A family singing carols on Christmas Eve",
                                    "Fireworks over the harbour on New Year's Eve"])
def test_an_eve_is_night(prompt: str) -> None:
    scene = plan_of(prompt).scene
    assert scene.setting.time_of_day == "night" and "eve" not in " ".join(e.noun for e in scene.entities)


def test_the_shallows_are_water() -> None:
    assert setting_of("A crab scuttling through the shallows")["terrain"] == "water"


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("Sixteen cookies laid out in a 4x4 grid on a baking sheet", "cookie", 16),
    ("Four postage stamps in a two-by-two grid on an envelope", "postage stamp", 4),
    ("Six macarons arranged in a 2 by 3 grid on a white plate", "macaron", 6),
])
def test_a_sized_grid_lays_the_group_out(prompt: str, noun: str, count: int) -> None:
    scene = plan_of(prompt).scene
    assert (entity(scene, noun).count, entity(scene, noun).arrangement) == (count, "grid")
    assert "grid" not in {e.noun for e in scene.entities}
