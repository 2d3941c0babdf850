"""Places read as asked — through the real rules planner and the real draft engine, judged on the plan's scene graph
and on the ink each thing leaves, with the benchmark's own geometry.

1. A shop seen from the street is in front of what was parked there, whatever kind of shop it is: "a flower shop"
   or "a coffee shop" (drawn as the shop itself, no stand-in) had lost the relation.
2. "In the middle of" a table or a desk is on its top.
3. One fishing from a rowing boat sits in it, as in a rowboat or a kayak (drawn as one figure rowing it).
4. A seat named before a mirror or a window is what stands before it or beside it, as a seat beside a table is.
5. An animal doing something "in its cage" is inside, with the thing it nibbles (both read; the food is drawn in
   the cage, the animal beside it still spills over the cage's edge). A basket still holds only what is carried in
   it.
6. A tool after a verb's object is the doer's: "splitting logs with an axe", "catching a moth with a net" — the
   tool is in the hand, not the object's; a cake "with candles" still has them on it.
7. After a comma, a place is the host's again, though a participle had made what "with" named the subject:
   "a man with a dog sleeping at his feet, on a bench" reads the man on the bench, not the dog.
8. What is held over a thing is above it: "holding a frying pan over a stove" — the pan, not the cook (read; the
   composer honours the holding first, so the stove is not yet set under the pan).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds9 import holds
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import entity, plan_of

# 1, 2, 4. A shop front, the middle of a table, a seat before a mirror: read, and drawn so


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("a scooter parked in front of a coffee shop", "scooter", "in_front_of", "shop"),
    ("a bicycle parked outside a flower shop", "bicycle", "in_front_of", "shop"),
    ("a teapot in the middle of a kitchen table", "teapot", "on", "table"),
    ("a vase of roses in the centre of a desk", "vase", "on", "desk"),
    ("a woman sitting on a stool in front of a mirror", "stool", "in_front_of", "mirror"),
    ("a cat on an armchair by the window", "armchair", "next_to", "window"),
])
def test_the_place_is_read_and_drawn(prompt: str, thing: str, predicate: str, other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, other) and not stated(plan, thing, "in", other), prompt
    assert holds(prompt, thing, other, predicate), prompt


# 3. A rowing boat


def test_one_fishing_from_a_rowing_boat_sits_in_it() -> None:
    plan = plan_of("a girl fishing from a rowing boat on a lake")
    assert stated(plan, "girl", "in", "rowing boat") and not stated(plan, "girl", "on", "rowing boat")
    drawn = [s for s in plan.subjects if s.entity == entity(plan, "girl").id]
    assert len(drawn) == 1 and (drawn[0].glyph or "").startswith("🚣")  # one figure rowing, in the boat


# 5. Kept in a cage


@pytest.mark.parametrize(("prompt", "animal", "home", "food"), [
    ("a hamster munching seeds in its cage", "hamster", "cage", "seed"),
    ("a parrot cracking a nut inside its cage", "parrot", "cage", "nut"),
])
def test_an_animal_busy_in_its_cage_is_inside(prompt: str, animal: str, home: str, food: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, animal, "in", home) and stated(plan, food, "in", home), prompt
    assert holds(prompt, food, home, "in"), prompt


@pytest.mark.parametrize(("prompt", "thing", "holder"), [
    ("a girl carrying apples in a basket", "apple", "basket"),
    ("a cat watching a goldfish in a fishbowl", "goldfish", "fishbowl"),
])
def test_a_container_still_holds_the_thing_before_it(prompt: str, thing: str, holder: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "in", holder), prompt
    assert [r for r in plan.scene.relations if r.predicate == "in"] == [
        r for r in plan.scene.relations if r.predicate == "in" and r.subject == entity(plan, thing).id], prompt


# 6. The doer's tool


@pytest.mark.parametrize(("prompt", "doer", "tool", "thing"), [
    ("an old man splitting logs with an axe", "man", "axe", "log"),
    ("a little boy catching a moth with a net", "boy", "net", "moth"),
    ("a woman slicing a loaf of bread with a knife", "woman", "knife", "bread"),
])
def test_a_tool_after_the_object_is_in_the_doers_hand(prompt: str, doer: str, tool: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, "holding", tool), prompt
    ids = {e.noun: e.id for e in plan.scene.entities}
    assert all(ids[doer] in (r.subject, r.object) for r in plan.scene.relations if ids[tool] in (r.subject, r.object))
    assert stated(plan, doer, "near", thing), prompt  # at what the tool works
    assert holds(prompt, doer, tool, "holding"), prompt


def test_what_a_held_thing_is_with_is_still_its_own() -> None:
    assert stated(plan_of("a woman holding a cake with candles"), "candle", "on", "cake")


# 7. The host again after a comma


def test_the_man_not_his_sleeping_dog_is_on_the_bench() -> None:
    plan = plan_of("a man with a dog sleeping at his feet, on a park bench")
    assert stated(plan, "man", "on", "bench") and stated(plan, "dog", "near", "man")
    assert not stated(plan, "dog", "on", "bench")


@pytest.mark.parametrize(("prompt", "host", "place", "predicate", "named"), [
    ("a stack of waffles with honey dripping down, on a white plate", "waffle", "plate", "on", "honey"),
    ("a bed with a cat curled up on it, by the window", "bed", "window", "next_to", "cat"),
])
def test_a_place_after_the_comma_is_the_hosts(prompt: str, host: str, place: str, predicate: str,
                                              named: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, host, predicate, place) and not stated(plan, named, predicate, place), prompt
    assert holds(prompt, host, place, predicate), prompt


# 8. Held over a thing


def test_what_is_held_over_a_thing_is_above_it() -> None:
    for prompt, holder, thing, below in (("a cook holding a frying pan over a stove", "cook", "frying pan", "stove"),
                                         ("a woman holding an umbrella over a small child", "woman", "umbrella",
                                          "child")):
        plan = plan_of(prompt)
        assert stated(plan, holder, "holding", thing) and stated(plan, thing, "above", below), prompt
        assert not stated(plan, holder, "above", below), prompt


def test_a_verb_of_its_own_after_the_held_thing_places_the_holder() -> None:
    plan = plan_of("a diver holding a torch while swimming high above a wreck")
    assert stated(plan, "diver", "holding", "torch") and stated(plan, "diver", "above", "wreck")
