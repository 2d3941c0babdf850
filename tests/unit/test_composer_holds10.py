"""Relations the reader states and the picture now holds — through the real rules planner and the real draft
engine, judged with the benchmark's own geometry on each thing's ink (the pixels that change when it is left out).

1. A gate, a garden arch and a pet's cage are drawn as open forms of their own: the gate and the arch had no
   drawing at all (so "behind the gate", "under the arch" could not hold) and a cage was stood in for by a parrot
   or a chair. What stands behind a gate shows over and through it, what is in a cage between its bars. A castle's
   gate is still the castle.
2. A support wins over an earlier "above": kittens squabbling over a ball of yarn on the sofa stand on the sofa (the
   first relation had hung them in the air over the ball, and "on the sofa" was dropped).
3. A ladder is climbed in the middle: a person on it stands on a rung, centred, even beside something they are
   near (they had slid to the ladder's side rail, off it).
4. What is under a tree stands under its crown: a stack of presents had stood past the crown's edge.
5. Pigeons someone tosses or throws crumbs to come down to eat at their feet (they flew in the sky, far off).
6. A backpack on a standing figure is on its back: smaller, and nearer its middle (it hung clear of the figure).
7. What peeks past a tree from behind it overlaps the crown (it stood clear of it, behind nothing).
8. A small thing beside a thing on a bed or a sofa is on it too (it had been left on the floor; only a table took
   it).
9. A stack carried in the arms stays at most 0.6 of the carrier's height (a tower of boxes rose far over the head,
   out of reach).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import SIZE, entity, render, subjects

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # the benchmark's own geometry, as tests/unit/test_scene_fidelity.py uses it

Ink = tuple[float, float, float, float]


def planned(prompt: str, seed: int = 7) -> Plan:
    return RulesPlanner().plan(PlanningInput(prompt, SIZE, SIZE, seed=seed)).plan


def ink(plan: Plan, noun: str) -> Ink | None:
    """The box of the noun's ink in pixels, as the benchmark finds it: what changes in the shadowless picture when
    its subjects are left out, inside their boxes; None when nothing does."""
    own = subjects(plan, noun)
    changed = np.abs(render(plan) - render(replace(plan, subjects=tuple(
        s for s in plan.subjects if s not in own)))).max(axis=2) > 28
    inside = np.zeros_like(changed)
    for s in own:
        x0, y0, x1, y1 = (round(v * SIZE) for v in s.box)
        inside[y0:y1, x0:x1] = True
    ys, xs = np.nonzero(changed & inside)
    return (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)) if len(xs) else None


def holds(plan: Plan, thing: str, predicate: str, other: str) -> bool:
    """Whether the relation holds between the two things' ink, as the benchmark judges it."""
    a, b = ink(plan, thing), ink(plan, other)
    assert a is not None and b is not None, (thing, other, "leaves no ink")
    order = {s.entity: s.z for s in plan.subjects}
    return bool(scene_checks.relation_holds(predicate, a, b, order[entity(plan, thing).id],
                                            order[entity(plan, other).id], (SIZE, SIZE)))


# 1. Open forms: a gate, an arch, a cage


@pytest.mark.parametrize(("prompt", "thing", "predicate", "form_noun", "form"), [
    ("three goats peering over a wooden gate", "goat", "above", "gate", "gate"),
    ("a horse standing behind a farm gate at dawn", "horse", "behind", "farm gate", "gate"),
    ("a couple of kids standing under a rose arch in the garden", "kid", "under", "rose arch", "arch"),
    ("a hamster sleeping in its cage", "hamster", "in", "cage", "cage"),
    ("a white rabbit in a hutch", "rabbit", "in", "hutch", "cage"),
])
def test_an_open_form_is_drawn_and_holds_what_is_by_it(prompt: str, thing: str, predicate: str, form_noun: str,
                                                        form: str) -> None:
    plan = planned(prompt)
    drawn = subjects(plan, form_noun)
    assert [(s.glyph, s.form) for s in drawn] == [(None, form)], prompt  # no stand-in pictogram: the form itself
    assert stated(plan, thing, predicate, form_noun), prompt
    assert holds(plan, thing, predicate, form_noun), prompt


def test_what_is_in_a_cage_shows_between_the_bars() -> None:
    plan = planned("a hamster sleeping in its cage")
    cage, hamster = subjects(plan, "cage")[0], subjects(plan, "hamster")[0]
    assert hamster.z < cage.z  # drawn behind the bars
    box = ink(plan, "hamster")
    assert box is not None
    x0, y0, x1, y1 = (v * SIZE for v in hamster.box)
    assert (box[2] - box[0]) * (box[3] - box[1]) > 0.5 * (x1 - x0) * (y1 - y0)  # most of it shows


