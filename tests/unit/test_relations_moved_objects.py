"""A thing the doer rides, pushes or drags along a path shares the doer's place on it (moved_objects.py) — through
the real rules planner. Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of


@pytest.mark.parametrize(("prompt", "doer", "thing", "predicate", "place"), [
    ("a girl riding her skateboard down a ramp", "girl", "skateboard", "on", "ramp"),
    ("a cyclist pedalling a tandem down a ramp", "cyclist", "tandem", "on", "ramp"),
    ("a woman dragging a suitcase down a ramp", "woman", "suitcase", "on", "ramp"),
    ("a porter wheeling a trolley along a platform", "porter", "trolley", "near", "platform"),
    ("a girl pushing her bike along a pier", "girl", "bike", "near", "pier"),
])
def test_a_moved_thing_is_where_its_doer_goes(prompt: str, doer: str, thing: str, predicate: str, place: str) -> None:
    plan = plan_of(prompt)
    assert stated(plan, doer, predicate, place), prompt
    assert stated(plan, thing, predicate, place), prompt


def test_a_carried_thing_stays_in_the_hands() -> None:
    plan = plan_of("a boy carrying a kite across a bridge")
    assert stated(plan, "boy", "holding", "kite") and stated(plan, "boy", "on", "bridge")  # crossing it (crossings)
    assert not stated(plan, "kite", "near", "bridge") and not stated(plan, "kite", "on", "bridge")
