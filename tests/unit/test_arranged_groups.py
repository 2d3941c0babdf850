"""Arrangement words bound to the group they lay out, read and drawn through the real rules planner and draft
engine: "in a row" after a counted group that is not the clause's subject lines up that group (listed_rows.py), a
counted group going round one thing rings it (ring_words.py), and a brother or a sister said big or little is a
child's sibling (people_words.SIBLING_AGES).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_scene_fidelity_classes import centre, ink_share, plan_of, subjects


@pytest.mark.parametrize(("prompt", "noun", "count"), [
    ("a bakery counter with five glass bottles in a row", "bottle", 5),
    ("a windowsill holding four cactus pots lined up in the sun", "cactus pot", 4),
    ("A garden wall with six clay pots in a line along its top", "pot", 6),
])
def test_row_words_lay_out_the_counted_group_they_follow(prompt: str, noun: str, count: int) -> None:
    scene = read_scene(prompt)
    rows = {e.noun: e.arrangement for e in scene.entities if e.arrangement == "row"}
    assert rows == {noun: "row"}, prompt
    assert next(e.count for e in scene.entities if e.noun == noun) == count


def test_a_row_after_a_counter_is_drawn_as_a_row_on_it() -> None:
    plan = plan_of("a bakery counter with five glass bottles in a row")
    bottles = subjects(plan, "bottle")
    assert len(bottles) == 5
    assert len({round(b.box[3], 2) for b in bottles}) == 1  # one baseline
    lefts = sorted(b.box[0] for b in bottles)
    assert all(b > a + 0.05 for a, b in pairwise(lefts))  # side by side, not stacked
    assert ink_share(plan, bottles[0]) > 0.1


@pytest.mark.parametrize(("prompt", "noun"), [
    ("Aerial view of four boats circling a lighthouse", "boat"),
    ("six chairs arranged around a round table", "chair"),
    ("three bees buzzing around a sunflower", "bee"),
    ("a poster of eight moons orbiting a planet", "moon"),
])
def test_a_counted_group_going_round_one_thing_is_a_circle(prompt: str, noun: str) -> None:
    assert {e.noun: e.arrangement for e in read_scene(prompt).entities}[noun] == "circle", prompt


@pytest.mark.parametrize("prompt", [
    "two dogs running around a tree",  # a pair is no ring
    "a woman with a scarf around her neck",
    "three kids ringing a bell",  # a bell rung, not ringed
])
def test_no_ring_without_a_group_going_round(prompt: str) -> None:
    assert all(e.arrangement != "circle" for e in read_scene(prompt).entities), prompt


def test_a_ring_is_drawn_round_its_centre() -> None:
    plan = plan_of("Aerial view of four boats circling a lighthouse")
    boats, (lighthouse,) = subjects(plan, "boat"), subjects(plan, "lighthouse")
    x, y = centre(lighthouse)
    xs, ys = [centre(b)[0] for b in boats], [centre(b)[1] for b in boats]
    assert min(xs) < x < max(xs) and min(ys) < y < max(ys)
    assert all(ink_share(plan, b) > 0.1 for b in boats)


@pytest.mark.parametrize(("prompt", "noun", "age"), [
    ("a girl building a fort with her little brother", "brother", "child"),
    ("a small boy holding hands with his big sister at the zoo", "sister", "teen"),
    ("a toddler and her baby brother asleep on a couch", "brother", "baby"),
    ("a woman hugging her older sister", "sister", None),  # older than the other, not old
])
def test_a_sibling_said_big_or_little_is_young(prompt: str, noun: str, age: str | None) -> None:
    sibling = next(e for e in read_scene(prompt).entities if e.noun == noun)
    assert sibling.age == age and sibling.scale == 1.0, prompt
