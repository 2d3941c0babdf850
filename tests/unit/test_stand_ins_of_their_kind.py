"""Household things drawn by a stand-in of their own kind, through the real rules planner; sentences of our own.

By meaning alone a typewriter, a stapler and a calculator were a gear, a tripod an aeroplane, a unicycle a monocle,
a saucepan a flying saucer, a microwave a kettle and a remote control a passport desk; "a record player" was a
person (a player) and "a chess board" a placard (its head word's stand-in won over the whole name's).
"""

from __future__ import annotations

import pytest

from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects


@pytest.mark.parametrize(("prompt", "noun", "shows"), [
    ("an old typewriter beside a stack of letters", "typewriter", "keyboard"),
    ("a red stapler on an office desk", "stapler", "paperclip"),
    ("a calculator next to a tax form", "calculator", "abacus"),
    ("a camera tripod on a hilltop at dawn", "tripod", "camera"),
    ("a clown riding a unicycle", "unicycle", "bicycle"),
    ("a saucepan of soup on the stove", "saucepan", "pot of food"),
    ("a microwave on the kitchen counter", "microwave", "television"),
    ("a dusty record player in the attic", "record player", "radio"),
    ("a remote control on the arm of a sofa", "remote control", "mobile phone"),
    ("a chess board on a cafe table", "chess board", "chess pawn"),
    ("a cutting board with sliced carrots", "cutting board", "wood"),
    ("an artist's easel in a sunlit studio", "easel", "framed picture"),
])
def test_a_thing_with_no_pictogram_stands_in_by_one_of_its_kind(prompt: str, noun: str, shows: str) -> None:
    plan = plan_of(prompt)
    found = entity(plan, noun)
    assert found.stand_in == shows and found.age is None, (prompt, found)
    assert subjects(plan, noun), prompt  # drawn


def test_a_player_of_a_game_stays_a_person() -> None:
    assert entity(plan_of("a football player kicking a ball"), "player").age == "adult"
