"""People seated together on one seat, and what stands in front of them — through the real rules planner and the
real draft engine, judged on each thing's ink (the pixels that change when it is left out).

1. A row of people on a sofa or a bench keeps a seated person's size: the row had been measured with each face's
   width, not the narrower figure's, and spaced as walkers, so three on a couch were scaled down to specks.
2. What stands in front of people seated on a seat stands on the floor before the seat: it had stood at their seat's
   height and covered them.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from tests.unit.test_composer_holds10 import holds
from tests.unit.test_scene_fidelity_classes import ink_share, plan_of, subjects

SEEN = 0.04  # the benchmark's share of a box that must be ink for the thing to show
KEPT = 0.35  # the least share of a lone sitter's height each of a seated row keeps (a speck was a tenth)


def height(box: tuple[float, float, float, float]) -> float:
    return box[3] - box[1]


@pytest.mark.parametrize(("prompt", "alone", "noun"), [
    ("Three teenagers on a couch playing video games", "A teenager on a couch playing video games", "teenager"),
    ("Five cousins squeezed onto an old sofa", "A cousin on an old sofa", "cousin"),
])
def test_people_seated_together_keep_a_sitters_size(prompt: str, alone: str, noun: str) -> None:
    lone = height(subjects(plan_of(alone), noun)[0].box)
    plan = plan_of(prompt)
    row = subjects(plan, noun)
    assert len(row) >= 3, prompt
    for sitter in row:
        assert height(sitter.box) >= KEPT * lone, (prompt, sitter.box)
        assert ink_share(plan, sitter) >= SEEN, (prompt, sitter.box)


@pytest.mark.parametrize(("prompt", "seated", "seat", "before"), [
    ("Two kids on a couch with a television in front of them", "kid", "couch", "television"),
    ("Grandparents sitting on a park bench with a picnic basket in front of them", "grandparent", "bench",
     "basket"),
])
def test_what_stands_before_seated_people_leaves_them_seen(prompt: str, seated: str, seat: str,
                                                           before: str) -> None:
    plan = plan_of(prompt)
    for sitter in subjects(plan, seated):
        assert ink_share(plan, sitter) >= SEEN, (prompt, sitter.box)
    assert holds(plan, before, "in_front_of", seated), prompt
    floor = max(s.box[3] for s in subjects(plan, seat))
    assert max(s.box[3] for s in subjects(plan, before)) >= floor - 0.05, prompt
