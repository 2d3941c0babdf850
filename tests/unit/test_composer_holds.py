"""Relations the scene graph states that must hold in the picture, and things it names that must be drawn, through
the real rules planner and the real draft engine, judged on the ink each thing leaves (as the benchmark does):
a flier beside a thing on a plain backdrop, a glyph-less thing drawn as a shape of its own, a wall outdoors.
Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.plan import Plan, Subject
from openbanana.planner.scene_geometry import relation_holds
from tests.unit.test_scene_fidelity_classes import SIZE, entity, plan_of, render


def ink_subjects(plan: Plan, noun: str) -> list[Subject]:
    """The noun's subjects, each boxed to the ink it leaves (what changes when it is left out): none for one that
    leaves no ink."""
    found = entity(plan, noun)
    picture = render(plan)
    boxed = []
    for subject in (s for s in plan.subjects if s.entity == found.id):
        without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
        changed = np.abs(picture - render(without)).max(axis=2) > 28
        ys, xs = np.nonzero(changed)
        if len(xs) > 0.002 * SIZE * SIZE:
            boxed.append(replace(subject, box=(xs.min() / SIZE, ys.min() / SIZE, (xs.max() + 1) / SIZE,
                                               (ys.max() + 1) / SIZE)))
    return boxed


def assert_holds(prompt: str, a: str, predicate: str, b: str) -> None:
    plan = plan_of(prompt)
    ida, idb = entity(plan, a).id, entity(plan, b).id
    assert any((r.subject, r.predicate, r.object) == (ida, predicate, idb) for r in plan.scene.relations)
    inked_a, inked_b = ink_subjects(plan, a), ink_subjects(plan, b)
    assert inked_a and inked_b, (a, b, "leaves no ink")
    assert relation_holds(predicate, inked_a, inked_b), (prompt, [s.box for s in inked_a], [s.box for s in inked_b])


@pytest.mark.parametrize(("prompt", "a", "predicate", "b"), [
    ("A sparrow hangs in the air beside a red tulip", "sparrow", "next_to", "tulip"),  # placed a row apart before
    ("A bee hovering in the air next to a sunflower", "bee", "next_to", "sunflower"),
    ("a dragonfly hanging in the air near a rose", "dragonfly", "near", "rose"),
])
def test_a_flier_placed_free_stands_beside_what_it_is_beside(prompt: str, a: str, predicate: str, b: str) -> None:
    assert_holds(prompt, a, predicate, b)


@pytest.mark.parametrize(("prompt", "thing", "a", "predicate", "b"), [
    ("A sleepy cat curled up by the radiator", "radiator", "cat", "next_to", "radiator"),
    ("a goat drinking beside a long wooden trough", "trough", "goat", "next_to", "trough"),
    ("A thermos and a mug on a picnic table", "thermos", "thermos", "on", "table"),
])
def test_a_thing_with_no_pictogram_is_drawn_as_a_form_and_holds(prompt: str, thing: str, a: str, predicate: str,
                                                                b: str) -> None:
    plan = plan_of(prompt)
    assert thing not in plan.scene.unmatched
    drawn = [s for s in plan.subjects if s.entity == entity(plan, thing).id]
    assert drawn and all(s.glyph is None and s.form for s in drawn)
    assert_holds(prompt, a, predicate, b)
