"""What the composer holds, through the real rules planner and the real draft engine, on the plan's boxes and the
ink each thing leaves:

1. Water named as a thing (a lake, a pond) that nothing is in, on or beside is scenery: it takes no slot in the
   row, so what is beside what stays beside it, and it leaves ink in its own box at the back of the free ground,
   clear of them; the graph claims nothing of it.
2. Naming such water moves nothing that is related: the related things stand across the picture where they stand
   when it is not named.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import pytest

from openbanana.geometry import overlaps
from tests.unit.test_composer_counts import bench_holds
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import entity, plan_of, subjects

# (prompt, what floats, what it is beside on land, the water named)
AFLOAT_BESIDE = [("a rowing boat beside a jetty on a lake", "rowing boat", "jetty", "lake"),
                 ("two swans beside a jetty on the pond", "swan", "jetty", "pond")]


@pytest.mark.parametrize(("prompt", "floating", "landing", "water"), AFLOAT_BESIDE)
def test_a_named_water_does_not_push_apart_what_is_beside_each_other(prompt: str, floating: str, landing: str,
                                                                     water: str) -> None:
    plan = plan_of(prompt)
    assert bench_holds(prompt, floating, landing)
    assert ink_subjects(plan, water), (water, "leaves no ink")
    lake, = subjects(plan, water)
    assert not any(overlaps(lake.box, s.box) for noun in (floating, landing) for s in subjects(plan, noun))
    wet = entity(plan, water).id
    assert not any(wet in (r.subject, r.object) for r in plan.scene.relations)


@pytest.mark.parametrize(("prompt", "dry", "related"), [
    ("two swans beside a boathouse on the pond", "two swans beside a boathouse", ("swan", "boathouse")),
    ("a rowing boat beside a jetty on a lake", "a rowing boat beside a jetty", ("rowing boat", "jetty")),
])
def test_naming_the_water_moves_nothing_that_is_related(prompt: str, dry: str, related: tuple[str, ...]) -> None:
    wet_plan, dry_plan = plan_of(prompt), plan_of(dry)
    for noun in related:
        wet_spans = [x for s in subjects(wet_plan, noun) for x in (s.box[0], s.box[2])]
        dry_spans = [x for s in subjects(dry_plan, noun) for x in (s.box[0], s.box[2])]
        assert wet_spans == pytest.approx(dry_spans, abs=0.01), (noun, wet_spans, dry_spans)
