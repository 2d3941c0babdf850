"""Things named but never made, modifiers drawn as things, and settings misread, through the real planner and the
real draft engine (sentences written for these tests, in no prompt set):

1. Land and water a thing is on, over, beside or falls into are things too, drawn by the usual stand-in chain: a
   hill or a peak (the mountain), a lake or a pool (the water), a boardwalk (a pier's form); water is no thing where
   it is only the ground ("ducks on a pond") or where something else goes into it ("throws bread into the pond").
2. Words whose class hid a thing: a plural before a verb of heading ("crows circle overhead"), an -ing noun after
   its adjective ("a mossy piling"), a part before "of" ("the crook of an apple tree"), "a pic of", "a diagram of",
   a hair cut after the skin ("dark skin and a crew cut"), a colour that is the plant of a field ("a purple
   lavender field"), a number joined to a participle ("a three-legged dog" is one dog).
3. What a modifier says is never drawn alone: "a bowl of pumpkin soup" holds soup; "a paper label" is the label's
   paper, not a sheet beside the jar.
4. A banner whose own verb hangs it above a thing is a thing of the scene that carries its words.
5. Settings: "the forest floor" is the forest's ground, a pool in a jungle has the jungle's trees beyond, things
   off a shore are at sea, a beach boardwalk lies over sand, Mars is dusty ground.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_settings_read10 import setting_of
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "relation", "glyph"), [
    ("A goat standing on a rocky hill at dusk", ("goat", "on", "hill"), "⛰"),
    ("An eagle circling above a snowy peak", ("eagle", "above", "peak"), "⛰"),
    ("A red tent pitched beside a mountain lake", ("tent", "next_to", "lake"), "🌊"),
    ("A small waterfall tumbling into a mossy pool", ("waterfall", "above", "pool"), "🌊"),
    ("A frog leaping into a pond", ("frog", "in", "pond"), "🌊"),
])
def test_the_land_a_thing_is_at_is_a_thing(prompt: str, relation: tuple[str, str, str], glyph: str) -> None:
    scene = read_scene(prompt)
    assert relation in related(scene) and entity(scene, relation[2]).glyph == glyph


@pytest.mark.parametrize("prompt", [
    "A man feeding ducks, and a little boy throws bread into the pond.",  # where the bread goes (test_nouns_read17)
    "Sheep grazing on rolling green hills",
])
def test_ground_alone_is_no_thing(prompt: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert not {"pond", "hill"} & nouns


def test_a_pond_named_is_a_thing_and_still_the_ground() -> None:
    scene = read_scene("Ducks paddling on a pond at dawn")  # water named as a noun is drawn too (test_nouns_read17)
    assert "pond" in {e.noun for e in scene.entities} and scene.setting.terrain == "water"


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A goat standing on a rocky hill at dusk", "hill"),
    ("Two friends cycling along a wooden boardwalk", "boardwalk"),
    ("A heron standing on a mossy piling while ducks swim nearby", "piling"),
    ("A scarecrow in a purple lavender field", "lavender"),
])
def test_the_new_things_are_drawn(prompt: str, noun: str) -> None:
    plan = plan_of(prompt)
    drawn = person(plan, noun)
    assert drawn and ink_mask(plan, drawn[0]).any()


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("Three crows circle overhead while a farmer ploughs", "crow", 3),
    ("A heron standing on a mossy piling while ducks swim nearby", "piling", 1),
    ("An owl nesting in the crook of an old apple tree", "tree", 1),
    ("A quick pic of an old man with dark skin and a crew cut feeding pigeons", "man", 1),
    ('A diagram of a sunflower with the labels "Petal" and "Stem"', "sunflower", 1),
    ("A three-legged dog chasing a ball", "dog", 1),
])
def test_a_word_that_hid_a_thing_is_made(prompt: str, noun: str, count: int) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).count == count
    assert not {"wheel", "crook", "pic", "diagram", "crew"} & {e.noun for e in scene.entities}


def test_the_crew_cut_is_hair_and_the_fork_still_a_fork() -> None:
    man = entity(read_scene("A quick pic of an old man with dark skin and a crew cut feeding pigeons"), "man")
    assert "crew cut hair" in man.modifiers
    assert entity(read_scene("A fork next to a plate"), "fork").glyph is not None


def test_a_colour_that_is_the_field_s_plant() -> None:
    lavender = entity(read_scene("A scarecrow in a purple lavender field"), "lavender")
    assert lavender.color_name == "purple" and lavender.count > 1
    assert read_scene("A pink field at dawn").entities == ()


@pytest.mark.parametrize(("prompt", "left_out"), [
    ("A bowl of pumpkin soup on a wooden table", "pumpkin"),
    ('A jar of honey with a paper label that says "Wild Honey" on a shelf', "paper"),
])
def test_a_modifier_is_never_drawn_alone(prompt: str, left_out: str) -> None:
    plan = plan_of(prompt)
    assert left_out not in {s.label for s in plan.subjects}
    assert left_out not in {e.noun for e in plan.scene.entities}


def test_a_hung_banner_carries_its_words() -> None:
    plan = plan_of('A banner that says "Welcome Home" hanging above the front door')
    assert ("banner", "above", "door") in related(plan.scene) and plan.scene.document == "scene"
    banner = person(plan, "banner")
    assert banner and ink_mask(plan, banner[0]).any()
    assert [t.target for t in plan.scene.texts] == ["banner"]


@pytest.mark.parametrize(("prompt", "expected"), [
    ("A beetle crawling across the mossy forest floor", {"place": "forest", "indoor": False, "backdrop": "forest"}),
    ("A cat asleep on the kitchen floor", {"place": "kitchen", "indoor": True}),
    ("A waterfall feeding a pool in the middle of the jungle", {"terrain": "water", "backdrop": "forest"}),
    ("A sailboat anchored off a sandy beach", {"terrain": "water", "indoor": False}),
    ("Kids running along a beach boardwalk", {"terrain": "sand", "backdrop": "sea"}),
    ("A rover parked on the surface of Mars", {"terrain": "dirt", "indoor": False}),
])
def test_settings_read(prompt: str, expected: dict[str, object]) -> None:
    found = setting_of(prompt)
    assert {key: found[key] for key in expected} == expected


def test_a_pair_beside_each_other_stands_on_the_hill_together() -> None:
    scene = read_scene("A scarecrow next to an apple tree on a grassy hill")
    assert {("tree", "on", "hill"), ("scarecrow", "on", "hill")} <= related(scene)


@pytest.mark.parametrize(("prompt", "noun", "count", "glyph"), [
    ("Three orcas leaping beside a fishing boat", "orca", 3, "🐋"),  # a plural the lexicon's tables lack
    ("A paramedic wheeling a stretcher towards an ambulance", "stretcher", 1, None),  # the gurney form
])
def test_a_thing_no_pictogram_shows_gets_its_stand_in(prompt: str, noun: str, count: int, glyph: str) -> None:
    found = entity(read_scene(prompt), noun)
    assert (found.count, found.glyph) == (count, glyph)
