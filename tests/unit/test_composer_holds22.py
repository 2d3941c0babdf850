"""What the composer holds, through the real rules planner and the real draft engine, on the plan's boxes and the
ink each thing leaves:

1. A whole figure drawn mirrored (seated in a boat the layout turned round, holding something) keeps its body in
   its box: its hat sits on the drawn head, where the sprite flipped in place had moved the body by its lap.
2. A thing on a stated side of another and in front of it (a calf to the left of a cow) keeps that side when the
   other turns to face someone across the scene: the group was mirrored, and the calf stood on the cow's right.
3. In a floating world, a thing on a stated side of a bigger one that stands near the frame's edge (a robot to the
   right of a space station at the left) is no longer pushed back over it by the edge: the bigger one makes room.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.planner.scene_geometry import relation_holds
from openbanana.scene import Predicate
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_scene_fidelity_classes import SIZE, entity, ink_share, plan_of, render, subjects

# (prompt, the seated figure, what it wears on its head)
MIRRORED_SEATED = [("A grandfather in a green cap sitting in a rowboat holding a long fishing rod", "grandfather",
                    "cap"),
                   ("An old woman in a purple hat sitting in a small boat holding a basket of apples", "woman",
                    "hat")]


@pytest.mark.parametrize(("prompt", "person", "worn"), MIRRORED_SEATED)
def test_a_mirrored_seated_figure_wears_its_hat_on_its_head(prompt: str, person: str, worn: str) -> None:
    plan = plan_of(prompt)
    figure, = subjects(plan, person)
    hat, = subjects(plan, worn)
    assert figure.flip and figure.pose == "sitting", "the case is not tested"
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not figure))
    changed = np.abs(render(plan) - render(without)).max(axis=2) > 28
    top, bottom = round(figure.box[1] * SIZE), round(figure.box[3] * SIZE)
    _, xs = np.nonzero(changed[top:top + (bottom - top) // 3])  # the head's row band
    assert len(xs), "no head drawn"
    head = xs.mean() / SIZE
    assert abs(head - (hat.box[0] + hat.box[2]) / 2) < 0.03, (head, hat.box)
    assert ink_share(plan, figure) > 0.35, "the body is drawn outside its box"


# (prompt, the thing on a side, that side, the thing it is beside and in front of)
SIDED_GROUPS = [("A cow, a calf to its left in front of the cow, a farmer standing on the right feeding the cow",
                 "calf", "left_of", "cow"),
                ("A goat, a bell to its left in front of the goat, a girl on the right petting the goat", "bell",
                 "left_of", "goat")]


@pytest.mark.parametrize(("prompt", "thing", "side", "host"), SIDED_GROUPS)
def test_a_stated_side_within_a_group_survives_its_facing(prompt: str, thing: str, side: Predicate,
                                                         host: str) -> None:
    plan = plan_of(prompt)
    ida, idb = entity(plan, thing).id, entity(plan, host).id
    stated = {(r.subject, r.predicate, r.object) for r in plan.scene.relations}
    assert {(ida, side, idb), (ida, "in_front_of", idb)} <= stated, "the case is not tested"
    drawn, other = ink_subjects(plan, thing), ink_subjects(plan, host)
    assert drawn and other, "leaves no ink"
    assert relation_holds(side, drawn, other), ([s.box for s in drawn], [s.box for s in other])
    assert relation_holds("in_front_of", subjects(plan, thing), subjects(plan, host))


# (prompt, the thing on a side, that side, the bigger thing near the frame's edge)
FLOATING_ROOM = [("A tiny robot drifting in space to the right of a huge space station", "robot", "right_of",
                  "station"),
                 ("An astronaut floating in space with a small satellite to his left and a big moon behind him",
                  "satellite", "left_of", "astronaut")]


@pytest.mark.parametrize(("prompt", "thing", "side", "other"), FLOATING_ROOM)
def test_a_floating_side_makes_room_at_the_frame_edge(prompt: str, thing: str, side: Predicate, other: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene.setting.terrain == "space", "the case is not tested"
    assert relation_holds(side, subjects(plan, thing), subjects(plan, other)), "the boxes overlap"
    drawn, host = ink_subjects(plan, thing), ink_subjects(plan, other)
    assert drawn and host and relation_holds(side, drawn, host), ([s.box for s in drawn], [s.box for s in host])
    assert not any("could not be fitted" in note for note in plan.shortfalls), plan.shortfalls
