"""Relations in sentence shapes the reader did not relate: a place written first and a colon before the list of what is
there ("On the shelf: a clock, a vase and two books") puts every listed thing at that place, while a colon after
anything else still ends its clause; a participle written like its verb ("a blanket is spread out on the grass", "a
map spread across a desk") is the participle, not a noun that took the thing's place; "with" right after the pair a
thing stands between ("a hammock strung between two trees with a towel over it") is that thing's, not the pair's.
Every sentence here is written for the test, none is a benchmark prompt; the tests that draw plan and render with
the real planner and draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules import read_scene
from tests.unit.test_reading_generalises7 import relations
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn

# 1. A place, a colon, then a list: every listed thing is at the place


@pytest.mark.parametrize(("prompt", "expected"), [
    ("On the shelf: a clock, a vase and two books",
     {("clock", "on", "shelf"), ("vase", "on", "shelf"), ("book", "on", "shelf")}),
    ("Under the old oak: a red bench and a sleeping dog", {("bench", "under", "oak"), ("dog", "under", "oak")}),
    ("In the basket: three apples and a pear", {("apple", "in", "basket"), ("pear", "in", "basket")}),
])
def test_a_place_before_a_colon_holds_the_listed_things(prompt: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


def test_the_listed_things_keep_their_own_sides() -> None:
    read = relations("On a wooden counter: a kettle in the middle and a teapot to the left of it")
    assert {("kettle", "on", "counter"), ("teapot", "left_of", "kettle")} <= read


def test_a_colon_after_anything_but_a_lone_place_still_ends_the_clause() -> None:
    read = relations("A cat on a rug: a vase on the table")
    assert {("cat", "on", "rug"), ("vase", "on", "table")} <= read
    assert ("vase", "on", "rug") not in read
    assert ("cat", "on", "table") not in read


def test_things_listed_after_a_place_and_a_colon_are_drawn_there() -> None:
    assert_read_placed_and_drawn("On the desk: a lamp and a mug", [("lamp", "on", "desk"), ("mug", "on", "desk")])


# 2. A participle that is its verb's base form, after "is" or a noun and before a place, places the thing


def test_a_blanket_spread_out_is_the_blanket_and_holds_what_is_on_it() -> None:
    read = relations("A rug is spread out on the floor; on it are a teapot and two cups")
    assert {("teapot", "on", "rug"), ("cup", "on", "rug")} <= read
    assert all("spread" not in (a, b) for a, _, b in read)


def test_a_map_spread_across_a_desk_is_a_map_at_the_desk() -> None:
    scene = read_scene("an old map spread across a desk")
    assert [e.noun for e in scene.entities] == ["map", "desk"]
    assert ("map", "near", "desk") in relations("an old map spread across a desk")


def test_a_spread_after_its_article_is_still_a_noun() -> None:
    assert "spread" in [e.noun for e in read_scene("a spread of cheeses on a board").entities]


def test_things_on_a_blanket_spread_out_are_drawn_on_it() -> None:
    assert_read_placed_and_drawn("a blanket is spread out on the grass; on it is a basket",
                                 [("basket", "on", "blanket")])


# 3. "with" right after the pair a thing stands between belongs to that thing, not to the pair


def test_with_after_a_pair_is_the_things_between_them() -> None:
    bench = relations("a bench between two oaks with a cat asleep on it")
    assert ("cat", "on", "bench") in bench and ("cat", "on", "oak") not in bench
    hammock = relations("a hammock slung between two poles with a blanket thrown over it")
    assert ("blanket", "on", "hammock") in hammock and ("blanket", "on", "pole") not in hammock


def test_with_after_one_thing_still_belongs_to_it() -> None:
    assert ("candle", "on", "cake") in relations("a girl beside a cake with candles on it")


def test_a_cat_on_a_bench_between_two_trees_is_drawn_on_the_bench() -> None:
    assert_read_placed_and_drawn("a bench between two trees with a cat on it", [("cat", "on", "bench")])
