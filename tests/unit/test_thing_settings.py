"""Settings the people and things of a prompt imply when its place words say none: a craft's workshop, a newborn's
nursery, a pet by the front door, a car's back seat, a porch swing, a lifeguard's beach, a shop's lamppost outside,
an umbrella's rain, the city's lights at night, a lighthouse over a boat's sea; and places named by one word (a
conservatory, a gorge).
Real planner; the sentences are new ones, none from a prompt set."""

from __future__ import annotations

import pytest

from tests.unit.test_indoor_cues import setting_of


@pytest.mark.parametrize(("prompt", "room"), [
    ('A potter with clay on her hands shaping a tall vase', "workshop"),
    ('An old cobbler stitching a boot at his bench', "workshop"),
    ('A sleeping infant swaddled in a striped blanket', "nursery"),
    ('A baby giggling in a cradle with a rattle beside him', "nursery"),
    ('A beagle waiting by the front door with a ball in its mouth', "hallway"),
    ('A bag of groceries on the back seat of a taxi', "car cabin"),
    ('Three oranges and a knife on a linen tablecloth', ""),
    ('Two old friends playing cards in a bright conservatory', "conservatory"),
])
def test_the_people_and_things_say_which_room(prompt: str, room: str) -> None:
    setting = setting_of(prompt)
    assert (setting.place, setting.indoor, setting.backdrop) == (room, True, "room"), setting


def test_a_onesie_for_a_newborn_is_no_nursery() -> None:
    assert setting_of('A onesie for a newborn printed with a smiling moon').place != "nursery"


@pytest.mark.parametrize(("prompt", "place"), [
    ('A girl reading a comic on a porch swing while her dog dozes', "porch"),
    ('A lifeguard with a whistle scanning the waves from a wooden tower', "beach"),
])
def test_a_thing_of_an_open_place_puts_the_scene_there(prompt: str, place: str) -> None:
    setting = setting_of(prompt)
    assert setting.place == place and not setting.indoor, setting


def test_a_shop_with_a_lamppost_outside_is_seen_from_the_street() -> None:
    setting = setting_of('Paint a tiny bakery at night with a dog tied to the lamppost outside')
    assert not setting.indoor and setting.backdrop == "city" and setting.time_of_day == "night", setting


def test_a_shop_named_alone_stays_its_room() -> None:
    assert setting_of('An old bakery with loaves piled on the counter').indoor


@pytest.mark.parametrize("prompt", [
    'A boy in a green raincoat splashing through puddles, his grandmother holding an umbrella',
    'A woman with an umbrella stepping over a puddle on her way to work',
])
def test_an_umbrella_held_against_the_wet_is_rain(prompt: str) -> None:
    assert setting_of(prompt).weather == "rain"


def test_a_beach_umbrella_is_no_rain() -> None:
    assert setting_of('A beach umbrella over a striped towel, a raincoat folded on it').weather != "rain"


def test_the_city_lights_past_a_window_are_night() -> None:
    setting = setting_of('A woman dozing on a bus, the city lights blurring past the window')
    assert setting.time_of_day == "night" and setting.indoor, setting


def test_a_sled_by_a_porch_lies_in_snow() -> None:
    assert setting_of('A snug log cabin in winter with a sled propped against the porch').terrain == "snow"


def test_freshly_dug_soil_is_dirt() -> None:
    assert setting_of('A trowel stuck in freshly turned soil').terrain == "dirt"


@pytest.mark.parametrize(("prompt", "terrain", "backdrop"), [
    ('Two goats balancing on a rope bridge over a jungle ravine', "stone", "forest"),
    ('A red lighthouse on a windswept point while a rowing boat drifts past', "water", "sea"),
])
def test_a_gorge_is_a_place_and_a_lighthouse_over_a_boat_by_the_sea(prompt: str, terrain: str, backdrop: str) -> None:
    setting = setting_of(prompt)
    assert (setting.terrain, setting.backdrop) == (terrain, backdrop), setting
