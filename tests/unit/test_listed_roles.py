"""Strings in the role their place on the page gives them: a list's items are items, a poster's sentence asked in the
middle is its body copy and its last short plea to act a button; a diagram's label asked at the top or the bottom is
set there; a sign whose places go beside it says exactly why. Real planner and layout; the sentences are new ones,
none from a prompt set."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner


def plan_of(prompt: str, width: int = 1024, height: int = 1024) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, width, height, seed=7)).plan


def roles(plan: Plan) -> dict[str, str]:
    return {t.text: t.role for t in plan.scene.texts}


@pytest.mark.parametrize(("prompt", "items"), [
    ('A tablet showing a shopping app titled "Groceries" with the items "Oat milk", "Bananas" and "Rye bread"',
     ["Oat milk", "Bananas", "Rye bread"]),
    ('A packing list with "Passport", "Charger", "Sunscreen" on a clipboard', ["Passport", "Charger", "Sunscreen"]),
    ('A fridge note headed "Weekend" with the chores "Mow the lawn" and "Fix the gate"',
     ["Mow the lawn", "Fix the gate"]),
])
def test_the_strings_a_list_word_introduces_are_the_lists_items(prompt: str, items: list[str]) -> None:
    plan = plan_of(prompt)
    read = roles(plan)
    assert all(read[item] == "item" for item in items), read
    blocks = {b.text: b for b in plan.texts}
    assert all(blocks[item].role == "item" for item in items), blocks
    tops = [blocks[item].box[1] for item in items]
    assert tops == sorted(tops)  # set one under another, in the order given


def test_a_title_before_a_lists_items_stays_the_headline() -> None:
    read = roles(plan_of('A phone screen of a reminders app titled "Friday" with the tasks "Pay rent" and "Call Leo"'))
    assert read == {"Friday": "headline", "Pay rent": "item", "Call Leo": "item"}, read


@pytest.mark.parametrize("prompt", [
    'Flyer: "Community Garden Day" at the top, "Seeds and tools are provided" in the middle, "Register now" at the '
    'bottom, with a watering can',
    'A poster with "Open Mic Night" at the top, "Every Thursday from seven" in the center and "Book a slot" at the '
    'bottom',
])
def test_a_posters_middle_sentence_is_its_body_and_its_last_plea_to_act_a_button(prompt: str) -> None:
    plan = plan_of(prompt)
    read = roles(plan)
    body, cta = (t.text for t in plan.scene.texts[1:3])
    assert (read[body], read[cta]) == ("body", "cta"), read
    blocks = {b.text: b for b in plan.texts}
    assert blocks[body].box[1] < blocks[cta].box[1]  # the body above the button
    assert any(s.kind == "rect" and s.points[0][1] <= blocks[cta].box[1] + 0.01 for s in plan.shapes)


@pytest.mark.parametrize(("prompt", "role"), [
    ('A poster with "Join the Choir" at the top and a picture of a piano', "headline"),  # the first is the headline
    ('A poster: "Harvest Fair" at the top and "Try our cider and pies at every stall all day long" at the bottom',
     "subtitle"),  # a long line opening with "try" is copy, not a button
    ('A poster with the headline "Lantern Walk" and the subtitle "Register at the library"', "subtitle"),
])
def test_a_named_role_a_first_string_and_a_long_line_keep_their_roles(prompt: str, role: str) -> None:
    read = roles(plan_of(prompt))
    assert list(read.values())[-1] == role, read


def test_a_diagrams_labels_asked_at_the_top_and_bottom_are_set_there() -> None:
    plan = plan_of('A simple diagram of a tree with "Crown" at the top, "Trunk" in the middle and "Roots" at the '
                   'bottom', 768, 1024)
    blocks = {b.text: b for b in plan.texts}
    middle = {text: (b.box[1] + b.box[3]) / 2 for text, b in blocks.items()}
    assert middle["Crown"] < 0.4 and 0.4 <= middle["Trunk"] <= 0.6 and middle["Roots"] > 0.6, middle
    callouts = [s for s in plan.shapes if s.kind == "callout"]
    assert len(callouts) == 3
    ends = sorted(callouts, key=lambda s: s.points[0][1])
    assert ends[0].points[1][1] < ends[-1].points[1][1]  # the top label points higher on the tree than the bottom one


def test_a_signpost_with_too_many_short_places_says_too_many_not_too_long() -> None:
    plan = plan_of('A crossroads in the hills with a wooden signpost that points to "Mill", "Ford", "Abbey", '
                   '"Quarry", "Beacon" and "Harbour"', 1024, 768)
    beside = [s for s in plan.shortfalls if "caption beside the signpost" in s]
    assert beside and all("too many to read on one signpost" in s for s in beside), plan.shortfalls
    assert not any("too long" in s for s in plan.shortfalls)


def test_a_string_too_long_for_its_mug_still_says_too_long() -> None:
    plan = plan_of('A white mug printed with "Every single morning I promise myself that today will be the day I '
                   'finally answer all of my email before lunch"')
    assert any("caption beside the mug: it was too long to read on it." in s for s in plan.shortfalls), plan.shortfalls


def test_one_string_that_lists_its_things_is_the_lists_body() -> None:
    plan = plan_of('A sticky note on a laptop with a to-do list that says "Water plants, call Sam, buy stamps"')
    assert roles(plan) == {"Water plants, call Sam, buy stamps": "body"}, roles(plan)
    assert [b.text for b in plan.texts] == ["Water plants, call Sam, buy stamps"]
