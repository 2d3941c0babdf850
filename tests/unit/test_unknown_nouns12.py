"""Things named but not made, counts said late and indoor places, through the real planner and the real draft engine.

1. Never made:
   - a word whose ending hides its class or its head: "clownfish" (no adjective in -ish), "passport" (no port, a
     place), "schoolchildren" (one word, as written), "trick-or-treaters" (one word, not a trick and treaters);
   - a plural the lexicon files as a verb, after a participle ("a stack of wrapped presents");
   - a word of saying before the words said ("her grandpa answers "…"") read as the head of "grandpa answers";
   - a part before "of" ("the hollow of an oak tree", "the tentacles of a sea anemone") is the whole;
   - a tag that hangs somewhere is the tag that carries the words, not a word about them;
   - a page's word that a thing is under or on ("under a big banner", "perched on a post");
   - cliffs below which a thing lies, with no article ("below white chalk cliffs"), a cliff one is halfway up;
   - things the index lacks: a traffic light, a cheese board.
2. A count said after the things, in a clause of its own ("Sailboats racing across the bay, seven of them").
3. Places under a roof: an indoor arena, an underground car park.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_unknown_nouns10 import entity, related


def test_a_passport_is_no_port() -> None:
    scene = read_scene("A vintage film camera with a passport to its right, all laid out on a wooden table")
    assert scene.setting.place != "port" and ("passport", "right_of", "camera") in related(scene)


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("Three schoolchildren huddled under one big umbrella in the drizzle", "schoolchild", 3),
    ("Trick-or-treaters in costumes knocking on a front door", "trick-or-treater", 3),
    ("A stack of wrapped presents under a Christmas tree", "present", 5),
])
def test_a_word_that_hid_its_head_is_made(prompt: str, noun: str, count: int) -> None:
    found = entity(read_scene(prompt), noun)
    assert found.glyph is not None and found.count == count
    assert "trick" not in {e.noun for e in read_scene(prompt).entities}


def test_glow_in_the_dark_stays_words() -> None:
    scene = read_scene("glow-in-the-dark stars on the ceiling")
    assert [e.noun for e in scene.entities] == ["star", "ceiling"]


def test_the_one_who_answers_is_drawn() -> None:
    plan = plan_of('A comic with two panels: a girl riding a scooter shouts "Watch this!" and her grandpa answers '
                   '"Careful, Lily!"')
    assert "answer" not in {e.noun for e in plan.scene.entities}
    grandpa = person(plan, "grandpa")
    assert grandpa and ink_mask(plan, grandpa[0]).any()


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A sleepy owl in the hollow of an old oak tree under a crescent moon", ("owl", "in", "tree")),
    ("A clownfish hiding among the tentacles of a sea anemone", ("clownfish", "near", "sea anemone")),
])
def test_a_part_before_of_is_its_whole(prompt: str, relation: tuple[str, str, str]) -> None:
    scene = read_scene(prompt)
    assert relation in related(scene) and not {"hollow", "tentacle"} & {e.noun for e in scene.entities}


def test_an_octopus_keeps_its_tentacles() -> None:
    assert entity(read_scene("an octopus waving its tentacles"), "octopus").glyph == "🐙"


def test_a_hanging_price_tag_carries_its_words() -> None:
    plan = plan_of('A price tag hanging from a knitted sweater that says "Handmade" and "45.00"')
    assert entity(plan.scene, "price tag").glyph == "🏷"
    assert {t.target for t in plan.scene.texts} == {"tag"}


def test_a_kayak_below_bare_cliffs_is_below_a_cliff() -> None:
    plan = plan_of("A watercolor of a red kayak pulled up on a pebble beach below white chalk cliffs")
    assert ("kayak", "below", "cliff") in related(plan.scene) and plan.scene.setting.place == "beach"
    cliff = person(plan, "cliff")
    assert cliff and ink_mask(plan, cliff[0]).any()


def test_a_climber_halfway_up_a_cliff_is_on_it() -> None:
    scene = read_scene("A rock climber in a red helmet halfway up a sandstone cliff, her friend holding the rope")
    assert ("climber", "on", "cliff") in related(scene) and entity(scene, "cliff").glyph == "⛰"


def test_a_count_said_after_its_things_is_drawn() -> None:
    plan = plan_of("Sailboats racing across the bay, seven of them, with the city skyline behind them")
    assert entity(plan.scene, "sailboat").count == 7 and len(person(plan, "sailboat")) == 7
    assert entity(read_scene("Sailboats racing across the bay"), "sailboat").count == 3


@pytest.mark.parametrize(("prompt", "place"), [
    ("A basketball player slam dunking in an indoor arena", "indoor arena"),
    ("A black SUV parked next to a charging station in an underground car park", "underground car park"),
])
def test_a_place_under_a_roof_is_indoors(prompt: str, place: str) -> None:
    setting = read_scene(prompt).setting
    assert setting.place == place and setting.indoor


def test_a_car_park_alone_is_outdoors() -> None:
    setting = read_scene("a red car in a car park").setting
    assert setting.place == "car park" and not setting.indoor and setting.terrain == "road"


def test_a_count_of_a_part_is_no_count_of_the_whole() -> None:
    assert entity(read_scene("penguins on a rock, two of them holding a fish"), "penguin").count == 3
    assert entity(read_scene("Ducks on a pond, 4 of them."), "duck").count == 4


def test_a_post_watched_from_is_stood_on() -> None:
    scene = read_scene("An angler on a rocky jetty in heavy fog while a seagull watches from a post")
    assert ("seagull", "on", "post") in related(scene)
    assert not read_scene("the words on a banner").entities
