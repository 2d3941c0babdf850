"""What a held thing is over, what stands behind a host under a canopy, and a floor thing beside one under a table —
through the real rules planner and the real draft engine, judged on each thing's ink (the pixels that change when
it is left out).

1. "Holding X over Y": Y stands beneath the held X at the holder's side; it had stood apart, X only in the hand.
2. A thing behind a host that itself stands under something (a stall under an awning) shows between the two; it
   had been drawn behind the awning too, and hidden whole.
3. A small floor thing beside one under a table goes under the table too; it had stood past the table's end.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of, subjects

SEEN = 0.04  # the benchmark's share of a box that must be ink for the thing to show


def shown(prompt: str, noun: str) -> bool:
    plan = plan_of(prompt)
    return max((ink_share(plan, s) for s in subjects(plan, noun)), default=0.0) >= SEEN


@pytest.mark.parametrize(("prompt", "holder", "held", "below"), [
    ("A boy holding a flashlight over a sleeping puppy", "boy", "flashlight", "puppy"),
    ("A girl holding a big umbrella over her cat in the rain", "girl", "umbrella", "cat"),
    ("A cook holding a frying pan over a campfire", "cook", "frying pan", "campfire"),
])
def test_what_a_held_thing_is_over_stands_beneath_it(prompt: str, holder: str, held: str, below: str) -> None:
    plan = plan_of(prompt)
    assert holds(plan, holder, "holding", held), prompt
    assert holds(plan, held, "above", below), prompt
    assert shown(prompt, below), prompt


@pytest.mark.parametrize(("prompt", "seller", "stall"), [
    ("A fruit stall under a green tent with a farmer behind the stall", "farmer", "stall"),
    ("A flower stand under a white canopy and an old florist behind the stand", "florist", "flower stand"),
])
def test_a_seller_behind_a_stall_under_a_canopy_shows(prompt: str, seller: str, stall: str) -> None:
    assert shown(prompt, seller), prompt
    assert holds(plan_of(prompt), seller, "behind", stall), prompt


@pytest.mark.parametrize(("prompt", "floor_thing", "other"), [
    ("A beagle napping under the dining table with a chew bone beside him", "bone", "beagle"),
    ("A tabby cat curled up under a wooden desk, a ball of yarn next to her", "yarn", "cat"),
])
def test_a_floor_thing_beside_one_under_a_table_is_under_it_too(prompt: str, floor_thing: str, other: str) -> None:
    plan = plan_of(prompt)
    assert holds(plan, floor_thing, "next_to", other) or holds(plan, floor_thing, "near", other), prompt
    table = next(n for n in ("table", "desk") if n in prompt)
    assert holds(plan, floor_thing, "under", table), prompt
