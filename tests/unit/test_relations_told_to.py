"""The one a thing is read, told or handed to stands next to the doer, and the verb's object is in the doer's hands
(told_to.py); what is thrown or fed to someone crosses a distance and stays near — through the real rules planner.
Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "doer", "thing", "listener"), [
    ("a girl reading a book to her teddy bear", "girl", "book", "teddy bear"),
    ("a man reading a newspaper to his cat", "man", "newspaper", "cat"),
    ("a girl handing a letter to a postman", "girl", "letter", "postman"),
    ("a waiter serving a cake to an old lady", "waiter", "cake", "lady"),
    ("a nurse giving a blanket to a patient", "nurse", "blanket", "patient"),
])
def test_the_one_it_is_given_or_read_to_is_next_to_the_doer(prompt: str, doer: str, thing: str,
                                                             listener: str) -> None:
    plan = plan_of(prompt)
    assert [stated(plan, doer, p, o) for p, o in (("holding", thing), ("next_to", listener))] == [True, True], prompt


def test_a_thing_fed_across_a_distance_stays_near() -> None:
    plan = plan_of("a woman feeding a carrot to a pony")
    assert stated(plan, "woman", "holding", "carrot") and stated(plan, "woman", "near", "pony")
    assert not stated(plan, "woman", "next_to", "pony")
