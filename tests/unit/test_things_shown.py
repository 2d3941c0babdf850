"""Things the scene graph has that the picture now shows, and side relations now held — through the real rules
planner and the real draft engine, judged on each thing's ink (the pixels that change when it is left out).

1. A block a product stands on (a cube, a plinth, a pedestal) and a doily are drawn as forms, the thing on their
   top: they had no pictogram and no form, so nothing drew them (a pedestal was a shrine's gate).
2. On a how-to sheet, two things related only to each other join the emptiest picture slot: both had been left out.
3. Two things one carrier holds go one to each hand: the second had been drawn over the first.
4. Two things of one group put side by side by the graph step aside from each other: the tree had hung both on one
   spot, the later drawn over the earlier.
5. Boats on a stated side of a thing on land get room on that side: the row had left them on both sides of it.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from tests.unit.test_composer_holds10 import holds
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of, subjects

SEEN = 0.04  # the benchmark's share of a box that must be ink for the thing to show


def shows(plan_prompt: str, *nouns: str) -> None:
    plan = plan_of(plan_prompt)
    for noun in nouns:
        drawn = subjects(plan, noun)
        assert drawn, (noun, "not drawn")
        assert max(ink_share(plan, s) for s in drawn) >= SEEN, (noun, "no ink")


@pytest.mark.parametrize(("prompt", "thing", "support", "form"), [
    ("Product photo of a black handbag on a pastel blue cube", "handbag", "cube", "plinth"),
    ("A bronze trophy on a marble pedestal", "trophy", "pedestal", "plinth"),
    ("A teacup resting on a lace doily", "teacup", "doily", "cloth"),
])
def test_a_block_or_a_doily_under_a_thing_is_drawn_with_the_thing_on_it(prompt: str, thing: str, support: str,
                                                                         form: str) -> None:
    plan = plan_of(prompt)
    below, = subjects(plan, support)
    assert below.glyph is None and below.form == form
    shows(prompt, thing, support)
    assert holds(plan, thing, "on", support)


def test_a_pair_related_only_to_each_other_joins_a_how_to_sheets_picture() -> None:
    prompt = ('How-to poster for washing a dog: "Wet the fur", "Lather the dog", "Rinse well", with a towel beside '
              'a bucket')
    shows(prompt, "dog", "towel", "bucket")


def test_two_held_things_are_in_two_hands_and_both_show() -> None:
    prompt = "A grandpa with a walking stick holding a puppy"
    plan = plan_of(prompt)
    (stick,), (puppy,) = subjects(plan, "walking stick"), subjects(plan, "puppy")
    assert (stick.box[0] + stick.box[2]) / 2 != pytest.approx((puppy.box[0] + puppy.box[2]) / 2, abs=0.05)
    shows(prompt, "walking stick", "puppy")


def test_two_things_side_by_side_under_one_light_both_show() -> None:
    prompt = "A cello leaning against a harp under a pink spotlight"
    shows(prompt, "cello", "harp")
    assert holds(plan_of(prompt), "cello", "next_to", "harp")


def test_boats_to_one_side_of_a_pier_all_stand_on_that_side() -> None:
    plan = RulesPlanner().plan(PlanningInput("an old stone pier at noon with four kayaks to its left", 1376, 768,
                                             seed=7)).plan
    pier, = subjects(plan, "pier")
    kayaks = subjects(plan, "kayak")
    assert len(kayaks) == 4
    assert all(kayak.box[2] <= pier.box[0] + 0.01 for kayak in kayaks)
