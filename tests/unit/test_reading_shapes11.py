"""Relations in sentence shapes the reader did not relate: a part of a thing named before, said with "the" ("a cat on
the top shelf" of a bookshelf, "on the cushion" of an armchair, "on the saddle" of a motorbike), is that thing; a
side said with no partner ("the goose on the right", "On the left a lamp, on the right an armchair") is taken from
the thing named with it, the thing given the other side, or the first thing of the prompt; a thing tucked "in one
arm" or "under his arm" is held, one strapped to a person's back or hung around a neck is worn (on an animal's back
it is on the animal), a backpack carried is worn, and what is dragged, coiled, knitted or banged is in the hands; a
person at a thing one works at (an easel, a whiteboard) stands beside it; a verb that works on its object where it
lies ("frying eggs on a stove", "painting a heart on a door") puts the object there and the worker at it. Every
sentence here is written for the test, none is a benchmark prompt; the tests that draw plan and render with the
real planner and draft engine."""

from __future__ import annotations

import pytest

from tests.unit.test_reading_generalises7 import relations
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn

# 1. A part named with "the" stands for the thing named before that it is a part of


@pytest.mark.parametrize(("prompt", "expected"), [
    ("A tall bookshelf full of records, a ginger cat asleep on the bottom shelf", ("cat", "on", "bookshelf")),
    ("A red sofa with a puppy sleeping on the cushion", ("puppy", "on", "sofa")),
    ("A blue motorbike parked by the gate while a dog naps on the saddle", ("dog", "on", "motorbike")),
    ("a bunk bed in a small room and a toy robot on the bottom bunk", ("robot", "on", "bunk bed")),
])
def test_a_part_named_with_the_is_the_whole_named_before(prompt: str, expected: tuple[str, str, str]) -> None:
    read = relations(prompt)
    assert expected in read
    assert not {noun for a, _, b in read for noun in (a, b)} & {"shelf", "cushion", "saddle", "bunk"}


def test_a_part_with_a_or_without_a_level_is_a_thing_of_its_own() -> None:
    assert ("ring", "on", "cushion") in relations("A gold ring on a velvet cushion")
    assert ("vase", "on", "shelf") in relations("A bookcase by the door and a vase on the shelf above it")


def test_the_seat_a_part_stood_for_is_where_the_thing_is_drawn() -> None:
    assert_read_placed_and_drawn("A red sofa with a puppy sleeping on the cushion", [("puppy", "on", "sofa")])
    assert_read_placed_and_drawn("a bunk bed in a small room and a toy robot on the bottom bunk",
                                 [("robot", "on", "bunk bed")])


# 2. A side with no partner: the thing named with it, the other side, or the first thing of the prompt


def test_a_side_after_a_pair_named_together_is_taken_from_the_other() -> None:
    assert ("goose", "right_of", "duck") in relations("A goose and a duck waiting by the pond, the goose on the right")
    assert ("owl", "left_of", "fox") in relations("An owl and a fox in the snowy woods, the owl on the left")


def test_sides_that_open_their_phrases_pair_the_two_things() -> None:
    read = relations("On the left a tall lamp, on the right a green armchair")
    assert ("armchair", "right_of", "lamp") in read
    assert_read_placed_and_drawn("On the left a tall lamp, on the right a green armchair",
                                 [("armchair", "right_of", "lamp")])


def test_a_lone_side_is_taken_from_the_first_thing_the_thing_is_not_on() -> None:
    read = relations("Beside the barn a horse grazes, while a dog sleeps on a bench on the left")
    assert {("dog", "on", "bench"), ("bench", "left_of", "barn")} <= read
    assert ("dog", "left_of", "bench") not in read
    assert_read_placed_and_drawn("Beside the barn a horse grazes, while a dog sleeps on a bench on the left",
                                 [("bench", "left_of", "barn")])


# 3. A thing in one arm or under an arm is held