def test_a_castle_gate_is_still_the_castle() -> None:
    plan = planned("a knight standing guard in front of a castle gate")
    assert [e.noun for e in plan.scene.entities if e.noun in ("castle", "gate", "castle gate")] == ["castle"]
    assert not any(s.form == "gate" for s in plan.subjects)


# 2. A support wins over an earlier "above"


@pytest.mark.parametrize(("prompt", "thing", "support"), [
    ("two kittens squabbling over a ball of yarn on the sofa", "kitten", "sofa"),
])
def test_what_is_over_a_thing_on_a_support_stands_on_the_support(prompt: str, thing: str, support: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, "on", support), prompt
    assert holds(plan, thing, "on", support), prompt


# 3. On a ladder


@pytest.mark.parametrize(("prompt", "climber"), [
    ("a woman on a ladder picking apples near a tree", "woman"),
    ("a painter on a ladder next to a wall", "painter"),
])
def test_a_person_on_a_ladder_stands_on_its_rungs_in_the_middle(prompt: str, climber: str) -> None:
    plan = planned(prompt)
    person, ladder = subjects(plan, climber)[0], subjects(plan, "ladder")[0]
    assert abs((person.box[0] + person.box[2]) - (ladder.box[0] + ladder.box[2])) / 2 < 0.02, prompt
    assert ladder.box[1] < person.box[3] < ladder.box[3], prompt  # feet on a rung, not on the top
    assert holds(plan, climber, "on", "ladder"), prompt


# 4. Under a tree


def test_a_stack_under_a_tree_stands_under_its_crown() -> None:
    prompt = "A tall stack of wrapped gifts under a Christmas tree hung with baubles"
    held = [holds(planned(prompt, seed), "gift", "under", "christmas tree") for seed in range(4)]
    assert all(held), held


# 5. Fed birds stand


@pytest.mark.parametrize(("prompt", "feeder"), [
    ("an old man tossing crumbs to four pigeons in the square", "man"),
    ("a grandmother throwing breadcrumbs to the pigeons in a park", "grandmother"),
])
def test_pigeons_someone_tosses_crumbs_to_stand_at_their_feet(prompt: str, feeder: str) -> None:
    plan = planned(prompt)
    pigeons, person = subjects(plan, "pigeon"), subjects(plan, feeder)[0]
    assert pigeons and all(s.glyph == "🐦" for s in pigeons), prompt  # the standing bird, not the flying dove
    assert all(abs(s.box[3] - person.box[3]) < 0.08 for s in pigeons), prompt  # on the ground, by the feet
    assert holds(plan, "pigeon", "near", feeder), prompt


# 6. A backpack on a standing figure


def test_a_standing_figure_wears_its_backpack_on_its_back() -> None:
    plan = planned("a hiker wearing a red backpack standing on a hill")
    assert (subjects(plan, "hiker")[0].glyph or "").startswith("🧍")  # a standing figure's pictogram
    assert holds(plan, "hiker", "wearing", "backpack")


# 7. Peeking from behind a tree


@pytest.mark.parametrize(("prompt", "thing", "tree"), [
    ("a little boy hiding behind a big christmas tree", "boy", "christmas tree"),
    ("a deer standing behind an oak tree", "deer", "tree"),
])
def test_what_peeks_from_behind_a_tree_overlaps_it(prompt: str, thing: str, tree: str) -> None:
    plan = planned(prompt)
    assert holds(plan, thing, "behind", tree), prompt
    assert ink(plan, thing) is not None, prompt  # still seen past the side


# 8. Beside a thing on a bed or a sofa


@pytest.mark.parametrize(("prompt", "thing", "surface"), [
    ("a phone lying on the bed next to an open book", "book", "bed"),
    ("a cat asleep on the sofa next to a paperback book", "book", "sofa"),
    ("a pair of glasses on the bed next to a coffee mug", "coffee mug", "bed"),
])
def test_a_small_thing_beside_one_on_a_bed_or_sofa_is_on_it_too(prompt: str, thing: str, surface: str) -> None:
    plan = planned(prompt)
    assert holds(plan, thing, "on", surface), prompt


# 9. A stack carried in the arms


@pytest.mark.parametrize(("prompt", "carrier", "thing"), [
    ("a waiter carrying a tall stack of plates", "waiter", "plate"),
    ("a girl carrying a stack of six books to school", "girl", "book"),
])
def test_a_carried_stack_stays_in_reach(prompt: str, carrier: str, thing: str) -> None:
    plan = planned(prompt)
    person, stack = subjects(plan, carrier)[0], subjects(plan, thing)
    assert len(stack) > 3, prompt
    assert max(s.box[3] for s in stack) - min(s.box[1] for s in stack) <= 0.65 * (person.box[3] - person.box[1])
    assert holds(plan, carrier, "holding", thing), prompt
