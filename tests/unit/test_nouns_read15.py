"""Things named but never made, and settings misread, through the real planner and the real draft engine
(sentences written for these tests, in no prompt set):

1. A person of someone's before a verb that looks like a plural is that person, doing it: "while her brother counts
   to ten" is the brother, not three counts.
2. A stated age is an age word: "a proud ten-year-old" is a child, "a ten-year-old boy" a young boy (not an old
   man), "two 15-year-olds" teenagers.
3. A word of degree between a thing and a preposition is no noun: "her puppy right beside her", "the Earth high in
   the sky" keep the puppy and the Earth.
4. A building passed by ("past a bakery") or standing behind the people ("a bookshop behind him") is drawn, as a
   shop front, and the scene is the street outside it; a vineyard by its vines (shown as grapes); a pool something
   floats, swims or paddles in is a thing as well as the water.
5. A place named behind the scene closes the view ("forest in the background", "surrounded by tall pines", "with the
   city behind"); curtains, a pillow fort and spiral stairs are indoors.
6. A verb of riding makes the thing ridden: "a man cycling" rides a bicycle, which his pictogram shows.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_settings_read10 import setting_of
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "noun", "verb"), [
    ("A girl hiding while her brother counts to ten", "brother", "count"),
    ("A boy waving while his mother watches", "mother", "watch"),
    ("A man reading while his wife knits by the fire", "wife", "knit"),
])
def test_a_person_of_someones_does_the_verb(prompt: str, noun: str, verb: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).count == 1
    assert verb not in {e.noun for e in scene.entities}


def test_a_person_given_things_keeps_them() -> None:
    scene = read_scene("A woman showing her son books in a library")
    assert entity(scene, "son").count == 1 and entity(scene, "book").count > 1


@pytest.mark.parametrize(("prompt", "noun", "age", "count"), [
    ("A proud ten-year-old holding a trophy", "child", "child", 1),
    ("A ten-year-old boy with a kite", "boy", "child", 1),
    ("Two 15-year-olds sitting on a bench", "teenager", "teen", 2),
    ("A 75-year-old fisherman mending a net", "fisherman", "elderly", 1),
    ("Our five-year-old grins at the camera", "child", "child", 1),
])
def test_a_stated_age_is_an_age(prompt: str, noun: str, age: str, count: int) -> None:
    scene = read_scene(prompt)
    found = entity(scene, noun)
    assert (found.age, found.count) == (age, count)
    assert not {"year", "old"} & {e.noun for e in scene.entities}


@pytest.mark.parametrize("prompt", ["A party invitation for a nine-year-old", "A ten-year-old dog asleep on a rug"])
def test_no_child_where_none_is_drawn(prompt: str) -> None:
    assert "child" not in {e.noun for e in read_scene(prompt).entities}


@pytest.mark.parametrize(("prompt", "noun", "gone"), [
    ("A dog with her puppy right beside her", "puppy", "right"),
    ("An astronaut on the moon with the Earth high in the sky", "earth", "high"),
    ("A kite high above the trees", "kite", "high"),
])
def test_a_word_of_degree_keeps_the_thing(prompt: str, noun: str, gone: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, noun).glyph is not None
    assert gone not in {e.noun for e in scene.entities}


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A cyclist riding past a cafe at dawn", ("cyclist", "in_front_of", "cafe")),
    ("A woman pushing a pram past a bakery", ("woman", "in_front_of", "bakery")),
    ("An old man on a bench, a small bookshop behind him", ("man", "in_front_of", "bookshop")),
    ("Two girls eating gelato, a shop behind them", ("girl", "in_front_of", "shop")),
])
def test_a_building_passed_or_behind_is_drawn_outside(prompt: str, relation: tuple[str, str, str]) -> None:
    plan = plan_of(prompt)
    assert relation in related(plan.scene)
    assert plan.scene.setting.indoor is False
    drawn = person(plan, relation[2])
    assert drawn and ink_mask(plan, drawn[0]).any()


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A kite flying above a vineyard", "grapevine"),
    ("Two friends picnicking in a vineyard", "grapevine"),
    ("A dog paddling in the pool", "pool"),
    ("A toy boat bobbing in a small pool", "pool"),
])
def test_the_place_is_drawn_too(prompt: str, noun: str) -> None:
    plan = plan_of(prompt)
    drawn = person(plan, noun)
    assert drawn and ink_mask(plan, drawn[0]).any()


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A dog paddling in the pool", ("dog", "in", "pool")),
    ("A teenage girl floating in the pool on an inflatable ring", ("girl", "in", "pool")),
])
def test_what_floats_in_a_pool_is_in_it(prompt: str, relation: tuple[str, str, str]) -> None:
    assert relation in related(read_scene(prompt))


def test_a_pond_is_still_the_ground() -> None:
    scene = read_scene("Ducks floating in a pond")  # and a thing the ducks float in (test_nouns_read17)
    assert scene.setting.terrain == "water" and ("duck", "in", "pond") in related(scene)


@pytest.mark.parametrize(("prompt", "backdrop"), [
    ("A horse grazing in a meadow, forest in the background", "forest"),
    ("A girl on a swing, woods in the background", "forest"),
    ("A wooden cabin in a clearing surrounded by tall pines", "forest"),
    ("A picnic on a hill with the city behind", "city"),
    ("A lighthouse against a sea backdrop", "sea"),
])
def test_the_place_behind_is_the_view(prompt: str, backdrop: str) -> None:
    assert setting_of(prompt)["backdrop"] == backdrop


@pytest.mark.parametrize("prompt", [
    "A cat hiding behind the curtains",
    "Kids reading in a pillow fort",
    "A girl climbing the spiral stairs",
])
def test_things_of_a_room_put_the_scene_indoors(prompt: str) -> None:
    assert setting_of(prompt)["indoor"] is True


def test_a_rowing_boat_is_on_water() -> None:
    assert setting_of("An old rowing boat tied to a wooden post at dusk")["terrain"] == "water"


@pytest.mark.parametrize(("prompt", "rider", "thing"), [
    ("An old man cycling along the river at dawn", "man", "bicycle"),
    ("Two friends biking along a canal", "friend", "bicycle"),
    ("Three kids cycling to school on a sunny morning", "kid", "bicycle"),
])
def test_a_verb_of_riding_makes_the_thing_ridden(prompt: str, rider: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert (rider, "riding", thing) in related(plan.scene)
    ridden = entity(plan.scene, thing).id
    assert any(s.entity == ridden or ridden in s.also_shows for s in plan.subjects)


def test_a_thing_ridden_is_made_once() -> None:
    assert [e.noun for e in read_scene("A boy riding a bike down a hill").entities] == ["boy", "bike"]
