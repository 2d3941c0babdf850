"""Clothes the reader used to leave unworn: a second garment joined by "and" to one a person is "in" ("a man in a
grey suit and a black tie") is worn as well, keeping its own colour, instead of starting a new subject; a blazer,
a waistcoat and a wetsuit are clothes; a driver is a person, so "a driver in a cap" wears it. Every
sentence here is written for the test, none is a benchmark prompt; the drawing test plans and renders with the
real planner and draft engine."""

from __future__ import annotations

import pytest

from openbanana.planner.rules.scene_reading import read_scene
from tests.unit.test_reading_generalises7 import relations
from tests.unit.test_scene_relations_general import assert_read_placed_and_drawn


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a clerk in a brown suit and a red tie reading a letter", {("clerk", "wearing", "suit"),
                                                                ("clerk", "wearing", "tie")}),
    ("a girl in a wool coat and scarf feeding ducks", {("girl", "wearing", "coat"), ("girl", "wearing", "scarf")}),
    ("a roofer in a yellow vest and hard hat drinking tea on a ladder", {("roofer", "wearing", "vest"),
                                                                        ("roofer", "wearing", "hard hat")}),
])
def test_a_garment_after_and_is_worn_too(prompt: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(prompt)


def test_the_second_garment_keeps_its_colour_and_the_wearer_keeps_the_place() -> None:
    scene = read_scene("a clerk in a brown suit and a red tie waiting at a bus stop")
    colours = {e.noun: e.color for e in scene.entities}
    assert (colours["suit"], colours["tie"]) == ((120, 72, 40), (220, 38, 38))  # brown, red
    read = relations("a clerk in a brown suit and a red tie waiting at a bus stop")
    assert ("clerk", "next_to", "bus stop") in read  # waiting at it: beside it (vocabulary/verb_senses.py)
    assert not any(subject == "tie" for subject, _, _ in read)


def test_a_second_person_after_and_is_not_worn() -> None:
    read = relations("a man in a black suit and a woman in a long dress")
    assert {("man", "wearing", "suit"), ("woman", "wearing", "dress")} <= read
    assert ("man", "wearing", "woman") not in read and ("man", "in", "woman") not in read


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a woman in a navy blazer reading a report", ("woman", "wearing", "blazer")),
    ("a waiter in a black waistcoat", ("waiter", "wearing", "waistcoat")),
    ("a surfer in a wetsuit", ("surfer", "wearing", "wetsuit")),
    ("a taxi driver in a flat cap", ("driver", "wearing", "cap")),
])
def test_blazers_waistcoats_and_wetsuits_are_worn_and_drivers_wear(prompt: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in relations(prompt)


def test_a_worn_second_garment_is_drawn_on_its_wearer() -> None:
    assert_read_placed_and_drawn("a clerk in a brown suit and a red tie", [("clerk", "wearing", "tie")])