@pytest.mark.parametrize(("prompt", "expected"), [
    ("A nurse walks down the corridor with a small puppy tucked in one arm", ("nurse", "holding", "puppy")),
    ("a boy on a bench with a book under his arm", ("boy", "holding", "book")),
    ("A woman in a red coat with a baguette under her arm", ("woman", "holding", "baguette")),
])
def test_a_thing_in_one_arm_or_under_an_arm_is_held(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_only_the_thing_named_last_is_under_the_arm() -> None:
    read = relations("A man on the platform checks his wristwatch, a rolled newspaper under his arm")
    assert {("man", "holding", "newspaper"), ("man", "wearing", "wristwatch")} <= read
    assert ("man", "holding", "wristwatch") not in read


def test_the_puppy_tucked_in_one_arm_is_drawn_in_the_hands() -> None:
    assert_read_placed_and_drawn("A nurse walks down the corridor with a small puppy tucked in one arm",
                                 [("nurse", "holding", "puppy")])


# 4. At a thing one works at: beside it


@pytest.mark.parametrize(("prompt", "expected"), [
    ("A professor pointing at a blackboard", ("professor", "next_to", "blackboard")),
    ("A boy standing at an easel", ("boy", "next_to", "easel")),
    ("An office worker waiting at the coffee machine", ("worker", "next_to", "machine")),
])
def test_at_a_thing_one_works_at_is_beside_it(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)
    assert_read_placed_and_drawn(prompt, [expected])


def test_at_anything_else_stays_near() -> None:
    # waiting at a stop is beside it (vocabulary/verb_senses.py, test_relations_verb_senses); smiling at it is not
    assert ("man", "near", "bus stop") in relations("A man in a grey coat smiling at a bus stop")


# 5. Working on a thing where it lies: the thing is at the place, the worker beside it or before it


def test_what_is_fried_on_a_stove_is_on_it_and_the_cook_beside_it() -> None:
    read = relations("A cook frying eggs on a stove")  # working at a place: beside it (worked_things.py)
    assert {("egg", "on", "stove"), ("cook", "next_to", "stove")} <= read
    assert ("cook", "on", "stove") not in read
    assert_read_placed_and_drawn("A cook frying eggs on a stove",
                                 [("egg", "on", "stove"), ("cook", "next_to", "stove")])


def test_what_is_painted_on_a_door_is_on_it_and_the_painter_before_it() -> None:
    read = relations("A girl painting a heart on a door")
    assert {("heart", "on", "door"), ("girl", "in_front_of", "door")} <= read
    assert_read_placed_and_drawn("A girl painting a heart on a door",
                                 [("heart", "on", "door"), ("girl", "in_front_of", "door")])


def test_a_worker_behind_a_counter_keeps_his_own_place() -> None:
    read = relations("A baker slicing bread behind the counter")
    assert ("baker", "behind", "counter") in read
    assert ("bread", "behind", "counter") not in read


# 6. On a person's back or around a neck: worn; on an animal's back: on it; a backpack carried: worn


@pytest.mark.parametrize(("prompt", "expected"), [
    ("A courier on a red scooter, a big pizza bag strapped to his back", ("courier", "wearing", "bag")),
    ("A tortoise carrying a little castle on its back", ("castle", "on", "tortoise")),
    ("a vet with a stethoscope around his neck", ("vet", "wearing", "stethoscope")),
    ("a dog with a red bandana around its neck", ("dog", "wearing", "bandana")),
    ("A schoolgirl carrying a purple backpack", ("schoolgirl", "wearing", "backpack")),
])
def test_on_the_back_or_around_the_neck_is_worn(prompt: str, expected: tuple[str, str, str]) -> None:
    read = relations(prompt)
    assert expected in read
    assert not {("vet", "holding", "stethoscope"), ("schoolgirl", "holding", "backpack")} & read
    assert_read_placed_and_drawn(prompt, [expected])


def test_a_basket_on_the_back_of_a_thing_is_not_worn() -> None:
    read = relations("A bicycle leans on the fence with a basket of apples on its back")
    assert all(predicate != "wearing" for _, predicate, _ in read)


# 7. Verbs of handling: what is dragged, coiled, knitted or banged is held


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a puppy dragging a blanket across the floor", ("puppy", "holding", "blanket")),
    ("an old man knitting a blue sock", ("man", "holding", "sock")),
    ("a sailor coiling a rope on the deck", ("sailor", "holding", "rope")),
    ("a toddler banging a wooden spoon on the floor", ("toddler", "holding", "spoon")),
])
def test_what_is_dragged_coiled_knitted_or_banged_is_held(prompt: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)
    assert_read_placed_and_drawn(prompt, [expected])


# 8. A place word with no object after it is an adverb of place, said of the subject


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a tent in the meadow with a tall oak behind", ("oak", "behind", "tent")),
    ("a hot air balloon over the hills with a red barn far below", ("barn", "below", "hot air balloon")),
    ("a knight on a horse with a dragon flying above", ("dragon", "above", "knight")),
])
def test_a_place_word_ending_its_clause_places_the_thing_by_the_subject(prompt: str,
                                                                        expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_a_place_word_with_its_object_keeps_the_object() -> None:
    read = relations("a tent in the meadow and a deer standing behind the tent")
    assert ("deer", "behind", "tent") in read
    assert ("tent", "behind", "deer") not in read


def test_the_thing_behind_is_drawn_behind() -> None:
    assert_read_placed_and_drawn("a tent in the meadow with a tall oak behind", [("oak", "behind", "tent")])


def test_a_place_word_after_a_quoted_text_places_the_text_not_a_thing() -> None:
    read = relations('A wedding invitation with two hearts at the top, "Ana & Leo" in script and "May 4" below')
    assert ("heart", "below", "wedding") not in read
    assert all(predicate != "below" for _, predicate, _ in read)
