"""Where a verb puts its doer, and a place after a holding clause — through the real rules planner.

1. A verb the table of verbs reads only as "near" may say where its doer is: a person cantering or galloping a
   horse rides it, one brushing or grooming an animal stands beside it, an animal taking food from a feeder sits on
   the feeder (doer_places.py); a verb with a preposition between it and the thing stays near.
2. A place after a holding clause: a side of the holder's own body ("over his head", "behind her back") is the held
   thing's place, and the holding stays; a surface or a piece of furniture ("on a bench") is the holder's.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

# 1. Where a verb puts its doer


@pytest.mark.parametrize(("prompt", "rider", "mount"), [
    ("a cowboy galloping a black horse across the prairie", "cowboy", "horse"),
    ("a jockey cantering a grey horse along the beach", "jockey", "horse"),
    ("a girl trotting her pony along the lane", "girl", "pony"),
])
def test_a_person_who_canters_or_gallops_a_mount_rides_it(prompt: str, rider: str, mount: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, rider, "riding", mount), prompt
    assert not stated(plan, rider, "near", mount), prompt


def test_an_animal_galloping_toward_a_horse_only_runs_near_it() -> None:
    plan = plan_of("a dog galloping toward a horse")
    assert stated(plan, "dog", "near", "horse")
    assert not stated(plan, "dog", "riding", "horse")


@pytest.mark.parametrize(("prompt", "person", "animal"), [
    ("a stable girl brushing a horse in the yard", "girl", "horse"),
    ("a boy grooming his dog on the porch", "boy", "dog"),
])
def test_one_who_brushes_an_animal_stands_beside_it(prompt: str, person: str, animal: str) -> None:
    assert stated(plan_of(prompt), person, "next_to", animal), prompt


@pytest.mark.parametrize(("prompt", "animal", "feeder"), [
    ("a sparrow pecking seeds from a bird feeder", "sparrow", "feeder"),
    ("a squirrel grabbing nuts from a feeder on a pole", "squirrel", "feeder"),
])
def test_an_animal_taking_food_from_a_feeder_sits_on_it(prompt: str, animal: str, feeder: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, animal, "on", feeder), prompt
    assert not stated(plan, animal, "near", feeder), prompt


def test_a_person_taking_from_a_feeder_stands_at_it() -> None:
    plan = plan_of("a man taking seeds from a bird feeder")
    assert stated(plan, "man", "near", "feeder")
    assert not stated(plan, "man", "on", "feeder")


# 2. A place after a holding clause


@pytest.mark.parametrize(("prompt", "holder", "thing"), [
    ("a woman holding an umbrella over her head at a crossing", "woman", "umbrella"),
    ("a footballer holding a trophy over his head", "footballer", "trophy"),
    ("a child holding a kite above her head on the beach", "child", "kite"),
])
def test_what_is_held_over_the_holders_head_is_above_the_holder(prompt: str, holder: str, thing: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, thing, "above", holder), prompt
    assert stated(plan, holder, "holding", thing), prompt


def test_what_is_hidden_behind_ones_back_is_behind_one() -> None:
    plan = plan_of("a little girl hiding a flower behind her back in the garden")
    assert stated(plan, "flower", "behind", "girl")
    assert not stated(plan, "girl", "behind", "flower")
    assert not stated(plan, "girl", "wearing", "flower")


@pytest.mark.parametrize(("prompt", "holder", "thing", "place"), [
    ("a man holding a cup on a bench", "man", "cup", "bench"),
    ("a woman reading a book on a sofa", "woman", "book", "sofa"),
])
def test_furniture_after_a_holding_clause_is_the_holders_place(prompt: str, holder: str, thing: str,
                                                               place: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, holder, "on", place), prompt
    assert stated(plan, holder, "holding", thing), prompt
    assert not stated(plan, thing, "on", place), prompt
