"""What the fifteenth round of fresh prompts (bench/data/eyes_dev15.jsonl) showed wrong, fixed, through the real
rules planner and draft engine; sentences of our own, none of the round's prompts.

1. Water named as a thing where the world already paints the water (a kayak on a lake, fishing on a river, a seal
   in the sea) is ripples on that water, not a stray wave pictogram standing beside the boat or on the bank; a
   lake that is the picture's own subject keeps its mark. The mark has no feet: the water is not stopped short of
   it as it is of what stands on the bank.
2. Loose leaves in autumn ("a heap of autumn leaves") take the season's amber and orange, as trees do; in spring
   they stay green.
3. A raccoon or a deer, which the font draws as a face alone, has a body in its pose, as the fourteenth round gave
   the bear and the fox ("a raccoon looking through a trash can" was a raccoon's head on the grass).
4. A kitchen, a bakery, a coffee shop, a diner or a bar with few things named gets no counter of the composer's in
   the row: the engine's wall fittings (a worktop, a counter) already say which room it is, and the extra counter
   shrank the boy at the kitchen table to a tenth of the picture's height.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.engines.draft.world.ripples import painted_water
from openbanana.plan import Plan, Subject
from tests.unit.test_drawn_as_asked_fourteenth import test_a_face_only_animal_has_a_body_in_its_pose as has_a_body
from tests.unit.test_scene_fidelity_classes import SIZE, plan_of, render, subjects


def _without(plan: Plan, left_out: list[Subject]) -> Plan:
    return replace(plan, subjects=tuple(s for s in plan.subjects if s not in left_out))


# 1. Named water on painted water


@pytest.mark.parametrize(("prompt", "water"), [
    ("a girl paddling a kayak on a calm lake", "lake"),
    ("a man fishing off the end of a jetty on the river", "river"),
    ("a woman walking her dog along the river in the evening", "river"),
    ("a sailor rowing across the bay at dusk", "bay"),
    ("a swan gliding across the pond at sunset", "pond"),
])
def test_named_water_on_painted_water_is_ripples_not_a_wave(prompt: str, water: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.terrain == "water"  # the world paints the water
    mark, *_ = subjects(plan, water)
    assert painted_water(mark)
    unmarked = replace(plan, subjects=tuple(replace(s, glyph=None) if s is mark else s for s in plan.subjects))
    waved = replace(plan, subjects=tuple(replace(s, role="hero") if s is mark else s for s in plan.subjects))
    bare = render(unmarked)  # the world's water stays where it was: the mark has no feet on the bank
    changed = np.abs(render(plan) - bare).max(axis=2) > 28
    pictogram = np.abs(render(waved) - bare).max(axis=2) > 28  # what the wave pictogram drew there before
    assert changed.sum() > 20  # the water is still marked where it was named
    assert changed.sum() < 0.6 * pictogram.sum()  # thin rings, not a filled wave
    rows, _ = np.nonzero(changed)
    assert rows.min() >= plan.background.horizon * SIZE - 2  # on the water, below the far shore


def test_a_lake_that_is_the_picture_keeps_its_mark() -> None:
    plan = plan_of("a misty lake at dawn")
    lake, *_ = subjects(plan, "lake")
    assert lake.role == "hero" and not painted_water(lake)


@pytest.mark.parametrize(("prompt", "water"), [
    ("a kid on a bodyboard riding a wave", "wave"), ("a puppy paddling in a swimming pool", "swimming pool")])
def test_a_wave_or_a_pool_keeps_its_mark(prompt: str, water: str) -> None:
    """A wave a surfer rides and a pool are things of their own shape, not the open water the world paints."""
    mark, *_ = subjects(plan_of(prompt), water)
    assert not painted_water(mark)


# 2. Autumn leaves


def _leaf_colours(prompt: str) -> tuple[int, int]:
    """Orange and green pixels among those the loose leaves change."""
    plan = plan_of(prompt)
    leaves = [s for s in plan.subjects if (s.glyph or "").replace("\ufe0f", "") == "🍃"]
    assert leaves
    picture, bare = render(plan), render(_without(plan, leaves))
    changed = np.abs(picture - bare).max(axis=2) > 28
    r, g, b = (picture[..., i] for i in range(3))
    orange = changed & (r > g + 25) & (r > b + 60)
    green = changed & (g > r + 12) & (g > b + 12)
    return int(orange.sum()), int(green.sum())


@pytest.mark.parametrize("prompt", [
    "a hedgehog curled up in a pile of leaves in autumn",
    "a boy jumping into a heap of autumn leaves",
])
def test_loose_leaves_in_autumn_turn(prompt: str) -> None:
    orange, green = _leaf_colours(prompt)
    assert orange > 4 * max(1, green)


def test_a_leaf_in_spring_stays_green() -> None:
    orange, green = _leaf_colours("a frog on a leaf in spring")
    assert green > 4 * max(1, orange)


# 3. More animals with bodies


@pytest.mark.parametrize(("prompt", "animal", "pose", "shape"), [
    ("a raccoon walking along a fence at night", "raccoon", "standing", 1.3),
    ("a deer drinking from a river in the morning", "deer", "standing", 1.3),
    ("a raccoon sleeping under a porch", "raccoon", "lying", 1.8),
    ("a deer resting in a snowy forest", "deer", "lying", 1.8),
])
def test_a_raccoon_or_a_deer_has_a_body(prompt: str, animal: str, pose: str, shape: float) -> None:
    """The fourteenth round's checks of a face-only animal's body (its pose's shape, a head's size, its coat down to
    the ground), on the two animals added."""
    has_a_body(prompt, animal, pose, shape)


# 4. No counter in a kitchen's row


@pytest.mark.parametrize(("prompt", "who"), [
    ("a toddler eating cereal at the kitchen table", "toddler"),
    ("a dog waiting for a treat in the kitchen", "dog"),
    ("a man reading the paper in a diner", "man"),
])
def test_a_kitchen_or_a_shop_with_few_things_has_no_counter_of_its_own_in_the_row(prompt: str, who: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.backdrop == "room"
    assert not [s for s in plan.subjects if s.form == "counter"]
    hero, *_ = subjects(plan, who)
    assert hero.box[3] - hero.box[1] > 0.3  # the one named is large, not shrunk beside a counter
    plain = replace(plan, scene=replace(plan.scene, setting=replace(plan.scene.setting, place="room")))
    top = round(plan.background.horizon * SIZE)
    fitted = np.abs(render(plan)[:top] - render(plain)[:top]).max(axis=2) > 28
    assert fitted.mean() > 0.05  # the wall shows which room it is (a worktop, a counter), unlike a plain room's
