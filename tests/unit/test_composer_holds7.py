"""People at their real height against animals, small birds that stand, one or two things framed close, a game's
prop, and things next to each other that never tuck behind — through the real rules planner and the real draft
engine, on the plan's boxes and the ink each thing leaves (judged with the benchmark's own geometry).

1. A person stands clearly taller than a cow, a sheep or a big dog beside them (the compression that keeps small
   things readable fades out near a person's height).
2. A pigeon being fed, a sparrow pecking, a dove on a fence stand (the perched bird, on the ground row or the
   thing); a gull flying stays in the sky.
3. One or two things on open ground are framed close: the horizon lower and the thing larger than in a crowd.
4. A basketball or a basketball court brings its hoop, a football pitch its goal; a hoop named is drawn as one,
   and "shooting hoops" is the game at one hoop, not three hoops.
5. Two things next to each other in a crowded row keep side by side, never one tucked behind the other.
6. A standing bird keeps its own colour (a pigeon grey, not the perched pictogram's red); a colour asked stays.
7. Words set on a thing in the scene keep their place: a lone sign is not framed close (its words size it, and a
   closer frame only slid them).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.plan import Subject
from openbanana.planner.rules.scene.kinds import drawn_size
from openbanana.planner.rules.scene.perching import STANDING_BIRD
from openbanana.planner.rules.scene.world import HORIZONS
from tests.unit.test_composer_holds5 import drawn, height, wide_plan
from tests.unit.test_composer_holds6 import ink_box
from tests.unit.test_scene_fidelity_classes import SIZE, entity, ink_share, plan_of, render

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import scene_checks  # the benchmark's own geometry


def bottom(subjects: list[Subject]) -> float:
    return max(s.box[3] for s in subjects)


# 1. People against animals


@pytest.mark.parametrize("seed", [1, 5])
@pytest.mark.parametrize(("prompt", "person", "animal", "share"), [
    ("a dairy farmer stands beside her black and white cow", "farmer", "cow", 0.9),
    ("an old man walks his two sheep along the lane", "man", "sheep", 0.68),
    ("a woman resting next to a brown cow under a tree", "woman", "cow", 0.9),
])
def test_a_person_stands_clearly_taller_than_the_animal_beside_them(prompt: str, person: str, animal: str,
                                                                    share: float, seed: int) -> None:
    plan = wide_plan(prompt, "4:3", seed)
    people, animals = drawn(plan, person), drawn(plan, animal)
    tallest = max(map(height, people))
    assert max(map(height, animals)) < share * tallest * 1.05, (prompt, tallest, list(map(height, animals)))


def test_the_compression_fades_out_near_a_persons_height_and_keeps_the_order_of_sizes() -> None:
    sizes = [0.05, 0.14, 0.22, 0.4, 0.5, 0.82, 1.0, 2.0, 3.5]
    drawn_sizes = [drawn_size(s) for s in sizes]
    assert drawn_sizes == sorted(drawn_sizes)  # a dog never outgrows a sheep
    assert drawn_size(0.82) == pytest.approx(0.82)  # a cow at its real height against a person
    assert drawn_size(0.05) > 0.1 and drawn_size(3.5) < 2.5  # small things readable, big ones leave room


# 2. Small birds that stand


@pytest.mark.parametrize(("prompt", "bird"), [
    ("an old woman feeding the pigeons in the park", "pigeon"),
    ("a sparrow pecking at seeds on the lawn", "sparrow"),
    ("a little girl feeds the doves by the fountain", "dove"),
])
def test_a_bird_being_fed_or_pecking_stands_on_the_ground(prompt: str, bird: str) -> None:
    plan = plan_of(prompt)
    birds = drawn(plan, bird)
    assert all((s.glyph or "").replace("\ufe0f", "") == STANDING_BIRD for s in birds), [s.glyph for s in birds]
    assert min(s.box[3] for s in birds) > plan.background.horizon  # its feet on the ground, below the horizon
    assert max(ink_share(plan, s) for s in birds) > 0.04


def test_a_dove_on_a_fence_stands_on_it() -> None:
    plan = plan_of("a white dove perched on a wooden fence")
    dove, fence = entity(plan, "dove"), entity(plan, "fence")
    assert any((r.subject, r.predicate, r.object) == (dove.id, "on", fence.id) for r in plan.scene.relations)
    assert {(s.glyph or "").replace("\ufe0f", "") for s in drawn(plan, "dove")} == {STANDING_BIRD}
    assert scene_checks.relation_holds("on", ink_box(plan, "dove"), ink_box(plan, "fence"), 1.0, 0.0, (SIZE, SIZE))


def test_a_gull_flying_stays_in_the_sky() -> None:
    plan = plan_of("a seagull flying over a fishing boat")
    gull = drawn(plan, "seagull")
    assert bottom(gull) < min(s.box[1] for s in drawn(plan, "boat")) + 0.05


# 3. Few things framed close


@pytest.mark.parametrize("seed", [1, 3, 7])
def test_one_thing_on_open_ground_is_framed_close(seed: int) -> None:
    alone = plan_of("a red fox trotting across the meadow", seed)
    crowd = plan_of("a fox, two rabbits, a deer and three ducks in the meadow", seed)
    assert alone.background.horizon > HORIZONS["ground"] + 0.015  # its own jitter is ±0.04; lowered 0.06
    fox_alone, fox_crowd = max(map(height, drawn(alone, "fox"))), max(map(height, drawn(crowd, "fox")))
    assert fox_alone > 0.3 and fox_alone > 1.2 * fox_crowd


def test_a_pair_on_open_ground_is_framed_close_but_a_room_is_not() -> None:
    pair = plan_of("a hiker and her dog on a grassy hill")
    room = plan_of("a man and his dog in the living room")
    assert pair.background.horizon > HORIZONS["ground"] + 0.015
    assert room.background.horizon < HORIZONS["floor"] + 0.05


# 4. A game's prop


@pytest.mark.parametrize(("prompt", "form"), [
    ("two teenagers playing basketball after school", "hoop"),
    ("a man bouncing a ball on the basketball court at sunset", "hoop"),
    ("children kicking a football on the pitch", "goal"),
    ("a tall basketball hoop in the driveway", "hoop"),
])
def test_a_game_brings_its_defining_prop(prompt: str, form: str) -> None:
    plan = plan_of(prompt)
    props = [s for s in plan.subjects if s.form == form and s.glyph is None]
    assert len(props) >= 1, [(s.label, s.form) for s in plan.subjects]
    assert max(ink_share(plan, s) for s in props) > 0.04  # drawn, and showing


@pytest.mark.parametrize(("prompt", "hoops"), [
    ("a girl with a basketball stands under the basketball hoop", 1),
    ("a tall boy shooting hoops behind the gym", 1),
    ("two friends shooting hoops in the schoolyard at dusk", 1),
    ("three basketball hoops in an empty park", 3),
])
def test_a_hoop_is_added_once_and_never_beside_one_named(prompt: str, hoops: int) -> None:
    plan = plan_of(prompt)
    assert sum(s.form == "hoop" for s in plan.subjects) == hoops, [(s.label, s.form) for s in plan.subjects]


# 5. Next to each other in a crowded row


@pytest.mark.parametrize("seed", [1, 2, 7])
@pytest.mark.parametrize(("prompt", "a", "b"), [
    ("a goat next to a donkey, with three hens, two ducks and a pig in the farmyard", "goat", "donkey"),
    ("a crowd of six kids, a teacher next to the bus, at the school gate", "teacher", "bus"),
])
def test_things_next_to_each_other_never_tuck_behind(prompt: str, a: str, b: str, seed: int) -> None:
    plan = wide_plan(prompt, "4:3", seed)
    ida, idb = entity(plan, a).id, entity(plan, b).id
    assert any({r.subject, r.object} == {ida, idb} and r.predicate == "next_to" for r in plan.scene.relations)
    box_a = [s.box for s in plan.subjects if s.entity == ida]
    box_b = [s.box for s in plan.subjects if s.entity == idb]
    left_a, right_a = min(x[0] for x in box_a), max(x[2] for x in box_a)
    left_b, right_b = min(x[0] for x in box_b), max(x[2] for x in box_b)
    overlap = min(right_a, right_b) - max(left_a, left_b)
    assert overlap <= 0.5 * min(right_a - left_a, right_b - left_b), (prompt, seed, box_a, box_b)


# 6. A standing bird's own colour


def _red_share(plan_pixels: object, box: tuple[float, float, float, float]) -> float:
    pixels = plan_pixels[int(box[1] * SIZE):int(box[3] * SIZE), int(box[0] * SIZE):int(box[2] * SIZE)]  # type: ignore[index]
    red = (pixels[..., 0] > pixels[..., 1] + 70) & (pixels[..., 0] > pixels[..., 2] + 70)
    return float(red.mean())


@pytest.mark.parametrize(("prompt", "bird", "red"), [
    ("a grandfather feeding pigeons outside the station", "pigeon", False),
    ("two sparrows hopping on the patio", "sparrow", False),
    ("a red pigeon pecking at the path", "pigeon", True),
])
def test_a_standing_bird_is_drawn_in_its_own_colour(prompt: str, bird: str, red: bool) -> None:
    plan = plan_of(prompt)
    pixels = render(plan)
    shares = [_red_share(pixels, s.box) for s in drawn(plan, bird)]
    assert shares and all((share > 0.1) == red for share in shares), shares


# 7. Words on a thing keep their place


@pytest.mark.parametrize("seed", [1, 3, 7])
def test_a_lone_sign_with_words_is_not_framed_close(seed: int) -> None:
    sign = plan_of('a wooden farm sign in the meadow that reads "Honey for sale"', seed)
    bare = plan_of("a wooden farm sign in the meadow", seed)
    assert sign.background.horizon < bare.background.horizon - 0.03  # a sign alone is framed close, one with words not
    assert any(block.text == "Honey for sale" for block in sign.texts)
