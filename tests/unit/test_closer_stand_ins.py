"""Nouns the font has no picture of, drawn as a stand-in a person reads as that thing, not as another thing (fresh
prompts judged by eye: buttercups as potted plants, salmon in a bento as live fish, a smartwatch as a stopwatch, a
lunchbox as a parcel, meatballs as bowls of stew, a stick as a tool kit, a straw hat as a top hat). Through the
real rules planner, the draft engine and the answer text; sentences of our own.

1. Food: a fish or a farm animal named beside a dish, or cooked, is the food (a slice of sushi, a drumstick, a cut
   of meat); with no dish and no cooking it keeps its animal's picture. Meatballs are balls (falafel), not stew.
2. Flowers named in a field, a meadow or a jar are flower heads, not the potted plant of their kind.
3. A bit of wood (a stick, a twig) is a log, not a tool kit or nothing at all.
4. Small worn things and containers: a smartwatch is a watch on the wrist (its strap no second thing), a straw or
   a sun hat the straw hat on the head, a lunch box a bento box.
Each stand-in is said in the answer ("The stick is shown as a log").
"""

from __future__ import annotations

import pytest

from openbanana.engines.base import RenderRequest
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan
from openbanana.service.generation.thoughts import answer_text
from tests.unit.test_scene_fidelity_classes import ENGINE, SIZE, entity, ink_share, plan_of, subjects

LIVING = {"🐟", "🐠", "🐔", "🐓", "🐑", "🐄"}


def _answer(plan: Plan) -> str:
    result = ENGINE.render(RenderRequest(plan, SIZE, SIZE, seed=7))
    return answer_text(plan, target_size("1:1", "1K"), shortfalls=result.shortfalls)


@pytest.mark.parametrize(("prompt", "noun", "glyph", "shown"), [
    ("a lunch tray with rice, tuna and a salad", "tuna", "🍣", "sushi"),
    ("fried chicken and fries in a paper basket", "chicken", "🍗", "poultry leg"),
    ("a bowl of meatballs in tomato sauce", "meatball", "🧆", "falafel"),
    ("a rabbit in a meadow of dandelions", "dandelion", "🌼", "blossom"),
    ("a jar of bluebells on a windowsill", "bluebell", "🪻", "hyacinth"),
    ("a girl picking poppies in a field", "poppy", "🌺", "hibiscus"),
    ("a puppy chewing a stick on the porch", "stick", "🪵", "log"),
    ("a terrier fetching a twig from the lawn", "twig", "🪵", "log"),
    ("a red lunch box on a school desk", "lunch box", "🍱", "bento box"),
])
def test_a_noun_is_drawn_as_what_a_person_reads_as_it_and_the_answer_says_so(
        prompt: str, noun: str, glyph: str, shown: str) -> None:
    plan = plan_of(prompt)
    found = entity(plan, noun)
    assert (found.glyph, found.stand_in) == (glyph, shown)
    drawn = subjects(plan, noun)
    assert drawn and all(s.glyph == glyph for s in drawn)
    assert max(ink_share(plan, s) for s in drawn) > 0.05  # the stand-in is on the picture, in its own box
    assert f"The {noun} is shown as a {shown}" in _answer(plan)


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a heron catching a trout in a stream", "trout"),
    ("a hen pecking at corn by a barn", "hen"),
    ("a lamb asleep in a meadow", "lamb"),
])
def test_an_animal_named_with_no_dish_and_no_cooking_keeps_its_own_picture(prompt: str, noun: str) -> None:
    found = entity(plan_of(prompt), noun)
    assert found.glyph in LIVING


def test_a_plate_drawn_as_the_animal_it_holds_is_the_food_instead() -> None:
    plan = plan_of("a plate of grilled chicken with potatoes")
    assert not any(s.glyph in LIVING for s in plan.subjects)  # was a hen standing on the table
    assert "shown as a poultry leg" in _answer(plan)


@pytest.mark.parametrize(("prompt", "wearer", "worn", "glyph"), [
    ("a jogger glancing at her smartwatch", "jogger", "smartwatch", "⌚"),
    ("a boy in a sun hat flying a kite", "boy", "hat", "👒"),
    ("a grandmother in a straw hat weeding the garden", "grandmother", "hat", "👒"),
])
def test_a_small_worn_thing_is_worn_as_its_own_kind(prompt: str, wearer: str, worn: str, glyph: str) -> None:
    plan = plan_of(prompt)
    thing = entity(plan, worn)
    assert thing.glyph == glyph
    assert any(r.predicate == "wearing" and r.subject == entity(plan, wearer).id and r.object == thing.id
               for r in plan.scene.relations)
    person, = subjects(plan, wearer)
    on, = subjects(plan, worn)
    assert on.box[2] - on.box[0] < person.box[2] - person.box[0]  # on the figure, not a thing beside it


def test_a_watch_s_strap_is_no_second_thing() -> None:
    plan = plan_of("a smartwatch with a silver band next to a phone")
    assert [e.noun for e in plan.scene.entities] == ["smartwatch", "phone"]  # the band was a music note
    assert entity(plan, "smartwatch").glyph == "⌚"
    assert "The smartwatch is shown as a watch" in _answer(plan)
