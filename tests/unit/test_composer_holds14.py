"""Relations the reader states and the picture now holds — through the real rules planner and the real draft
engine, judged with the benchmark's own geometry on each thing's ink.

1. A party hat sits on the wearer's head where the plan put it: the paper cone had been drawn above the hat's box,
   so on a dog or a dinosaur it stood over the head, not on it ("wearing" failed on the ink).
2. An umbrella held by a face or an animal rises from the hand with its canopy at the head's side (drawn clear
   above the head, its middle was over the holder's top, out of the hand); held by a whole standing figure, its
   handle is at the hand (it stopped short above it).
3. A bowl of noodle soup holds what is in it: an egg and slices of pork stood at the bowl's foot in a row wider
   than the bowl, and the egg outside it.
4. A small thing beside one under a table, a desk or a bench is under it too: a food bowl beside a cat asleep
   under the kitchen table had stood outside the table, far from her.
5. What stands behind a lower thing and rises over it stands a little inside its side: a floor lamp behind an
   armchair stood just past the chair's side, behind none of it.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import ink_share, subjects

# 1. A party hat on the head, 2. an umbrella in the hand


@pytest.mark.parametrize(("prompt", "holder", "predicate", "thing"), [
    ("a puppy wearing a party hat", "puppy", "wearing", "party hat"),
    ("a goat wearing a party hat in the garden", "goat", "wearing", "party hat"),
    ("a cartoon horse wearing a party hat", "horse", "wearing", "party hat"),
    ("a little dinosaur wearing a party hat on a birthday card", "dinosaur", "wearing", "party hat"),
    ("a duck holding a yellow umbrella in the rain", "duck", "holding", "umbrella"),
    ("a bear holding an umbrella on a rainy day", "bear", "holding", "umbrella"),
    ("a little girl holding an umbrella in the drizzle", "girl", "holding", "umbrella"),
    ("a grandmother holding a blue umbrella outside the bakery", "grandmother", "holding", "umbrella"),
])
def test_a_worn_hat_and_a_held_umbrella_are_where_the_holder_has_them(prompt: str, holder: str, predicate: str,
                                                                     thing: str) -> None:
    plan = planned(prompt)
    assert stated(plan, holder, predicate, thing), prompt
    assert holds(plan, holder, predicate, thing), prompt
    assert all(ink_share(plan, s) >= 0.04 for s in subjects(plan, holder)), prompt  # the holder still shows


# 3. In a bowl of noodle soup


@pytest.mark.parametrize(("prompt", "bowl", "things"), [
    ("a bowl of ramen with an egg and two slices of pork in it", "bowl", ("egg", "pork")),
    ("a ramen bowl with a boiled egg and a shrimp", "ramen bowl", ("egg", "shrimp")),
])
def test_what_is_in_a_bowl_of_noodles_is_in_it(prompt: str, bowl: str, things: tuple[str, ...]) -> None:
    plan = planned(prompt)
    for thing in things:
        assert stated(plan, thing, "in", bowl), (prompt, thing)
        assert holds(plan, thing, "in", bowl), (prompt, thing)


# 4. Beside a thing under a table, under it too


@pytest.mark.parametrize(("prompt", "thing", "other", "small", "table"), [
    ("a dog lying under the bench with a bowl of food beside it", "bowl", "dog", "bowl", "bench"),
    ("a kitten sleeping under the desk next to a box", "kitten", "box", "box", "desk"),
    ("a rabbit resting under the garden bench, a carrot next to it", "carrot", "rabbit", "carrot", "bench"),
])
def test_a_small_thing_beside_one_under_a_table_is_under_it_too(prompt: str, thing: str, other: str, small: str,
                                                                 table: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, "next_to", other), prompt
    assert holds(plan, thing, "next_to", other), prompt
    top = subjects(plan, table)[0].box
    for piece in subjects(plan, small):  # under the table's top, between its ends
        assert top[0] <= (piece.box[0] + piece.box[2]) / 2 <= top[2] and piece.box[1] > top[1], (prompt, small)


# 5. Behind a lower thing, rising over it


@pytest.mark.parametrize(("prompt", "thing", "host"), [
    ("a floor lamp behind an armchair in the living room", "floor lamp", "armchair"),
    ("a floor lamp behind a chair", "floor lamp", "chair"),
    ("a lamp post behind a bench in the park", "lamp post", "bench"),
])
def test_a_taller_thing_behind_a_lower_one_stands_behind_it(prompt: str, thing: str, host: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, "behind", host), prompt
    assert holds(plan, thing, "behind", host), prompt
