"""Supports with no pictogram of their own, and the tops of towers — through the real rules planner and the real
draft engine, on the plan's boxes and the ink each thing leaves (judged with the benchmark's own geometry).

1. An ice floe or a steel beam is drawn as a plain slab, and what the prompt puts on it stands on its top; a beam
   of no material (often one of light) is not.
2. What stands on a floe is not mirrored in the water (its reflection had been drawn across the ice under it).
3. A thing "on" a tower stands on its top, not at its foot as at a house's porch.

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.unit.test_composer_holds6 import ink_box
from tests.unit.test_scene_fidelity_classes import SIZE, entity, ink_share, plan_of, subjects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # the benchmark's own geometry


def holds(prompt: str, thing: str, host: str, predicate: str = "on") -> bool:
    plan = plan_of(prompt)
    order = {s.entity: s.z for s in plan.subjects}
    a, b = entity(plan, thing), entity(plan, host)
    return scene_checks.relation_holds(predicate, ink_box(plan, thing), ink_box(plan, host), order[a.id],
                                       order[b.id], (SIZE, SIZE))


# 1. Slabs


@pytest.mark.parametrize(("prompt", "thing", "support", "form"), [
    ("A seal resting on an ice floe", "seal", "ice floe", "floe"),
    ("a boy fishing from an ice floe", "boy", "ice floe", "floe"),
    ("a man standing on a steel girder", "man", "girder", "girder"),  # a girder made of steel
])
def test_a_support_with_no_pictogram_is_a_slab_with_the_thing_on_it(prompt: str, thing: str, support: str,
                                                                   form: str) -> None:
    plan = plan_of(prompt)
    slab = subjects(plan, support)
    assert [s.form for s in slab] == [form], prompt
    assert ink_share(plan, slab[0]) > 0.5, prompt
    assert holds(prompt, thing, support), prompt


def test_a_steel_beam_takes_its_material_colour() -> None:
    plan = plan_of("a welder kneeling on a steel beam")
    beam = subjects(plan, "beam")
    assert beam and beam[0].tint is not None and max(beam[0].tint) - min(beam[0].tint) < 30, beam


def test_a_beam_of_light_is_no_girder() -> None:
    plan = plan_of("a beam of light through the window of a dark barn")
    assert not any(s.form == "girder" for s in plan.subjects)
    assert [s.form for s in subjects(plan_of("a cat walking along a wooden beam"), "beam")] == ["girder"]


# 2. Dry on the ice


def test_what_stands_on_a_floe_casts_no_reflection_across_it() -> None:
    plan = plan_of("A seal resting on an ice floe")
    seal, floe = subjects(plan, "seal")[0], subjects(plan, "ice floe")[0]
    assert floe.box[1] <= seal.box[3] <= floe.box[3], (seal.box, floe.box)
    assert not seal.shadow
    assert plan_of("A seal resting on a rock").subjects[0].shadow  # elsewhere the ground ties it as before


# 3. Tops of towers


@pytest.mark.parametrize(("prompt", "thing"), [
    ("a knight standing on top of a tower", "knight"),
    ("an old cat asleep on a tower", "cat"),
])
def test_a_thing_on_a_tower_stands_on_its_top(prompt: str, thing: str) -> None:
    plan = plan_of(prompt)
    standing, tower = subjects(plan, thing)[0], subjects(plan, "tower")[0]
    assert standing.box[3] < tower.box[1] + 0.25 * (tower.box[3] - tower.box[1]), (standing.box, tower.box)
    assert holds(prompt, thing, "tower"), prompt


def test_a_walker_on_a_house_still_stands_at_its_foot() -> None:
    plan = plan_of("a dog on the porch of a farmhouse")
    dog, house = subjects(plan, "dog")[0], subjects(plan, "farmhouse")[0]
    assert dog.box[3] > house.box[3] - 0.1 * (house.box[3] - house.box[1]), (dog.box, house.box)
