"""Relations read as people write them — through the real rules planner (and the real draft engine where the
drawing is judged, with the benchmark's own geometry).

1. A pronoun after a "with" that followed the subject's place names the subject whenever its number allows: "a dog
   sleeping under the stars with a campfire in front of it" (the dog: "it" is never the stars), "boys on a fence
   with their bikes beside them" (the boys); the place keeps it when only the place's number fits ("mugs on a
   tray, with a teapot beside it") or when the subject is in it ("a goldfish in a bowl with a castle in it").
2. A side named right after the container the subject is in is the container's: "a kitten in a cardboard box
   beside the sofa" puts the box beside the sofa, the kitten in it; a state ("tulips in bloom") or a garment is
   no container.
3. One who sends a thing off "from" a place stands on it: "casting a net from a pier", "tossing a coin from a
   bridge"; one who takes a thing "from" a place is only at it.
4. Two people or animals joined by "and" with no determiner ("a bride and groom"), with an owner's word before a
   describing word ("a father and his little daughter"), or "sharing" something, stand side by side; "two owls and
   one fox" and "a man and a bicycle" are no such pair.
5. One in a hollow of a thing, or looking out from it, is in the thing: "a squirrel watching from a hollow in an
   oak", "an owl blinking out of a hollow in a pine"; through a hole in a fence is still only at the fence.
6. What a person works on at a table lies on it: "a student typing on a laptop at a desk", "two girls
   decorating cupcakes at the counter"; a cup held stays in the hand, and one up a ladder is not at the table.
7. After a sitting or standing verb, "with" followed by a place and a pronoun names what stands there, not a
   companion: "a scarecrow standing in a field with crows above it" — the crows above the scarecrow ("it" is
   never the crows); "a boy sitting with his cat beside him" still has the cat beside the boy.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds9 import holds
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. "with X beside it": who "it" is


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other", "not_other"), [
    ("a dog sleeping under the stars with a campfire in front of it", "campfire", "in_front_of", "dog", "star"),
    ("a lighthouse on a rocky island with a small boat behind it", "boat", "behind", "lighthouse", "island"),
    ("three boys sitting on a fence with their bikes beside them", "bike", "next_to", "boy", "fence"),
    ("a van parked under an oak tree with a bench beside it", "bench", "next_to", "van", "tree"),
    ("four mugs on a wooden tray, with a teapot beside it", "teapot", "next_to", "tray", "mug"),
    ("a goldfish in a glass bowl with a little castle in it", "castle", "in", "bowl", "goldfish"),
])
def test_a_pronoun_after_with_names_the_subject_its_number_allows(prompt: str, thing: str, predicate: str,
                                                                   other: str, not_other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, other), prompt
    assert not stated(plan, thing, predicate, not_other), prompt


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("a dog sleeping under the stars with a campfire in front of it", "campfire", "in_front_of", "dog"),
    ("three boys sitting on a fence with their bikes beside them", "bike", "next_to", "boy"),
])
def test_what_the_pronoun_named_is_drawn_so(prompt: str, thing: str, predicate: str, other: str) -> None:
    assert holds(prompt, thing, other, predicate), prompt


# 2. "in a basket next to the fire": the basket stands there


@pytest.mark.parametrize(("prompt", "thing", "container", "other"), [
    ("a kitten in a cardboard box beside the sofa", "kitten", "box", "sofa"),
    ("a hamster asleep in a small cage next to the window", "hamster", "cage", "window"),
    ("red apples in a wooden bucket next to a ladder", "apple", "bucket", "ladder"),
])
def test_a_side_after_the_container_is_the_containers(prompt: str, thing: str, container: str, other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "in", container), prompt
    assert stated(plan, container, "next_to", other) and not stated(plan, thing, "next_to", other), prompt


def test_a_garment_or_a_state_is_no_container() -> None:
    assert stated(plan_of("a girl in a yellow raincoat next to a bicycle"), "girl", "next_to", "bicycle")
    assert stated(plan_of("roses in bloom beside a garden shed"), "rose", "next_to", "shed")


def test_the_container_is_drawn_beside() -> None:
    assert holds("a kitten in a cardboard box beside the sofa", "box", "sofa", "next_to")


# 3. "casting a net from a pier": the one who casts stands on it


@pytest.mark.parametrize(("prompt", "sender", "place"), [
    ("a fisherman casting a net from a wooden pier", "fisherman", "pier"),
    ("a girl tossing a coin from a stone bridge", "girl", "bridge"),
    ("an old man scattering seeds from a park bench", "man", "bench"),
])
def test_one_who_sends_a_thing_from_a_place_stands_on_it(prompt: str, sender: str, place: str) -> None:
    assert stated(plan_of(prompt), sender, "on", place), prompt


def test_one_who_takes_a_thing_from_a_place_is_only_at_it() -> None:
    plan = plan_of("a woman taking a jar from a shelf")
    assert not stated(plan, "woman", "on", "shelf") and stated(plan, "woman", "near", "shelf")


# 4. Companions named as a pair


@pytest.mark.parametrize(("prompt", "first", "second"), [
    ("a king and queen waving from a castle window", "king", "queen"),
    ("a father and his little daughter flying a kite", "father", "daughter"),
    ("a rabbit and a hedgehog sharing a carrot", "rabbit", "hedgehog"),
    ("Grandma and grandson baking cookies", "grandma", "grandson"),
])
def test_companions_named_as_a_pair_stand_side_by_side(prompt: str, first: str, second: str) -> None:
    assert stated(plan_of(prompt), first, "next_to", second), prompt


@pytest.mark.parametrize("prompt", ["two owls and one fox in a forest", "a man and a bicycle in the rain"])
def test_a_count_or_a_thing_makes_no_pair(prompt: str) -> None:
    assert not any(r.predicate == "next_to" for r in plan_of(prompt).scene.relations), prompt


def test_a_pair_is_drawn_side_by_side() -> None:
    assert holds("a father and his little daughter flying a kite", "father", "daughter", "next_to")


# 5. "from a hollow in an oak": in the oak


@pytest.mark.parametrize(("prompt", "thing", "whole"), [
    ("a squirrel watching from a hollow in an old oak", "squirrel", "oak"),
    ("an owl blinking out of a hollow in a pine", "owl", "pine"),
    ("a robin nesting in a hollow in a willow", "robin", "willow"),
])
def test_one_in_a_hollow_is_in_the_thing(prompt: str, thing: str, whole: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "in", whole) and not stated(plan, thing, "on", whole), prompt


def test_through_a_hole_is_only_at_the_thing() -> None:
    assert stated(plan_of("a mouse peeking through a hole in the fence"), "mouse", "near", "fence")


# 6. "typing on a laptop at a desk": the laptop on the desk


@pytest.mark.parametrize(("prompt", "thing", "table"), [
    ("a student typing on a laptop at a wooden desk", "laptop", "desk"),
    ("two girls decorating cupcakes at the kitchen counter", "cupcake", "counter"),
    ("an old man building a model ship at a round table", "ship", "table"),
])
def test_what_a_person_works_on_at_a_table_lies_on_it(prompt: str, thing: str, table: str) -> None:
    assert stated(plan_of(prompt), thing, "on", table), prompt


def test_a_held_cup_stays_in_the_hand() -> None:
    plan = plan_of("a woman holding a cup of tea at a table")
    assert stated(plan, "woman", "holding", "cup") and not stated(plan, "cup", "on", "table")


def test_the_laptop_is_drawn_on_the_desk() -> None:
    assert holds("a student typing on a laptop at a wooden desk", "laptop", "desk", "on")


# 7. "standing in a field with crows above it"


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("a scarecrow standing in a field with crows above it", "crow", "above", "scarecrow"),
    ("a deer standing in deep snow with tall pines behind it", "pine", "behind", "deer"),
    ("a boy sitting with his cat beside him", "cat", "next_to", "boy"),
])
def test_with_a_place_and_a_pronoun_after_sitting_names_what_stands_there(prompt: str, thing: str, predicate: str,
                                                                         other: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, predicate, other) and not stated(plan, other, predicate, thing), prompt
