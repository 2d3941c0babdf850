"""Relations in sentence shapes the reader used to skip: a thing lying, draped or sprawled "over" another lies on
it; a participle or "with" phrase put before its subject ("Walking her dog, a woman …") describes that subject; a
garment named with an owner's word ("his helmet") is worn by that owner; a container carries the place of what
it holds. Every sentence here is written for the test, none is a benchmark prompt; the tests that draw plan and
render with the real planner and draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.scene_reading import read_scene
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn


def relations(prompt: str) -> set[tuple[str, str, str]]:
    scene = read_scene(prompt)
    nouns = {e.id: e.noun for e in scene.entities}
    return {(nouns[r.subject], r.predicate, nouns[r.object]) for r in scene.relations}


# 1. Lying across a thing: "over" after a verb of draping, throwing or sprawling is on it, not above it


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a wool shawl draped over an armchair", ("shawl", "on", "armchair")),
    ("a beach towel thrown over a deck chair", ("beach towel", "on", "chair")),
    ("a ginger cat sprawled over a pile of newspapers", ("cat", "on", "newspaper")),
    ("a tired puppy flopped over a cushion", ("puppy", "on", "cushion")),
])
def test_a_thing_draped_or_sprawled_over_another_lies_on_it(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_a_thing_hanging_or_flying_over_another_stays_above_it() -> None:
    assert ("lamp", "above", "table") in relations("a brass lamp hanging over a kitchen table")
    assert ("bird", "above", "boat") in relations("a bird flying over a small boat")


def test_a_blanket_thrown_over_a_sofa_is_drawn_on_it() -> None:
    assert_read_placed_and_drawn("a red blanket thrown over a sofa", [("blanket", "on", "sofa")])


# 2. A participle or "with" phrase put before its subject describes that subject


@pytest.mark.parametrize(("prompt", "expected"), [
    ("Walking his terrier along the beach, a man throws a stick", {("man", "next_to", "terrier"),
                                                                   ("man", "holding", "stick")}),
    ("With a scarf around her neck and a cup in her hands, a girl waits at the stop",
     {("girl", "wearing", "scarf"), ("girl", "holding", "cup")}),
    ("Held by a girl in a red coat, a kitten looks at the snow", {("girl", "holding", "kitten"),
                                                                  ("girl", "wearing", "coat")}),
    ("Perched on the fence, a crow watches a cat", {("crow", "on", "fence")}),
])
def test_an_opening_phrase_describes_the_subject_after_the_comma(prompt: str,
                                                                 expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


def test_what_the_agent_wears_is_not_the_subjects() -> None:
    assert ("kitten", "wearing", "coat") not in relations("Held by a girl in a red coat, a kitten looks at the snow")


def test_an_opening_phrase_with_no_subject_after_it_is_left_as_it_was() -> None:
    assert ("dog", "on", "sofa") in relations("Sleeping on the sofa, the old dog")


def test_a_thing_held_in_an_opening_phrase_is_drawn_in_the_subjects_hands() -> None:
    assert_read_placed_and_drawn("Carrying a lantern, an old man walks down the lane", [("man", "holding", "lantern")])


# 3. A garment named with its owner's word is worn by that owner


@pytest.mark.parametrize(("prompt", "expected"), [
    ("an old man glances at his wristwatch", ("man", "wearing", "wristwatch")),
    ("a girl pulls up the hood of her yellow raincoat", ("girl", "wearing", "raincoat")),
    ("a farmer leans on the gate, rain dripping off his hat", ("farmer", "wearing", "hat")),
])
def test_a_garment_named_with_its_owners_word_is_worn(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a boy holding his cap", ("boy", "holding", "cap")),
    ("a man stands by the door, his hat on a peg", ("hat", "on", "peg")),
])
def test_a_garment_held_or_put_somewhere_is_not_worn(prompt: str, kept: tuple[str, str, str]) -> None:
    found = relations(prompt)
    assert kept in found and not any(p == "wearing" for _, p, _ in found)


def test_a_garment_named_with_its_owners_word_is_drawn_on_the_owner() -> None:
    assert_read_placed_and_drawn("a woman adjusts her sunglasses", [("woman", "wearing", "sunglasses")])


# 4. Things named in a list share what is said after it


def test_a_place_after_a_with_list_holds_every_thing_of_the_list() -> None:
    found = relations("a shelf with a clock, a vase and two candles on it")
    assert {("clock", "on", "shelf"), ("vase", "on", "shelf"), ("candle", "on", "shelf")} <= found


def test_a_place_beside_or_behind_after_a_with_list_is_the_last_things_only() -> None:
    found = relations("a cottage with a garden and an oak behind it")
    assert ("oak", "behind", "cottage") in found and ("garden", "behind", "cottage") not in found


def test_a_side_said_of_one_thing_keeps_the_others_on_their_host() -> None:
    assert ("clock", "on", "shelf") in relations("a shelf with a clock on the left and a vase to its right")


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a bicycle to the left of the gate, a wheelbarrow on its right", ("wheelbarrow", "right_of", "gate")),
    ("a fern to the right of the sofa and a lamp to its left", ("lamp", "left_of", "sofa")),
])
def test_a_second_side_is_taken_from_the_same_thing_as_the_first(prompt: str,
                                                                 expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_a_second_side_is_drawn_beside_the_same_thing() -> None:
    assert_read_placed_and_drawn("a broom to the left of the door, a bucket on its right",
                                 [("broom", "left_of", "door"), ("bucket", "right_of", "door")])


# 5. A pair named after "between" at the head of the sentence


@pytest.mark.parametrize(("prompt", "expected"), [
    ("Parked between a red car and a green bus is a small scooter",
     {("scooter", "right_of", "car"), ("scooter", "left_of", "bus")}),
    ("Between the barn and the silo stand a horse and a cow",
     {("horse", "right_of", "barn"), ("cow", "left_of", "silo")}),
])
def test_a_thing_after_a_fronted_pair_stands_between_them(prompt: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


def test_a_thing_after_a_fronted_pair_is_drawn_between_them() -> None:
    assert_read_placed_and_drawn("Between a bookcase and a lamp sits an armchair",
                                 [("armchair", "right_of", "bookcase"), ("armchair", "left_of", "lamp")])


def test_a_word_that_is_as_often_held_as_worn_is_not_made_a_garment() -> None:
    assert not any(p == "wearing" for _, p, _ in relations("a violinist drawing her bow across the strings"))
