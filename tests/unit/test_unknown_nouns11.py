"""Things named but not made, or made but not drawn, through the real planner and the real draft engine.

1. Made but not drawn: a thing with no pictogram and no form had no subject at all (a kettlebell, a door hanger, a
   doorknob, a cake stand, wellies, a joey). Each now has a form of its own or a stand-in of the same use, and has
   ink; commuters are people; a picture with speech bubbles draws its whole cast, forms (an ice floe, a table) and
   a listener who says nothing included.
2. Never made:
   - a compound read as a modifier and its head ("a cable car" was a car, "a sticky note" a musical note);
   - a part named with its whole before it ("a laptop screen", "a church roof") is drawn as the whole;
   - a measure before "of" ("a block of ice") is the stuff;
   - a place word that became only the setting: a building's rooftop ("above a hospital rooftop"), a cliff a thing
     is below, a rock ledge a thing stands on, a window of a building a sign is above;
   - a noun before an -ing verb read as part of an activity ("wearing a superhero cape standing on a wall"), and a
     counted noun whose plural is itself read as a modifier of its verb ("three goldfish swim in a bowl").
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "nouns"), [
    ("a kettlebell beside a rolled yoga mat", ("kettlebell",)),
    ("a dumbbell lying on a gym floor", ("dumbbell",)),
    ("Cupcakes with pink frosting on a cake stand", ("cupcake", "cake stand")),
    ('A door hanger reading "Please Clean" hung on a doorknob', ("door hanger", "doorknob")),
    ("An elderly farmer in a straw hat standing beside a haystack", ("farmer",)),  # no old farmer pictogram
])
def test_a_thing_with_no_pictogram_is_drawn(prompt: str, nouns: tuple[str, ...]) -> None:
    plan = plan_of(prompt)
    for noun in nouns:
        drawn = person(plan, noun)
        assert drawn and any(ink_mask(plan, s).any() for s in drawn), noun


def test_a_door_hangers_words_are_on_it() -> None:
    plan = plan_of('A door hanger reading "Please Clean" hung on a doorknob')
    hanger = person(plan, "door hanger")[0]
    words = next(t for t in plan.texts if t.text == "Please Clean")
    x0, y0, x1, y1 = hanger.box
    assert hanger.form == "plaque" and x0 <= words.box[0] and words.box[2] <= x1 and y0 <= words.box[1] <= y1


def test_a_kettlebell_is_no_weight_lifter() -> None:
    bell = entity(read_scene("a kettlebell on a mat"), "kettlebell")
    assert bell.glyph is None and bell.stand_in == ""


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("A red cable car gliding over a pine forest", "cable car", "🚡"),
    ("a yellow sticky note stuck to a fridge", "sticky note", "🗒"),
    ("a red post box on a street corner", "post box", "📮"),
    ("A red double-decker waiting at a bus stop", "double decker", "🚌"),
    ("a lemon tart on a white plate", "tart", "🥧"),
    # no pictogram of its own: a stand-in of the same use
    ("a toddler in bright red wellies jumping in a puddle", "welly", "👢"),
    ("a kangaroo with a joey in her pouch", "joey", "🦘"),
    ("an ad for sunscreen with a beach towel", "sunscreen", "🧴"),
    # the twelfth round's (test_unknown_nouns12)
    ("A clownfish hiding in a sea anemone", "clownfish", "🐠"),
    ("A clownfish hiding in a sea anemone", "sea anemone", "🪸"),
    ("A camera with a passport to its right on a wooden table", "passport", "📘"),
    ("A food delivery rider on a moped, stopped at a traffic light", "traffic light", "🚦"),
    ("A cheese board with grapes and crackers on a slate platter", "cheese board", "🧀"),
    ("Five runners crossing the finish line under a big banner", "banner", "🪧"),
    ("a seagull perched on a post", "post", "🪵"),
])
def test_a_thing_is_pictured_as_itself(prompt: str, noun: str, glyph: str) -> None:
    assert entity(read_scene(prompt), noun).glyph == glyph


@pytest.mark.parametrize(("prompt", "thing", "whole", "glyph"), [
    ("A pink sticky note on a laptop screen", "sticky note", "laptop", "💻"),
    ("Two pigeons perched on a church roof", "pigeon", "church", "⛪"),
])
def test_a_part_named_with_its_whole_is_the_whole(prompt: str, thing: str, whole: str, glyph: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, whole).glyph == glyph and (thing, "on", whole) in related(scene)


@pytest.mark.parametrize(("prompt", "noun"), [("a cracked phone screen", "phone"), ("a rusty tin roof", "roof"),
                                              ("a movie screen in a dark cinema", "movie screen")])
def test_a_part_with_no_whole_before_it_stays_as_read(prompt: str, noun: str) -> None:
    assert entity(read_scene(prompt), noun)


def test_a_block_of_ice_is_ice() -> None:
    scene = read_scene("A polar bear cub standing on a block of ice")
    assert entity(scene, "ice").glyph == "🧊" and "block" not in {e.noun for e in scene.entities}


def test_a_travel_poster_names_no_thing() -> None:
    scene = read_scene('A travel poster with the headline "See Norway" and a ferry on a fjord')
    assert "travel" not in {e.noun for e in scene.entities}


@pytest.mark.parametrize(("prompt", "thing", "predicate", "building", "glyph"), [
    ("A police helicopter hovering above a hospital rooftop at night", "helicopter", "above", "hospital", "🏥"),
    ("a black cat sitting on a hotel rooftop", "cat", "on", "hotel", "🏨"),
])
def test_a_buildings_rooftop_is_the_building(prompt: str, thing: str, predicate: str, building: str,
                                             glyph: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, building).glyph == glyph and (thing, predicate, building) in related(scene)


def test_a_bare_rooftop_stays_the_place_with_its_building_under_the_cat() -> None:
    scene = read_scene("a cat sitting on a rooftop at night")
    assert scene.setting.place == "rooftop" and [e.noun for e in scene.entities] == ["cat", "rooftop"]
    assert entity(scene, "rooftop").glyph == "🏢" and ("cat", "on", "rooftop") in related(scene)


def test_a_boat_below_a_cliff_is_below_it_in_the_picture() -> None:
    plan = plan_of("A fishing boat drifting below a towering chalk cliff")
    assert ("boat", "below", "cliff") in related(plan.scene) and entity(plan.scene, "cliff").glyph == "⛰"
    cliff = person(plan, "cliff")
    assert cliff and ink_mask(plan, cliff[0]).any()


def test_a_ledge_is_stood_on() -> None:
    scene = read_scene("An ibex standing on a narrow rock ledge above a valley")
    assert entity(scene, "ledge").glyph == "⛰" and ("ibex", "on", "ledge") in related(scene)


def test_a_worn_cape_before_a_verb_is_the_cape() -> None:
    scene = read_scene("A little girl wearing a superhero cape standing on a low garden wall")
    assert {("girl", "wearing", "cape"), ("girl", "on", "wall")} <= related(scene)
    assert "superhero" not in {e.noun for e in scene.entities}
    assert "ice" not in {e.noun for e in read_scene("a girl ice skating on a frozen pond").entities}


def test_counted_fish_swim() -> None:
    scene = read_scene("three goldfish swim in a round glass bowl")
    assert entity(scene, "goldfish").count == 3 and ("goldfish", "in", "bowl") in related(scene)


def test_heart_shaped_glasses_are_glasses() -> None:
    scene = read_scene("a pug in heart-shaped sunglasses")
    assert entity(scene, "sunglasses").glyph == "🕶" and "heart" not in {e.noun for e in scene.entities}


def test_a_sign_above_a_buildings_window() -> None:
    scene = read_scene("A neon sign glowing above the window of a tiny cafe on a city street")
    assert ("sign", "above", "window") in related(scene) and scene.setting.indoor is False


def test_commuters_are_people() -> None:
    commuters = entity(read_scene("Commuters with umbrellas hurrying across a wet street"), "commuter")
    assert commuters.glyph is not None and commuters.count > 1 and commuters.stand_in == ""


@pytest.mark.parametrize(("prompt", "noun"), [
    ('A comic panel of a fox handing an apple to a boy and saying "Take it!"', "boy"),
    ('A speech bubble saying "Brr!" coming from a seal on an ice floe', "ice floe"),
    ('Two friends at a cafe table, one of them saying "Best day ever" in a speech bubble', "table"),
])
def test_a_speech_picture_draws_its_whole_cast(prompt: str, noun: str) -> None:
    plan = plan_of(prompt)
    drawn = person(plan, noun)
    assert drawn and ink_mask(plan, drawn[0]).any()


def test_one_in_wellies_wears_them() -> None:
    scene = read_scene("a little boy splashing through puddles in his green wellies")
    assert ("boy", "wearing", "welly") in related(scene) and entity(scene, "welly").glyph == "👢"


def test_a_landmarks_colour_is_its_own() -> None:
    cliff = entity(read_scene("A small rowing boat drifting below a towering white cliff"), "cliff")
    assert cliff.color_name == "white" and "white" not in cliff.modifiers


def test_a_white_cloud_on_a_pale_page_leaves_a_mark() -> None:
    plan = plan_of('A weather diagram with a sun and a cloud and the labels "Sun" and "Cloud"')
    cloud = person(plan, "cloud")
    assert cloud and cloud[0].tint is not None and ink_mask(plan, cloud[0]).any()
    sky = plan_of("a fluffy white cloud over a green meadow")
    assert all(s.tint is None or s.tint == sky.scene.entities[0].color for s in person(sky, "cloud"))
