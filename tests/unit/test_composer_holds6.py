"""Worn hats that hold, small things at their real size, a seated person kept on the seat, and lone scenery that
stands back so a crowded row is drawn bigger — through the real rules planner and the real draft engine, on the
plan's boxes and the ink each thing leaves (judged with the benchmark's own geometry, bench/scene_checks.py).

1. A hat, cap, crown or helmet worn by a head-and-shoulders person or a standing figure sits on the head: its
   centre inside the wearer's ink, the face showing under it (a hat as wide as the head, pulled down, hid it).
2. Small things stand at their real height: a glass lower than a cat beside it, a mug small in a hand.
3. A person sitting on a bench slid toward what they are near keeps the lap and feet over the seat.
4. A lone barn or tree with nothing related to it stands back behind a crowded row instead of taking its width.
5. A small thing in an open container (ice in a pail, tulips in a vase) shows over the rim at a readable size.
6. Copies level with their host (hung below it) never stand further back than it.

Sentence shapes of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.plan import Plan, Subject
from openbanana.planner.rules.scene.along import LAP
from openbanana.planner.rules.scene.kinds import kind_of
from openbanana.planner.rules.scene.pieces import Piece, in_step
from openbanana.scene import Entity
from tests.unit.test_composer_holds import ink_subjects
from tests.unit.test_composer_holds5 import drawn, height, wide_plan
from tests.unit.test_scene_fidelity_classes import SIZE, entity, ink_share, plan_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # the benchmark's own geometry, as tests/unit/test_scene_fidelity.py uses it

Ink = tuple[float, float, float, float]


def ink_box(plan: Plan, noun: str) -> Ink:
    """The union of the noun's ink, in pixels, as the benchmark boxes an entity."""
    inked = ink_subjects(plan, noun)
    assert inked, (noun, "leaves no ink")
    return (min(s.box[0] for s in inked) * SIZE, min(s.box[1] for s in inked) * SIZE,
            max(s.box[2] for s in inked) * SIZE, max(s.box[3] for s in inked) * SIZE)


@pytest.mark.parametrize(("prompt", "wearer", "worn"), [
    ("a young soldier wearing a helmet", "soldier", "helmet"),
    ("an old queen wearing a crown", "queen", "crown"),
    ("a firefighter wearing her helmet", "firefighter", "helmet"),
    ("a jogger wearing a red cap runs by the lake", "jogger", "cap"),
    ("a kid wearing a helmet stands on a skateboard", "kid", "helmet"),
])
def test_a_worn_hat_sits_on_the_head_as_the_benchmark_judges_it(prompt: str, wearer: str, worn: str) -> None:
    plan = plan_of(prompt)
    ida, idb = entity(plan, wearer).id, entity(plan, worn).id
    assert any((r.subject, r.predicate, r.object) == (ida, "wearing", idb) for r in plan.scene.relations)
    person, hat = ink_box(plan, wearer), ink_box(plan, worn)
    assert scene_checks.relation_holds("wearing", person, hat, 0.0, 1.0, (SIZE, SIZE)), (person, hat)
    assert person[3] - hat[3] > 0.4 * (person[3] - person[1])  # the wearer shows well below the hat


@pytest.mark.parametrize("seed", [2, 7])
def test_a_hat_on_a_standing_figure_leaves_the_face_showing(seed: int) -> None:
    plan = plan_of("a hiker wearing a helmet walks along the cliff path", seed)
    hiker, = drawn(plan, "hiker")
    helmet, = drawn(plan, "helmet")
    assert height(helmet) < 0.22 * height(hiker)  # a head's size (it was a third of the walker, over the face)
    assert helmet.box[1] <= hiker.box[1] + 0.02  # on top of the head


