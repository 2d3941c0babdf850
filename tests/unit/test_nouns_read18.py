"""Things named but never made, and counts, through the real planner and the real draft engine (sentences written
for these tests, in no prompt set):

1. A thing named by its light is the thing: "by candlelight" has a candle, "a lighthouse beam" a lighthouse, "a
   candle flame" a candle; "a traffic light" and "fairy lights" keep their names.
2. A door of an appliance, a cupboard or a car is the whole: "a magnet on the fridge door" is on the fridge; "a
   wooden front door" is a door.
3. A doer named by their gear has it: a cyclist or a mountain biker rides a bicycle, a kitesurfer (drawn as a
   surfer) holds a kite; a biker on a motorcycle or a cyclist with her bike named gets no second one, and a
   beekeeper no bees.
4. "A family of four" is four people; "a family of ducks" is still ducks.
5. "Each with a Y" gives one Y to each of the many, drawn on each one: "six muffins, each with a strawberry on top".
6. "Two mint leaves" are two leaves (not two of one "mint" that leaves), and a list is drawn (as a memo).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_drawn_as_asked import HEIGHT, WIDTH, plan_of
from tests.unit.test_people_in_action import ink_mask, person
from tests.unit.test_unknown_nouns10 import entity, related

VISIBLE = 0.04  # the share of its box a thing's ink must cover to be seen (as bench/scene_fidelity.py counts it)


def seen(prompt: str, noun: str) -> int:
    """How many subjects drawing the noun have ink over a visible share of their boxes."""
    plan = plan_of(prompt)
    count = 0
    for subject in person(plan, noun):
        x0, y0, x1, y1 = (round(v * n) for v, n in zip(subject.box, (WIDTH, HEIGHT, WIDTH, HEIGHT), strict=True))
        box = ink_mask(plan, subject)[y0:y1, x0:x1]
        count += bool(box.size) and float(np.mean(box)) >= VISIBLE
    return count


@pytest.mark.parametrize(("prompt", "source"), [
    ("An old sailor reading by candlelight in a cabin", "candle"),
    ("A cat dozing by lamplight on a windowsill", "lamp"),
    ("Two friends telling stories by firelight at a campsite", "fire"),
    ("A lighthouse beam cutting through the fog", "lighthouse"),
    ("A candle flame flickering on a windowsill", "candle"),
])
def test_a_light_names_its_source(prompt: str, source: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert source in nouns and not {"candlelight", "lamplight", "firelight", "beam", "flame"} & nouns
    assert seen(prompt, source)


def test_a_light_over_the_sea_leaves_its_source_beside_it() -> None:
    assert ("lighthouse", "next_to", "sea") in related(read_scene("A lighthouse beam sweeping over a stormy sea"))


@pytest.mark.parametrize(("prompt", "noun"), [
    ("A red traffic light on a rainy street", "traffic light"),
    ("Fairy lights over a bed", "fairy light"),
])
def test_a_light_of_its_own_keeps_its_name(prompt: str, noun: str) -> None:
    assert noun in {e.noun for e in read_scene(prompt).entities}


@pytest.mark.parametrize(("prompt", "relation"), [
    ("A magnet on the fridge door", ("magnet", "on", "fridge")),
    ("A dish towel hanging from the oven door", ("dish towel", "under", "oven")),
    ("A woman holding the fridge door open", ("woman", "next_to", "fridge")),
])
def test_a_door_of_a_whole_is_the_whole(prompt: str, relation: tuple[str, str, str]) -> None:
    scene = read_scene(prompt)
    assert relation in related(scene)
    assert "door" not in {e.noun for e in scene.entities}


def test_the_fridge_of_its_door_is_drawn() -> None:
    assert seen("A magnet on the fridge door", "fridge")


def test_a_front_door_stays_a_door() -> None:
    assert ("wreath", "on", "door") in related(read_scene("A wreath on a wooden front door"))


@pytest.mark.parametrize(("prompt", "doer", "count"), [
    ("A cyclist racing down a country lane", "cyclist", 1),
    ("Two mountain bikers on a forest trail", "biker", 2),
])
def test_a_rider_named_by_the_bicycle_rides_one(prompt: str, doer: str, count: int) -> None:
    plan = plan_of(prompt)
    assert (doer, "riding", "bicycle") in related(plan.scene)
    assert entity(plan.scene, "bicycle").count == count
    bicycle = entity(plan.scene, "bicycle").id
    assert any(bicycle in s.also_shows for s in plan.subjects)  # the cyclist's pictogram shows the bicycle


@pytest.mark.parametrize(("prompt", "doer", "gear", "predicate"), [
    ("A kitesurfer over the waves at sunset", "kitesurfer", "kite", "holding"),
    ("A kiteboarder skimming across a windy bay", "kiteboarder", "kite", "holding"),
])
def test_a_doer_named_by_their_gear_has_it(prompt: str, doer: str, gear: str, predicate: str) -> None:
    assert (doer, predicate, gear) in related(read_scene(prompt))
    assert seen(prompt, doer) and seen(prompt, gear)


@pytest.mark.parametrize(("prompt", "named"), [
    ("A biker on a red motorcycle", "motorcycle"),
    ("A cyclist and her bike resting by a wall", "bike"),
])
def test_named_gear_is_not_made_twice(prompt: str, named: str) -> None:
    nouns = [e.noun for e in read_scene(prompt).entities]
    assert named in nouns and "bicycle" not in nouns


def test_a_beekeeper_draws_no_bees() -> None:
    assert "bee" not in {e.noun for e in read_scene("A beekeeper in a white suit beside a hive").entities}


@pytest.mark.parametrize(("prompt", "count"), [
    ("A family of five at a campsite", 5),
    ("A family of three walking a dog on the beach", 3),
    ("A family of 4 sharing a picnic under a tree", 4),
])
def test_a_family_of_n_is_n_people(prompt: str, count: int) -> None:
    plan = plan_of(prompt)
    assert entity(plan.scene, "people").count == count
    assert seen(prompt, "people") == count


def test_a_family_of_animals_stays_the_animals() -> None:
    assert entity(read_scene("A family of ducks on a pond"), "duck").count == 4


@pytest.mark.parametrize(("prompt", "host", "each", "count"), [
    ("Six muffins, each with a strawberry on top", "muffin", "strawberry", 6),
    ("Four cupcakes in a row, each with a candle on top", "cupcake", "candle", 4),
    ("Four plates in a row, each with a slice of cake", "plate", "cake", 4),
])
def test_each_with_one_gives_one_to_each(prompt: str, host: str, each: str, count: int) -> None:
    plan = plan_of(prompt)
    assert entity(plan.scene, each).count == count
    hosts, things = person(plan, host), person(plan, each)
    assert len(things) == count
    for thing in things:  # every one stands over a host of its own
        middle = (thing.box[0] + thing.box[2]) / 2
        assert sum(h.box[0] <= middle <= h.box[2] for h in hosts) >= 1
    middles = sorted((t.box[0] + t.box[2]) / 2 for t in things)
    assert min(b - a for a, b in pairwise(middles)) > 0.05  # not crowded on one host
    assert seen(prompt, each) == count


def test_each_holding_one_counts_them() -> None:
    assert entity(read_scene("Three kids, each holding a red balloon"), "balloon").count == 3


@pytest.mark.parametrize(("prompt", "count"), [
    ("Two mint leaves in a glass of water", 2),
    ("Three oak leaves on a wooden table", 3),
])
def test_counted_leaves_are_leaves(prompt: str, count: int) -> None:
    assert entity(read_scene(prompt), "leaf").count == count


@pytest.mark.parametrize("prompt", ["A to-do list on a desk", "A grocery list held up by a magnet"])
def test_a_list_is_drawn(prompt: str) -> None:
    assert seen(prompt, "list")


@pytest.mark.parametrize(("prompt", "colour"), [
    ("A little boy in a frog costume jumping in a puddle", (0, 255, 0)),
    ("A toddler in a ladybug costume on a garden path", (255, 0, 0)),
])
def test_a_costume_is_the_colour_of_what_it_dresses_as(prompt: str, colour: tuple[int, int, int]) -> None:
    costume = entity(read_scene(prompt), "costume")
    assert costume.color is not None and costume.color_name == ""  # its usual colour: the prompt named none
    assert int(np.argmax(costume.color)) == int(np.argmax(colour))
    assert seen(prompt, "costume")


def test_a_costume_keeps_the_colour_asked() -> None:
    assert entity(read_scene("A girl in a blue bee costume"), "costume").color_name == "blue"


@pytest.mark.parametrize(("prompt", "noun"), [
    ("What would a cat in a spacesuit look like on the moon?", "spacesuit"),
    ("what would a toad on a mossy log look like", "log"),
    ("How would a snail on a lily pad look like at dawn?", "lily pad"),
])
def test_look_like_is_a_verb(prompt: str, noun: str) -> None:
    nouns = {e.noun for e in read_scene(prompt).entities}
    assert noun in nouns and not any(n.endswith("look") for n in nouns)
