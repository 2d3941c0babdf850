"""What the sixteenth round of fresh prompts (bench/data/eyes_dev16.jsonl) showed wrong, fixed, through the real
rules planner and draft engine; sentences of our own, none of the round's prompts.

1. A field of flowers or grain ("a field of …", "a … field", flowers in a meadow) is painted as that field: the
   ground in the flower's colour to the horizon, not a row of pictograms on a green lawn. Three sunflowers watered
   in a backyard or a row of tulips along a fence are flowers, not a field: the lawn stays green.
2. A hill something stands on is a mound of the ground's own covering (grass, snow), not the mountain pictogram's
   grey peak of rock; a mountain keeps its pictogram.
3. A creek named where the world paints dry land is a strip of water winding from the far distance to the front
   edge through the spot it was named at, not a sea's wave pictogram standing on the grass.
4. "From the top of" a thing says where something is, not that the picture is seen from above.
5. A horse that is not running stands on four straight legs, its head up, or down in the grass when it grazes or
   drinks, not the font's galloping horse; a galloping or ridden horse keeps the pictogram.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest

from openbanana.engines.draft.horses import fit_horse, horse_poses
from openbanana.engines.draft.world.blooms import field_of
from openbanana.engines.draft.world.hills import is_hill
from openbanana.engines.draft.world.streams import is_stream
from openbanana.plan import Plan
from tests.unit.test_scene_fidelity_classes import SIZE, plan_of, render, subjects

Hue = Callable[[np.ndarray], np.ndarray]


def _yellow(p: np.ndarray) -> np.ndarray:
    return (p[..., 0] > 150) & (p[..., 1] > 120) & (p[..., 0] - p[..., 2] > 90)


def _red(p: np.ndarray) -> np.ndarray:
    return (p[..., 0] > 120) & (p[..., 0] - p[..., 1] > 70)


def _purple(p: np.ndarray) -> np.ndarray:
    return (p[..., 2] - p[..., 1] > 15) & (p[..., 0] - p[..., 1] > 5)


def _green(p: np.ndarray) -> np.ndarray:
    return (p[..., 1] > p[..., 0] + 8) & (p[..., 1] > p[..., 2] + 8)


def _open_ground(plan: Plan) -> np.ndarray:
    """The pixels below the horizon that no subject's box covers."""
    mask = np.zeros((SIZE, SIZE), dtype=bool)
    mask[round(plan.background.horizon * SIZE) + 2:] = True
    for s in plan.subjects:
        x0, y0, x1, y1 = (round(v * SIZE) for v in s.box)
        mask[max(0, y0):y1, max(0, x0):x1] = False
    return mask


def _share(plan: Plan, hue: Hue) -> float:
    ground = _open_ground(plan)
    assert ground.sum() > 0.1 * SIZE * SIZE
    return float(hue(render(plan))[ground].mean())


# 1. Fields of flowers and grain


@pytest.mark.parametrize(("prompt", "hue"), [
    ("a goat grazing in a field of dandelions", _yellow),
    ("a scarecrow standing in a wheat field", _yellow),
    ("a pony trotting through a field of poppies", _red),
    ("a tractor parked beside a lavender field at noon", _purple),
    ("a meadow full of buttercups in june", _yellow),
])
def test_a_field_of_flowers_is_painted_as_that_field(prompt: str, hue: Hue) -> None:
    plan = plan_of(prompt)
    assert plan.background.terrain == "grass" and field_of(plan.subjects, plan.scene, plan.background) is not None
    assert _share(plan, hue) > 0.45  # the open ground is the field's colour, not a lawn around a few pictograms


@pytest.mark.parametrize("prompt", [
    "a boy watering three sunflowers in the garden",
    "a row of tulips along a white fence",
    "a vase of daisies on a picnic blanket in the park",
])
def test_a_few_flowers_are_not_a_field(prompt: str) -> None:
    plan = plan_of(prompt)
    assert field_of(plan.subjects, plan.scene, plan.background) is None
    if plan.background.terrain == "grass":
        assert _share(plan, _green) > 0.5  # the lawn stays a lawn


