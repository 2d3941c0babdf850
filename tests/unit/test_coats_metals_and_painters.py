"""Three readings of everyday words, through the real rules planner and draft engine; sentences of our own.

1. An animal's coat colour ("a ginger cat", "a chestnut horse", "a tawny owl") colours the animal; the same words
   name other things elsewhere ("ginger tea", "a chestnut tree") and a person's hair ("a ginger-haired boy").
2. A thing said to be of metal ("a chrome toaster", "a steel bucket") is drawn silver when no colour is given.
3. A person "painting" or "drawing" with nothing after it is at work, not a painting: "a man painting at sunset"
   was read as the picture's frame and drew nothing at all.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tests.unit.test_scene_fidelity_classes import SIZE, entity, plan_of, render, subjects

# 1. Coat colours


@pytest.mark.parametrize(("prompt", "animal", "name"), [
    ("a ginger kitten curled up on a cushion", "kitten", "ginger"),
    ("a chestnut horse trotting along a beach", "horse", "chestnut"),
    ("a tawny owl perched on a fence post at dusk", "owl", "tawny"),
    ("two ginger cats on a garden wall", "cat", "ginger"),
])
def test_a_coat_colour_colours_the_animal(prompt: str, animal: str, name: str) -> None:
    plan = plan_of(prompt)
    found = entity(plan, animal)
    assert found.color_name == name and found.color is not None, prompt
    assert all(s.tint == found.color for s in subjects(plan, animal)), prompt


def test_a_ginger_cat_is_drawn_orange() -> None:
    plan = plan_of("a ginger cat sitting on a doormat")
    cat, = subjects(plan, "cat")
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not cat))
    shown, bare = render(plan), render(without)
    x0, y0, x1, y1 = (round(v * SIZE) for v in cat.box)
    ink = shown[y0:y1, x0:x1][np.abs(shown - bare)[y0:y1, x0:x1].max(axis=2) > 28]
    red, green, blue = np.median(ink, axis=0)
    assert red > green + 40 > blue + 40, (red, green, blue)  # orange: red high, green between, blue low


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a cup of ginger tea on a saucer", "cup"),
    ("a chestnut tree in an autumn park", "tree"),
])
def test_coat_words_leave_other_things_as_they_are(prompt: str, noun: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan, noun).color_name not in ("ginger", "chestnut"), prompt


@pytest.mark.parametrize(("prompt", "person"), [
    ("a ginger-haired boy walking his dog", "boy"),
    ("a ginger haired girl on a swing", "girl"),
    ("an auburn-haired woman reading in a hammock", "woman"),
])
def test_hair_said_with_haired_is_the_person_s_hair_not_a_thing(prompt: str, person: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan, person).hair == "red", prompt
    assert all(e.noun not in ("ginger", "auburn") for e in plan.scene.entities), prompt


# 2. Metals


@pytest.mark.parametrize(("prompt", "noun"), [
    ("a chrome toaster beside a loaf of bread", "toaster"),
    ("a steel bucket by the back door", "bucket"),
    ("a stainless kettle on a gas stove", "kettle"),
])
def test_a_metal_thing_is_silver(prompt: str, noun: str) -> None:
    found = entity(plan_of(prompt), noun)
    assert found.color_name == "" and found.color is not None, prompt
    assert max(found.color) - min(found.color) < 16 and min(found.color) > 150, found.color  # a light grey


def test_a_metal_thing_keeps_the_colour_it_is_given() -> None:
    assert entity(plan_of("a red metal toolbox on a workbench"), "toolbox").color_name == "red"


# 3. People at work with an -ing word that is also a thing


@pytest.mark.parametrize(("prompt", "person", "action"), [
    ("a man painting at sunset", "man", "painting"),
    ("an old woman painting by a lake", "woman", "painting"),
    ("a little girl drawing at the kitchen table", "girl", "drawing"),
    ("a street artist painting", "artist", "painting"),
])
def test_a_person_painting_is_at_work(prompt: str, person: str, action: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan, person).action == action, prompt
    assert subjects(plan, person), prompt  # drawn: the prompt was drawn as nothing before


def test_a_painting_named_after_a_thing_is_still_a_painting() -> None:
    plan = plan_of("a city painting hangs over the fireplace")
    assert not any(e.action == "painting" for e in plan.scene.entities)