@pytest.mark.parametrize(("prompt", "small", "beside"), [
    ("a tabby cat beside a tall glass of milk", "glass", "cat"),
    ("a sleepy puppy lies by a vase on the floor", "vase", "puppy"),
    ("a laptop next to a ginger kitten", "laptop", "kitten"),
])
def test_small_things_stand_lower_than_the_animal_beside_them(prompt: str, small: str, beside: str) -> None:
    plan = wide_plan(prompt, "4:3")
    assert max(map(height, drawn(plan, small))) < min(map(height, drawn(plan, beside)))


def test_a_mug_in_a_hand_is_a_mugs_size() -> None:
    plan = wide_plan("a teenager holding a mug of cocoa", "4:3")
    teen, = drawn(plan, "teenager")
    mug, = drawn(plan, "mug")
    assert height(mug) < 0.2 * height(teen)


def _seated(plan: Plan, person: str) -> Subject:
    found, = drawn(plan, person)
    assert found.pose == "sitting"
    return found


@pytest.mark.parametrize("seed", range(5))
def test_a_seated_person_slid_toward_a_neighbour_keeps_the_lap_on_the_seat(seed: int) -> None:
    plan = wide_plan("an old woman sitting on a bench near a duck", "4:3", seed)
    woman = _seated(plan, "woman")
    bench, = drawn(plan, "bench")
    lap = LAP * (woman.box[2] - woman.box[0])  # the drawn lap and feet reach past the right side
    assert bench.box[0] - 1e-6 <= woman.box[0] and woman.box[2] + lap <= bench.box[2] + 1e-6


CROWDED = "a girl, her pony, two goats and a red barn out in the countryside"


@pytest.mark.parametrize("seed", range(4))
def test_lone_scenery_stands_back_behind_a_crowded_row(seed: int) -> None:
    plan = wide_plan(CROWDED, "4:3", seed)
    barn, = drawn(plan, "barn")
    row = [*drawn(plan, "girl"), *drawn(plan, "pony"), *drawn(plan, "goat")]
    assert barn.box[3] < min(s.box[3] for s in row)  # further back: its foot higher up the ground
    assert barn.z < min(s.z for s in row)  # drawn first, behind the row
    assert min(map(height, drawn(plan, "girl"))) > 0.28  # the row is not shrunk to fit the barn (0.23 then)
    square = plan_of(CROWDED, seed)
    assert ink_share(square, drawn(square, "barn")[0]) >= 0.04  # and it still shows over their heads


@pytest.mark.parametrize(("prompt", "inside", "container"), [
    ("a bucket with ice in it", "ice", "bucket"),
    ("three red tulips in a vase", "tulip", "vase"),
])
def test_a_small_thing_in_an_open_container_shows_over_the_rim(prompt: str, inside: str, container: str) -> None:
    plan = plan_of(prompt)
    held, = drawn(plan, container)
    assert all(height(s) >= 0.33 * height(held) for s in drawn(plan, inside))  # a fifth of it before
    assert all(ink_share(plan, s) >= 0.04 for s in drawn(plan, inside))  # not hidden behind the rim


def test_copies_level_with_their_host_never_stand_further_back_than_it() -> None:
    """Eggs hung below a carton are level with it (their layers differ by a hair to keep their order): their own
    step back must not put them behind the shelf the carton stands on; what is drawn under the host stays back."""
    egg, carton = Entity("e1", "egg", "🥚"), Entity("e2", "carton", "🧃")
    host = Piece(carton, kind_of(carton), "🧃", 0.5, 0.5, 0.2, 1.0, layer=1.0, depth=0.0)
    level = [Piece(egg, kind_of(egg), "🥚", 0.4 + 0.1 * i, 0.8, 0.1, 0.8, layer=1.0 - 0.0004 * i, depth=0.04 * i)
             for i in range(3)]
    under = Piece(egg, kind_of(egg), "🥚", 0.5, 0.55, 0.1, 0.8, layer=0.0, depth=0.0)
    in_step(host, [*level, under])
    assert all(p.depth <= host.depth for p in level) and under.depth >= host.depth