# 2. A hill is a mound


def _mound_colours(prompt: str) -> tuple[float, float]:
    """Green and grey shares of the lower middle of the hill's box (where the mountain pictogram's rock stood)."""
    plan = plan_of(prompt)
    hill = next(s for s in plan.subjects if is_hill(s))
    x0, y0, x1, y1 = hill.box
    w, h = x1 - x0, y1 - y0
    left, right = round((x0 + 0.3 * w) * SIZE), round((x1 - 0.3 * w) * SIZE)
    top, bottom = round((y0 + 0.45 * h) * SIZE), round((y1 - 0.05 * h) * SIZE)
    patch = render(plan)[top:bottom, left:right]
    spread = patch.max(axis=2) - patch.min(axis=2)
    return float(_green(patch).mean()), float((spread < 18).mean())


@pytest.mark.parametrize("prompt", [
    "a girl flying a kite on a hill",
    "a lone oak tree on a hilltop",
    "a shepherd standing on a grassy hill in spring",
])
def test_a_hill_is_a_grassy_mound(prompt: str) -> None:
    green, grey = _mound_colours(prompt)
    assert green > 0.8 and grey < 0.1


def test_a_hill_in_the_snow_is_white() -> None:
    plan = plan_of("a snowman standing on a hill in winter")
    hill = next(s for s in plan.subjects if is_hill(s))
    x0, y0, x1, y1 = (round(v * SIZE) for v in hill.box)
    patch = render(plan)[(y0 + y1) // 2:y1 - 2, (3 * x0 + x1) // 4:(x0 + 3 * x1) // 4]
    assert float((patch.min(axis=2) > 170).mean()) > 0.8


def test_what_stands_on_the_hill_stands_on_its_crest() -> None:
    plan = plan_of("a boy flying a kite on a hill")
    boy, = subjects(plan, "boy")
    x = round((boy.box[0] + boy.box[2]) / 2 * SIZE)
    feet = round(boy.box[3] * SIZE)
    bare = replace(plan, subjects=tuple(s for s in plan.subjects if s is not boy))
    below = render(bare)[feet + 1:feet + 6, x - 2:x + 3]
    assert _green(below).mean() > 0.8  # the hill is under his feet, not sky


def test_a_mountain_keeps_its_peak() -> None:
    plan = plan_of("a goat standing on a mountain")
    assert not [s for s in plan.subjects if is_hill(s)]


# 3. A creek on dry land


def _blue(p: np.ndarray) -> np.ndarray:
    return (p[..., 2] > p[..., 0] + 30) & (p[..., 2] > 150)


@pytest.mark.parametrize("prompt", [
    "two boys fishing by a creek",
    "a dog splashing in a creek in summer",
    "a bear catching fish in a creek",
])
def test_a_creek_on_dry_land_is_a_strip_of_water(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.background.terrain == "grass"  # the world paints no water of its own
    creek = next(s for s in plan.subjects if is_stream(s))
    picture = render(plan)
    unmarked = render(replace(plan, subjects=tuple(s for s in plan.subjects if s is not creek)))
    water = _blue(picture) & ~_blue(unmarked)
    top = round(plan.background.horizon * SIZE)
    rows = np.nonzero(water.any(axis=1))[0]
    assert rows.min() < top + 0.1 * (SIZE - top)  # it comes from the far distance
    assert rows.max() >= SIZE - 3  # to the front edge
    x0, y0, x1, y1 = (round(v * SIZE) for v in creek.box)
    assert water[(y0 + y1) // 2, x0:x1].any()  # through where it was named
    assert water[SIZE - 3].sum() < 0.6 * SIZE  # a strip, not a sea


def test_a_river_by_a_city_road_keeps_its_mark() -> None:
    """A stream runs across natural land, not over a road: a riverside path in the city keeps the river's mark."""
    plan = plan_of("a woman cycling along a riverside path in the city")
    assert plan.background.terrain == "road"
    river = next(s for s in plan.subjects if is_stream(s))
    unmarked = render(replace(plan, subjects=tuple(s for s in plan.subjects if s is not river)))
    changed = np.abs(render(plan) - unmarked).max(axis=2) > 28
    x0, y0, x1, y1 = (round(v * SIZE) for v in river.box)
    assert changed[y0:y1, x0:x1].mean() > 0.2  # the mark, in its box
    assert not changed[:, :x0].any() and not changed[:, x1:].any()  # and nothing winding across the road


# 4. "From the top of" a thing is a place, not the camera


@pytest.mark.parametrize("prompt", [
    "a monkey grabbing bananas from the top of a palm tree",
    "a boy waving from the top of a climbing frame in the park",
])
def test_from_the_top_of_a_thing_is_no_view_from_above(prompt: str) -> None:
    plan = plan_of(prompt)
    assert plan.scene.camera != "top_down"
    assert 0.3 < plan.background.horizon < 0.9  # the sky shows above the ground, as from eye height
    sky = render(plan)[: round(plan.background.horizon * SIZE * 0.5)]
    assert float((sky[..., 2] > sky[..., 0] + 40).mean()) > 0.5  # blue sky, not a picture filled with grass


def test_seen_from_the_top_is_still_a_view_from_above() -> None:
    assert plan_of("a busy market square seen from the top").scene.camera == "top_down"


# 5. A horse standing or grazing


def _head_end_top(prompt: str, pose: str) -> float:
    """How far down the drawn horse's head end its highest ink starts (0 at its top, 1 at its hooves)."""
    plan = plan_of(prompt)
    poses = horse_poses(plan.scene.entities, plan.scene.relations, ())
    horse = next(s for s in plan.subjects if s.entity in poses)
    assert poses[horse.entity] == pose
    fitted = fit_horse(horse, (SIZE, SIZE), poses)
    assert fitted is not None
    made, _, _ = fitted
    ink = np.zeros((made.size[1], made.size[0]), dtype=bool)
    for layer in made.layers:
        x, y = layer.offset
        mask = np.asarray(layer.mask) > 128
        ink[y:y + mask.shape[0], x:x + mask.shape[1]] |= mask
    head = ink[:, : made.size[0] // 6]  # the head end: the drawing faces left, as the pictogram does
    rows = np.nonzero(head.any(axis=1))[0]
    return float(rows.min() / made.size[1])


@pytest.mark.parametrize("prompt", ["a horse grazing by a wooden fence", "two ponies grazing on a hillside at dawn",
                                    "a horse drinking from a trough in a stable yard"])
def test_a_grazing_horse_has_its_head_in_the_grass(prompt: str) -> None:
    assert _head_end_top(prompt, "grazing") > 0.45  # nothing at that end rises above the middle of its body


@pytest.mark.parametrize("prompt", ["a brown horse standing in a paddock", "a boy brushing a horse in a barn"])
def test_a_horse_standing_holds_its_head_up(prompt: str) -> None:
    assert _head_end_top(prompt, "standing") < 0.15


def test_the_engine_draws_the_standing_horse_not_the_galloping_one() -> None:
    plan = plan_of("a horse grazing by a wooden fence")
    horse, = subjects(plan, "horse")
    running = replace(plan, scene=replace(plan.scene, entities=tuple(
        replace(e, action="galloping") if e.id == horse.entity else e for e in plan.scene.entities)))
    x0, y0, x1, y1 = (round(v * SIZE) for v in horse.box)
    changed = np.abs(render(plan) - render(running)).max(axis=2)[y0:y1, x0:x1] > 28
    assert changed.mean() > 0.15  # a different drawing in the horse's box


@pytest.mark.parametrize("prompt", ["a horse galloping across a field", "a knight riding a horse"])
def test_a_running_or_ridden_horse_keeps_its_pictogram(prompt: str) -> None:
    plan = plan_of(prompt)
    assert not horse_poses(plan.scene.entities, plan.scene.relations, ())
