"""Things named but never made, through the real planner and the real draft engine (sentences written for these
tests, in no prompt set):

1. What carries a load of many holds them: "a wagon of pumpkins" is pumpkins in a wagon, "a trailer of logs" logs on
   a trailer; a hay bale is one thing, named by both words.
2. A mural of something is the mural with that thing in it (both are drawn).
3. A ball, a skein or a spool of a stuff is the stuff: "a ball of wool" is wool, "three spools of thread" three.
4. "Neon-lit", "candle-lit": how a thing is lit is one word, so the light is no thing and the thing keeps its count.
"""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_nouns_read18 import seen
from tests.unit.test_unknown_nouns10 import entity, related


@pytest.mark.parametrize(("prompt", "load", "carrier", "predicate"), [
    ("A farmer pulling a wagon of pumpkins along a dirt road", "pumpkin", "wagon", "in"),
    ("A tractor hauling a trailer of logs out of the forest", "log", "trailer", "on"),
    ("An old truck of watermelons parked at a roadside stand", "watermelon", "truck", "in"),
    ("A pony pulling a trailer of hay bales down a country lane", "hay bale", "trailer", "on"),
])
def test_a_load_of_many_is_carried(prompt: str, load: str, carrier: str, predicate: str) -> None:
    scene = read_scene(prompt)
    assert (load, predicate, carrier) in related(scene)
    assert entity(scene, load).count > 1
    assert seen(prompt, load) and seen(prompt, carrier)


@pytest.mark.parametrize(("prompt", "shown"), [
    ("A mural of a tiger on the side of a brick building", "tiger"),
    ("Kids painting a mural of dolphins on a fence", "dolphin"),
])
def test_a_mural_shows_its_subject(prompt: str, shown: str) -> None:
    scene = read_scene(prompt)
    assert (shown, "in", "mural") in related(scene)
    assert seen(prompt, "mural") and seen(prompt, shown)


@pytest.mark.parametrize(("prompt", "stuff", "count"), [
    ("A grey kitten batting a ball of wool across the rug", "wool", 1),
    ("Three spools of thread beside a sewing machine", "thread", 3),
    ("A ball of yarn and two knitting needles in a basket", "yarn", 1),
])
def test_a_wound_amount_is_the_stuff(prompt: str, stuff: str, count: int) -> None:
    scene = read_scene(prompt)
    assert entity(scene, stuff).count == count
    assert "ball" not in {e.noun for e in scene.entities}
    assert seen(prompt, stuff)


def test_a_ball_alone_is_a_ball() -> None:
    assert "ball" in {e.noun for e in read_scene("A puppy chasing a red ball across the lawn").entities}


@pytest.mark.parametrize(("prompt", "thing", "count", "source"), [
    ("Two neon-lit signs over a narrow alley", "sign", 2, "neon"),
    ("Four neon-lit taxis waiting in the rain", "taxi", 4, "neon"),
    ("A candle-lit table set for two", "table", 1, "candle"),
    ("A lantern-lit tent beside a quiet lake", "tent", 1, "lantern"),
])
def test_how_a_thing_is_lit_is_no_thing_of_its_own(prompt: str, thing: str, count: int, source: str) -> None:
    scene = read_scene(prompt)
    assert entity(scene, thing).count == count
    assert source not in {e.noun for e in scene.entities}
    assert seen(prompt, thing)
