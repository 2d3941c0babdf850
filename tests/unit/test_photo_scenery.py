"""Scenery painted into real photos: a boat or an iceberg on the photo's water, a lighthouse on its far shore, a
hot-air balloon, fireworks or northern lights in its sky, snow on its ground; and an honest "not done" where the
photo has no such place (no water in a photo of a coffee cup)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from openbanana.engines.base import RenderRequest, RenderResult
from openbanana.engines.draft.engine import DraftEngine
from openbanana.engines.draft.photo.arrays import rgb_array
from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.imaging.fitting import cover_fit
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.service.generation.thoughts import answer_text

PHOTOS = Path(__file__).parents[1] / "data" / "photos"
ENGINE = DraftEngine()
SIZE = (768, 512)  # the 3:2 of china.jpg and rocket.jpg


def photo(name: str) -> Image.Image:
    return Image.open(PHOTOS / name).convert("RGB")


def edit(prompt: str, name: str, seed: int = 3) -> tuple[np.ndarray, np.ndarray, RenderResult, Plan]:
    """The edited photo, the photo merely fitted to the same size, the engine's result and the plan."""
    image = photo(name)
    plan = plan_composition(PlanningInput(prompt, *SIZE, reference_count=1, seed=seed))
    result = ENGINE.render(RenderRequest(plan, *SIZE, (image,), seed))
    return rgb_array(result.image), rgb_array(cover_fit(image, *SIZE)), result, plan


def changed(after: np.ndarray, before: np.ndarray, threshold: int = 40) -> np.ndarray:
    return np.asarray(np.abs(after.astype(np.int16) - before.astype(np.int16)).max(axis=2) > threshold)


@pytest.mark.parametrize(("prompt", "name"), [
    ("add a lighthouse", "lighthouse"), ("add an iceberg in the water", "iceberg"),
    ("add northern lights in the sky", "northern lights"), ("put fireworks in the sky", "fireworks"),
    ("add a hot air balloon", "hot-air balloon"), ("add a hot-air balloon in the sky", "hot-air balloon"),
    ("add a sailboat on the lake", "boat"), ("add snow on the ground", "snow"),
])
def test_scenery_is_read_as_a_painted_addition(prompt: str, name: str) -> None:
    plan = plan_composition(PlanningInput(prompt, *SIZE, reference_count=1))
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("add", name)]
    assert not [s for s in plan.subjects if s.role == "sticker"]  # painted, never a sticker on top


def test_a_boat_floats_on_the_lake_with_its_reflection() -> None:
    after, before, result, _ = edit("add a boat on the water", "china.jpg")
    water = find_water(before, find_sky(before))
    assert water is not None
    ink = changed(after, before)
    assert 0.001 < ink.mean() < 0.05 and not result.shortfalls
    ys, xs = np.nonzero(ink)
    assert water.mask[ys, xs].mean() > 0.5  # the hull, its sails' feet and the reflection lie on the water
    assert ys.max() / SIZE[1] > water.top  # it sits on the water, not in the sky above it


def test_a_boat_without_water_is_not_done_and_the_answer_says_so() -> None:
    after, before, result, plan = edit("add a boat on the water", "coffee.jpg")
    assert changed(after, before).mean() < 0.001
    assert any(s.startswith("Not done: add a boat on the water:") for s in result.shortfalls)
    answer = answer_text(plan, target_size("3:2", "1K"), shortfalls=result.shortfalls)
    assert "no open water" in answer and "boat added" not in answer


def test_a_lighthouse_stands_tall_and_narrow_on_the_far_shore() -> None:
    after, before, result, _ = edit("add a lighthouse", "china.jpg")
    water = find_water(before, find_sky(before))
    assert water is not None and not result.shortfalls
    ys, xs = np.nonzero(changed(after, before))
    tower = ys < water.top * SIZE[1] + 4  # above the waterline: the tower, not its reflection
    height, width = np.ptp(ys[tower]) + 1, np.ptp(xs[tower]) + 1
    assert height > 2.5 * width
    assert abs(ys[tower].max() / SIZE[1] - water.top) < 0.04  # its foot on the far shore


@pytest.mark.parametrize("name", ["china.jpg", "rocket.jpg"])
def test_a_hot_air_balloon_is_in_the_sky(name: str) -> None:
    after, before, result, _ = edit("add a hot air balloon", name)
    sky = find_sky(before)
    assert sky is not None and not result.shortfalls
    ink = changed(after, before)
    assert ink.mean() > 0.003
    assert sky.mask[ink].mean() > 0.8


def test_fireworks_light_up_the_sky_and_leave_the_land() -> None:
    after, before, _, _ = edit("add fireworks in the sky", "rocket.jpg")
    sky = find_sky(before)
    assert sky is not None
    in_sky = sky.mask > 0.5
    gain = after.astype(np.float32).mean(axis=2) - before.astype(np.float32).mean(axis=2)
    assert (gain[in_sky] > 60).mean() > 0.004  # bright sparks
    assert np.abs(gain[~in_sky]).mean() < 4


def test_northern_lights_darken_a_day_sky_green_and_say_so() -> None:
    after, before, result, _ = edit("add northern lights in the sky", "china.jpg")
    sky = find_sky(before)
    assert sky is not None
    in_sky = sky.mask > 0.5
    assert after[in_sky].mean() < before[in_sky].mean() * 0.6
    red, green_, blue = (after[..., c].astype(int) for c in range(3))
    green = (green_ - red > 60) & (green_ > blue) & in_sky  # green curtains
    assert green.mean() > 0.02
    assert any("dark sky" in s for s in result.shortfalls)


def test_snow_whitens_the_ground_and_not_the_sky() -> None:
    after, before, _, _ = edit("add snow on the ground", "china.jpg")
    sky = find_sky(before)
    assert sky is not None
    hsv_after, hsv_before = (cv2.cvtColor(a, cv2.COLOR_RGB2HSV).astype(np.float32) for a in (after, before))
    ground = np.zeros(SIZE[::-1], bool)
    ground[int(SIZE[1] * 0.75):] = True
    assert hsv_after[..., 2][ground].mean() > hsv_before[..., 2][ground].mean() + 20  # lighter
    assert hsv_after[..., 1][ground].mean() < hsv_before[..., 1][ground].mean() * 0.85  # whiter
    in_sky = sky.mask > 0.9
    assert np.abs(after[in_sky].astype(int) - before[in_sky].astype(int)).mean() < 3


def test_the_seed_moves_what_is_painted_and_the_same_seed_repeats_it() -> None:
    first, _, _, _ = edit("add a boat on the water", "china.jpg", seed=1)
    again, _, _, _ = edit("add a boat on the water", "china.jpg", seed=1)
    other, _, _, _ = edit("add a boat on the water", "china.jpg", seed=2)
    assert np.array_equal(first, again) and not np.array_equal(first, other)
