"""Roles the words right before a string give it: "a big "31°"" is the page's figure (set larger than a headline),
"the body text "…"" is body copy (set small at the foot, not as a subtitle under the headline). Real rules planner;
sentences of our own, none from a prompt set."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner


def plan_of(prompt: str) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=7)).plan


@pytest.mark.parametrize(("prompt", "figure"), [
    ('A fitness app screen with "Today" at the top, a huge "8,412" and a pair of running shoes', "8,412"),
    ('A thermostat poster showing a large "19°C" above a snowflake', "19°C"),
])
def test_a_figure_called_big_is_the_pages_number_set_larger_than_its_headline(prompt: str, figure: str) -> None:
    plan = plan_of(prompt)
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles[figure] == "number", roles
    blocks = {b.text: b for b in plan.texts}
    assert all(blocks[figure].max_size >= b.max_size for b in plan.texts), [(b.text, b.max_size) for b in plan.texts]


def test_a_big_word_that_is_no_figure_keeps_its_role() -> None:
    roles = {t.text: t.role for t in plan_of('A poster with a big "SALE" over a shopping bag').scene.texts}
    assert roles["SALE"] != "number", roles


def test_body_text_is_set_as_body_under_the_headline_not_as_its_subtitle() -> None:
    plan = plan_of('A bake sale flyer with the headline "Cookies for a Cause" and the body text '
                   '"All proceeds go to the school library" under a plate of cookies')
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles == {"Cookies for a Cause": "headline", "All proceeds go to the school library": "body"}, roles
    blocks = {b.text: b for b in plan.texts}
    assert blocks["All proceeds go to the school library"].box[1] > blocks["Cookies for a Cause"].box[3]


@pytest.mark.parametrize("prompt", [
    'A badge logo with "Harbour Rowing Club" along the top and two crossed oars below it',
    'A bakery logo with "Crust & Crumb" across the top, the tagline "Since 1961" and a loaf of bread',
])
def test_a_wordmark_asked_at_the_top_stands_over_the_mark(prompt: str) -> None:
    plan = RulesPlanner().plan(PlanningInput(prompt, 1024, 1024, seed=7)).plan
    word = next(b for b in plan.texts if b.role == "wordmark")
    assert word.box[3] < 0.35, word.box
    assert all(b.box[3] <= min(s.box[1] for s in plan.subjects) for b in plan.texts), (plan.texts, plan.subjects)


def test_words_printed_on_a_tote_are_the_totes_label_set_on_it() -> None:
    plan = plan_of('A canvas tote printed with "Book Club Rebels" on a park bench')
    spec = plan.scene.texts[0]
    assert (spec.role, spec.target) == ("label", "tote"), spec
    tote = next(s for s in plan.subjects if s.label == "tote")
    box = plan.texts[0].box
    assert tote.box[0] <= box[0] and tote.box[1] <= box[1] and box[2] <= tote.box[2] and box[3] <= tote.box[3]
