"""Settings read as said where the place word alone misled: a sign above a restaurant's window is seen from the
street, snow on far peaks is not on the meadow, a mountain pass is a road, a coat rack is indoors, snow lies on an
open balcony, waves are the sea's, the lunar surface is space, and mountains named as a thing close the view too.
Sentences written for these tests; the real planner and draft engine."""

from __future__ import annotations

import pytest

from tests.unit.test_drawn_as_asked import plan_of, render


def setting_of(prompt: str) -> dict[str, object]:
    setting = plan_of(prompt).scene.setting
    return {"place": setting.place, "terrain": setting.terrain, "indoor": setting.indoor,
            "backdrop": setting.backdrop, "weather": setting.weather}


@pytest.mark.parametrize(("prompt", "expected"), [
    # a thing on a building's outside: the street the building stands in
    ('A neon sign reading "Open Late" above the window of a small diner', {"indoor": False, "backdrop": "city"}),
    ("A striped awning over the door of a bakery on a quiet street", {"indoor": False, "terrain": "road"}),
    ("A cat dozing in the window of a bookshop", {"indoor": False}),  # (already so) seen from the street
    ("A waiter carrying plates inside a busy restaurant", {"indoor": True}),  # inside stays inside
    # snow on far peaks; snow on open boards
    ("Two deer in a green valley below snowy mountains", {"terrain": "grass", "backdrop": "mountains"}),
    ("A goat climbing snowy mountains", {"terrain": "snow"}),  # the peaks are the place: their snow is the ground
    ("A woman drinking cocoa on a snowy porch", {"terrain": "snow", "indoor": False}),
    ("A snowy night in a cosy kitchen", {"terrain": "table", "indoor": True}),  # a room's floor never snows
    # roads and places named by two words
    ("A motorbike climbing a winding mountain pass", {"terrain": "road", "backdrop": "mountains"}),
    ("A rover parked on the dusty lunar surface", {"terrain": "space"}),
    ("An umbrella stand beside a radiator in the hall", {"indoor": True}),
    ("A wool coat hanging on a coat rack", {"indoor": True, "terrain": "floor"}),
    # a stall of the market sets the market, where no place is named; a horse's stall does not
    ('A hand-painted sign saying "Ripe Figs" beside a fruit stall', {"place": "market", "indoor": False}),
    ("A horse asleep in its stall", {"place": ""}),
    # things so large that they are the view
    ("A tent pitched in a meadow in front of the mountains", {"terrain": "grass", "backdrop": "mountains"}),
    ("A kid running into the waves with a bucket", {"backdrop": "sea"}),
])
def test_the_setting_is_read_as_said(prompt: str, expected: dict[str, object]) -> None:
    setting = setting_of(prompt)
    assert {key: setting[key] for key in expected} == expected


def test_snow_on_an_open_balcony_is_drawn_as_snow_on_its_boards() -> None:
    """The balcony's ground is drawn whiter with snow than without: the setting reaches the pixels."""
    snowy = render(plan_of("A man in a beanie on a snowy balcony")).mean(axis=-1)
    plain = render(plan_of("A man in a beanie on a balcony")).mean(axis=-1)
    foot = slice(int(snowy.shape[0] * 0.9), None)  # the ground's band, under everything drawn on it
    assert snowy[foot].mean() > plain[foot].mean() + 20


def test_mountains_named_as_a_thing_stay_a_thing_and_close_the_view() -> None:
    plan = plan_of("Three horses grazing in a meadow in front of snowy mountains")
    assert plan.scene.setting.backdrop == "mountains" and plan.scene.setting.terrain == "grass"
    assert plan.scene.setting.weather is None  # the peaks' snow is not falling on the horses
    assert [e.count for e in plan.scene.entities if e.noun == "horse"] == [3]
