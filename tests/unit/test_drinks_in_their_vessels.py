"""Drinks in the vessels they are served in, through the real rules planner and draft engine; sentences of our own.

"A glass of iced lemonade" was a glass of red wine, "a glass of water" a drinking-water tap, "a cup of hot chocolate"
a chocolate bar and "a pitcher of lemonade" a person (a baseball pitcher). A glass is the glass its drink is served
in, or a plain glass showing the drink's colour; a cup of anything is a cup; a jug holds anything.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects


@pytest.mark.parametrize(("prompt", "noun", "glyph"), [
    ("a tall glass of lemonade with a slice of lemon", "glass", "🥛"),
    ("a glass of cold water on the nightstand", "glass", "🥛"),
    ("a glass of prosecco on a balcony at sunset", "glass", "🥂"),
    ("a glass of whiskey beside a chess board", "glass", "🥃"),
    ("a mug of cocoa by the fireplace", "mug", "☕"),
    ("a cup of green tea on a bamboo mat", "cup", "🍵"),
    ("a jug of iced water on the garden table", "jug", "🏺"),
])
def test_a_vessel_is_drawn_as_the_vessel_its_drink_is_served_in(prompt: str, noun: str, glyph: str) -> None:
    found = entity(plan_of(prompt), noun)
    assert found.glyph == glyph, (prompt, found)


@pytest.mark.parametrize(("prompt", "channel"), [
    ("a glass of lemonade on a kitchen counter", "yellow"),
    ("a glass of orange juice at a breakfast table", "orange"),
    ("a glass of water on a desk", "blue"),
    ("a glass of green smoothie on a white background", "green"),
])
def test_a_plain_glass_shows_its_drink_s_colour(prompt: str, channel: str) -> None:
    plan = plan_of(prompt)
    red, green, blue = entity(plan, "glass").color or (0, 0, 0)
    shown = {"yellow": red > 200 and green > 180 and blue < 160,
             "orange": red > 200 and 100 < green < 190 and blue < 90,
             "blue": blue > red + 40, "green": green > red + 60 and green > blue + 40}
    assert shown[channel], (prompt, (red, green, blue))
    glass, = subjects(plan, "glass")
    assert np.array_equal(glass.tint, entity(plan, "glass").color), glass  # the drawn glass takes the colour


def test_a_pitcher_of_a_drink_is_a_jug_and_a_baseball_pitcher_a_person() -> None:
    jug = entity(plan_of("a pitcher of lemonade on a picnic table"), "pitcher")
    assert jug.glyph == "🏺" and jug.age is None and jug.stand_in == "jug"
    assert entity(plan_of("a baseball pitcher throwing a ball"), "baseball pitcher").age == "adult"


def test_a_cup_keeps_its_own_colour_whatever_it_holds() -> None:
    assert entity(plan_of("a cup of hot chocolate on a saucer"), "cup").color is None


@pytest.mark.parametrize("prompt", ["a glass of lemonade on a kitchen counter", "a glass of milk beside a cookie"])
def test_a_glass_drawn_as_a_glass_is_not_said_to_stand_in(prompt: str) -> None:
    plan = plan_of(prompt)
    assert entity(plan, "glass").stand_in == "", plan.shortfalls
    assert not any("glass is shown as" in said for said in plan.shortfalls), plan.shortfalls  # the answer's words
