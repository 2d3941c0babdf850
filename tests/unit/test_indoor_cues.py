"""Indoors though no room is named: a thing named after a room's furniture, a person riding inside a train or a bus,
the inside of a space station, rooms named after "in" (a lobby, a cinema); the dirt an earthwork
stands on. Real planner; the sentences are new ones, none from a prompt set."""

from __future__ import annotations

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from openbanana.scene import Setting


def setting_of(prompt: str) -> Setting:
    return RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=7)).plan.scene.setting


@pytest.mark.parametrize("prompt", [
    'An oven door with a tea towel hanging from its handle',
    'A sofa cushion with a sleeping kitten curled on it',
    'A man reading a newspaper on a bus by the window',
    'Two commuters dozing on the subway, one holding a coffee',
    'Inside the space station, an astronaut strapped into her seat',
    'Aboard the plane, a girl asleep against the window',
])
def test_the_things_say_the_scene_is_indoors(prompt: str) -> None:
    setting = setting_of(prompt)
    assert setting.indoor and setting.backdrop == "room", setting


@pytest.mark.parametrize("prompt", [
    'A boy sitting on the train roof in a western film',
    'A red bus on a country road at dawn',
    'A woman waiting on the train platform in the snow',
])
def test_what_is_outside_the_vehicle_or_the_room_stays_outdoors(prompt: str) -> None:
    assert not setting_of(prompt).indoor


def test_a_dirt_ramp_puts_the_woods_on_dirt() -> None:
    setting = setting_of('A teenager on a BMX flying off a dirt jump in the forest')
    assert (setting.terrain, setting.backdrop) == ("dirt", "forest"), setting


@pytest.mark.parametrize("room", ["lobby", "elevator", "cinema", "bowling alley", "warehouse", "shopping mall",
                                  "departure lounge"])
def test_rooms_named_after_in_are_indoors(room: str) -> None:
    setting = setting_of(f'A man in a grey suit checking his phone in the {room}')
    assert (setting.indoor, setting.place, setting.backdrop) == (True, room, "room"), setting
