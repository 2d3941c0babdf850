"""Settings read where a place word alone misled, and things read but never drawn, through the real planner and the
real draft engine (sentences written for these tests):

- a place only shown (a poster, a painting, a window's view) sets no scene, and the picture is a thing on the wall;
- what a ground is made of ("a muddy paddock", "a cobbled piazza") is the ground drawn;
- a town's things ("a city triathlon", a tram by a clock tower) and "on a corner" are a street; a skyline is drawn;
- creatures that live only under water put the scene under water, the sand they lie on the seabed;
- a snowy ridge under a clear sky is snow on the ground in fair weather;
- a field gate and a garden arch, which no pictogram shows, are drawn as forms of their own.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person, pixel_box
from tests.unit.test_settings_read10 import setting_of
from tests.unit.test_unknown_nouns10 import entity


@pytest.mark.parametrize(("prompt", "expected"), [
    # a place only seen or shown: the room is the scene
    ("A boy asleep under a poster of the beach on his bedroom wall", {"indoor": True, "place": "bedroom"}),
    ("An old clock on a shelf and a painting of a forest hanging above the sofa", {"indoor": True}),
    ("A vase of tulips on a windowsill, the window looking out over a lake", {"indoor": True}),
    ("A bunk bed beside a big window overlooking the harbour", {"indoor": True}),
    ("A lighthouse keeper's cottage overlooking the sea", {"indoor": False}),  # no room: the sea is the scene
    ("A watercolor painting of a harbour at dusk", {"place": "harbour"}),  # the whole picture: its scene
    # what the ground is made of
    ("A horse trotting across a muddy paddock", {"terrain": "dirt"}),
    ("Pigeons pecking at crumbs on a cobbled piazza", {"terrain": "stone"}),
    ("A wheelbarrow in a gravel courtyard", {"terrain": "dirt"}),
    ("A stone bridge over a river", {"terrain": "water"}),  # a bridge is no ground
    ("Two joggers on the promenade at sunrise", {"terrain": "road", "backdrop": "sea"}),
    # a town's things and its corners
    ("Two cyclists racing in a city triathlon", {"backdrop": "city", "indoor": False}),
    ("A tram rattling past a clock tower", {"backdrop": "city", "terrain": "road"}),
    ("A newspaper seller shouting the headlines on a corner at dawn", {"backdrop": "city", "indoor": False}),
    ("A cat asleep in the corner of the living room", {"indoor": True}),
    # under water
    ("A seahorse drifting past a jellyfish", {"terrain": "underwater"}),
    ("Two clownfish above an anemone, a crab on the sand below them", {"terrain": "underwater"}),
    # snow underfoot in fair weather
    ("A skier resting on a snowy hilltop under clear skies", {"terrain": "snow", "weather": "clear"}),
    ("A snowy morning in the village", {"weather": "snow"}),  # a snowy morning: snow falling
])
def test_the_setting_is_read_as_said(prompt: str, expected: dict[str, object]) -> None:
    setting = {**setting_of(prompt), "place": read_scene(prompt).setting.place}
    assert {key: setting[key] for key in expected} == expected


def test_a_picture_of_a_place_is_a_thing_on_the_wall_with_ink() -> None:
    plan = plan_of("A boy asleep under a poster of the beach on his bedroom wall")
    poster = person(plan, "poster")
    assert poster and poster[0].glyph == "🖼" and ink_mask(plan, poster[0]).any()


def test_a_silhouette_of_a_place_is_a_thing() -> None:
    scene = read_scene('A birthday card with a mountain silhouette and the words "Onwards and upwards"')
    assert entity(scene, "mountain").glyph == "⛰"


def test_a_skyline_is_the_view_and_a_thing() -> None:
    plan = plan_of("Fireworks bursting over the harbour with the skyline behind")
    assert plan.scene.setting.backdrop == "city"
    skyline = person(plan, "skyline")
    assert skyline and ink_mask(plan, skyline[0]).any()


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A pony looking over a field gate on a misty morning", "field gate"),
    ("A wooden gate at the end of a garden path", "gate"),
    ("Two children running under a rose arch", "rose arch"),
])
def test_a_gate_and_an_arch_are_drawn(prompt: str, noun: str) -> None:
    plan = plan_of(prompt)
    drawn = person(plan, noun)
    assert drawn
    x0, y0, x1, y1 = pixel_box(drawn[0])
    assert ink_mask(plan, drawn[0])[y0:y1, x0:x1].mean() > 0.04  # visible: ink over its box, as the bench asks
    assert noun not in plan.scene.unmatched


def test_a_castle_gate_is_still_the_castle() -> None:
    assert entity(read_scene("A knight standing before a castle gate"), "castle").glyph == "🏰"


def test_a_duck_on_a_road_walks_in_the_row_with_her_ducklings() -> None:
    """No water is drawn: the duck stands on the street beside her six ducklings, none hidden behind her."""
    plan = plan_of("A duck crossing a busy street with six ducklings behind her")
    duck, ducklings = person(plan, "duck"), person(plan, "duckling")
    assert len(duck) == 1 and len(ducklings) == 6
    assert all(ink_mask(plan, d)[slice(*pixel_box(d)[1::2]), slice(*pixel_box(d)[0::2])].mean() > 0.04
               for d in ducklings)
