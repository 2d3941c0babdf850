"""A list of different things "in a row" or "in a line" keeps the order it was written in, read through the real
rules planner (listed_rows.py): each thing left of the next, as "from left to right" says. A counted group and
"side by side" keep no order.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import plan_of

Triple = tuple[str, str, str]


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("a teapot, a cup and a candle in a row", [("teapot", "left_of", "cup"), ("cup", "left_of", "candle")]),
    ("a lemon, an orange and a pear in a line on a plate", [("lemon", "left_of", "orange"),
                                                            ("orange", "left_of", "pear")]),
    ("flat icons of a star, a moon and a cloud in a row on a blue background", [("star", "left_of", "moon"),
                                                                               ("moon", "left_of", "cloud")]),
    ("a bicycle and a scooter in a row outside a shop", [("bicycle", "left_of", "scooter")]),
    ("a vase, a clock and a lamp in a row on a mantelpiece", [("vase", "left_of", "clock"),
                                                              ("clock", "left_of", "lamp")]),
])
def test_a_listed_row_stands_in_its_written_order(prompt: str, wanted: list[Triple]) -> None:
    plan = plan_of(prompt)
    assert all(stated(plan, *triple) for triple in wanted), prompt


@pytest.mark.parametrize(("prompt", "first", "second"), [
    ("a cat and a dog asleep side by side on a rug", "cat", "dog"),  # beside each other, either way round
    ("a horse and a donkey standing side by side in a field", "horse", "donkey"),
])
def test_side_by_side_keeps_no_order(prompt: str, first: str, second: str) -> None:
    plan = plan_of(prompt)
    assert not stated(plan, first, "left_of", second) and not stated(plan, second, "left_of", first), prompt


def test_a_counted_row_of_one_kind_keeps_its_row_and_no_order() -> None:
    plan = plan_of("eight red candles in a row")
    assert [e.arrangement for e in plan.scene.entities if e.noun == "candle"] == ["row"]
    assert not any(r.predicate == "left_of" for r in plan.scene.relations)
