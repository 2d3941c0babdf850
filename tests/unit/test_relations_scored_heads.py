"""Phrases the clause parse leaves unread or gives to one head only — through the real rules planner.

1. A place or goal word whose object is related to nothing before it takes the candidate head that scores best
   (scored_heads.py): the surface a path runs down or along, the thing one clings or is stuck to, the ones a thing is
   scattered for.
2. A verb's object shares the place its doer was put in ("toasting bread over a fire pit": the bread is above it),
   unless it is in the doer's hands and the place is one to stand on (object_places.py).
3. A side named after a place the parse gave to the thing in it holds for the place too ("a dog on a blanket next
   to a campfire"); "on" or "in" after a place stays the place's alone (chained_places.py). What a thing up on a
   support is over stays the thing's: the sitting verb's place is no object of it, and a tree or a wall is not over
   what the bird or clock on it is over; what a thing in a vessel is over, the vessel is over too.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. An unread phrase takes its best-scoring head


@pytest.mark.parametrize(("prompt", "thing", "predicate", "place"), [
    ("a toddler sliding down a slide", "toddler", "on", "slide"),
    ("a boy rolling down a grassy bank", "boy", "on", "bank"),
    ("a gecko crawling to a window", "gecko", "near", "window"),  # clinging to it is on it (verb_senses)
    ("a puppy trotting to a fridge", "puppy", "near", "fridge"),
    ("a farmer scattering grain for the chickens", "farmer", "near", "chicken"),
])
def test_an_unread_path_or_goal_word_is_stated_for_its_best_head(prompt: str, thing: str, predicate: str,
                                                                 place: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, place), prompt


def test_a_relative_clause_keeps_its_own_thing_and_off_is_no_longer_on() -> None:
    plan = plan_of("a medic crouching beside a rider who slipped off her horse")
    assert stated(plan, "rider", "near", "horse")
    assert not stated(plan, "medic", "near", "horse") and not stated(plan, "rider", "riding", "horse")


def test_for_after_a_thing_with_no_verb_names_no_place() -> None:
    plan = plan_of("a chalkboard sign for a lemonade stand")
    assert {e.noun for e in plan.scene.entities} >= {"sign", "lemonade stand"}
    assert not plan.scene.relations


def test_a_garment_after_an_unread_word_stays_its_wearers() -> None:
    plan = plan_of("a cyclist waits at a crossing, rain dripping off his helmet")
    assert stated(plan, "cyclist", "wearing", "helmet")
    assert not stated(plan, "cyclist", "on", "helmet")


# 2. A verb's object shares its doer's place


@pytest.mark.parametrize(("prompt", "thing", "predicate", "place"), [
    ("campers toasting bread over a fire pit", "bread", "above", "fire pit"),
    ("two kittens fighting over a ball of yarn on a carpet", "yarn", "on", "carpet"),
    ("a monkey peeling a banana on a branch", "banana", "on", "branch"),
    ("a puppy gnawing a bone on a doormat", "bone", "on", "doormat"),
])
def test_a_verbs_object_shares_the_place_its_doer_is_in(prompt: str, thing: str, predicate: str, place: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, place), prompt


def test_a_thing_in_the_hands_is_not_on_the_doers_seat() -> None:
    plan = plan_of("a man holding a cup on a bench")
    assert stated(plan, "man", "on", "bench")
    assert not stated(plan, "cup", "on", "bench")


# 3. A side after a place holds for the place and what is in it


@pytest.mark.parametrize(("prompt", "thing", "predicate", "other"), [
    ("a dog on a blanket next to a campfire", "blanket", "next_to", "campfire"),
    ("a cat on a cushion in front of a fireplace", "cushion", "in_front_of", "fireplace"),
    ("a lamb asleep on a haystack behind a barn", "haystack", "behind", "barn"),
    ("a boy on a skateboard in front of a garage", "skateboard", "in_front_of", "garage"),
    ("a robin on a fence post next to a mailbox", "fence post", "next_to", "mailbox"),
])
def test_a_side_after_a_place_holds_for_the_place_too(prompt: str, thing: str, predicate: str, other: str) -> None:
    assert stated(plan_of(prompt), thing, predicate, other), prompt


def test_a_small_thing_beside_one_on_a_tabletop_is_not_beside_the_tabletop() -> None:
    plan = plan_of("a pencil on a desk next to a notebook")
    assert stated(plan, "pencil", "next_to", "notebook")
    assert not stated(plan, "desk", "next_to", "notebook")


def test_a_place_after_a_place_stays_the_places() -> None:
    plan = plan_of("a goldfish in a bowl on a desk")
    assert stated(plan, "bowl", "on", "desk")
    assert not stated(plan, "goldfish", "on", "desk")


UP_ON = (("a kitten lying on a fence high above a sleeping puppy", "kitten", "fence", "puppy"),
         ("a crow perched on a tall tree above a grazing horse", "crow", "tree", "horse"),
         ("a mirror on the wall over a bathroom sink", "mirror", "wall", "sink"))


def test_what_a_thing_up_on_a_support_is_over_stays_the_things() -> None:
    """The tree stands by the horse, the wall behind the sink: neither is over them."""
    for prompt, thing, support, below in UP_ON:
        plan = plan_of(prompt)
        assert stated(plan, thing, "on", support) and stated(plan, thing, "above", below), prompt
        assert not stated(plan, support, "above", below), prompt


def test_what_a_thing_in_a_vessel_is_over_the_vessel_is_over_too() -> None:
    plan = plan_of("a stew bubbling in a pot over a campfire")
    assert stated(plan, "pot", "above", "campfire")
