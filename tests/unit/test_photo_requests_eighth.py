"""The eighth round of everyday photo-edit requests (bench/data/edits_eyes8.jsonl), each through the real planner and
draft engine, on requests of their own: the pixels show the edit was made where it was asked, and the answer says
what was done, what stood in, and which part of a request could not be done."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.things import lone_thing
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import fitted, photo
from tests.unit.test_photo_requests_seventh import drawn_in_sky
from tests.unit.test_photo_requests_sixth import edited


@pytest.mark.parametrize(("prompt", "undone"), [
    ("make it night and light up the lighthouse", "light up the lighthouse"),
    ("brighten it, then make the sofa look like velvet", "make the sofa look like velvet"),
    ("add a gazebo next to the fence", "add a gazebo next to the fence"),
])
def test_a_part_of_a_request_that_nothing_reads_is_said_as_not_done(prompt: str, undone: str) -> None:
    assert undone in read(prompt).unsupported


@pytest.mark.parametrize("prompt", ["add 'Hello June' at the top", "put a 'SOLD' sticker in the corner",
                                    "make it warmer and brighter"])
def test_words_and_looks_are_not_said_as_undone(prompt: str) -> None:
    assert read(prompt).unsupported == ()


@pytest.mark.parametrize(("prompt", "kind", "name", "target"), [
    ("blur everything except the dog", "background", "blur", "the background"),
    ("blur everything but her", "background", "blur", "the background"),
    ("make the lawn look dry and brown", "recolor", "brown", "the lawn"),
    ("make the door look red", "recolor", "red", "the door"),
])
def test_a_request_said_another_way_is_read_as_the_edit(prompt: str, kind: str, name: str, target: str) -> None:
    assert [(e.kind, e.name, e.target) for e in read(prompt).photo_edits] == [(kind, name, target)]


def test_words_across_the_sky_go_on_the_open_sky_even_when_it_spans_the_frame() -> None:
    moved, answer, on_sky = drawn_in_sky("write 'Liftoff at six' across the sky", "rocket.jpg", 60)
    assert moved.mean() > 0.005
    assert on_sky > 0.8  # between the towers, not at the bottom over the pad
    assert 'with the words "Liftoff at six"' in answer


def test_a_thing_under_a_thing_sits_below_it() -> None:
    _out, before, moved, answer = edited("put a small dog sitting under the clock", photo("clock.jpg"))
    clock = lone_thing(before)
    assert clock is not None
    clock_rows = np.nonzero(clock.mask.max(axis=1) > 0.5)[0]
    clock_cols = np.nonzero(clock.mask.max(axis=0) > 0.5)[0]
    ys, xs = np.nonzero(moved)
    assert len(ys) > 0.003 * moved.size
    assert np.median(ys) > clock_rows[-1] and clock_cols[0] < np.median(xs) < clock_cols[-1]
    assert "dog" in answer and "under" in answer


def ball_on_a_wall() -> Image.Image:
    """A pale ball on a dark, grainy wall, off to the upper right."""
    image = Image.new("RGB", (480, 360), (70, 72, 76))
    ImageDraw.Draw(image).ellipse((300, 80, 370, 150), fill=(235, 235, 230))
    grain = np.random.default_rng(3).normal(0, 5, (360, 480, 3))
    return Image.fromarray(np.clip(np.asarray(image, np.float32) + grain, 0, 255).astype(np.uint8))


def test_an_arrow_points_at_the_thing_from_the_open_side() -> None:
    out, _before, moved, answer = edited("draw a red arrow pointing to the ball", ball_on_a_wall())
    height, width = out.shape[:2]
    red = (out[..., 0] > 150) & (out[..., 1] < 90) & moved
    ys, xs = np.nonzero(red)
    assert len(xs) > 0.002 * red.size
    cx, cy, radius = 335 / 480 * width, 115 / 360 * height, 35 / 360 * height
    reach = np.hypot(xs - cx, ys - cy)
    assert reach.min() < radius * 2.2  # its head at the ball
    assert reach.min() > radius * 0.9  # and not over it
    assert np.median(xs) < cx and np.median(ys) > cy  # the shaft runs off toward the open middle of the photo
    assert "arrow" in answer and "Not done" not in answer


def test_lightning_is_a_bright_bolt_in_the_storms_sky() -> None:
    image = photo("rocket.jpg")
    out, answer = edited("add some lightning to the sky", image)[::3]
    sky = find_sky(fitted(image, out))
    assert sky is not None
    bright = out.min(axis=2) > 215
    assert bright[sky.mask > 0.5].mean() > 0.001  # the bolt's white core, over the sky
    assert "stormy light" in answer and "lightning added" in answer


def test_a_new_sky_is_mirrored_in_the_lake_below_it() -> None:
    image = photo("china.jpg")
    out, before, _moved, answer = edited("give it a purple sky", image)
    sky = find_sky(before)
    water = find_water(before, sky)
    assert sky is not None and water is not None
    inside = water.mask > 0.5
    sky_colour = out[sky.mask > 0.5].mean(axis=0)
    was, now = before[inside].mean(axis=0), out[inside].mean(axis=0)
    assert np.abs(now - sky_colour).sum() < np.abs(was - sky_colour).sum() - 20  # nearer the new sky's colour
    assert "purple" in answer and "sky in place of the old one" in answer


def test_a_thought_bubble_holds_the_thing_beside_the_head_and_off_the_face() -> None:
    image = photo("astronaut.jpg")
    out, _before, moved, answer = edited("give her a thought bubble with an apple in it", image)
    ys, xs = np.nonzero(moved)
    height = out.shape[0]
    assert len(xs) > 0.02 * moved.size and np.median(ys) < 0.35 * height  # up by her head
    white = (out.min(axis=2) > 235) & moved
    assert white.sum() > 0.01 * moved.size  # the bubble's white cloud
    _, answer_without = edited("add an apple", image)[::3]
    assert "thought bubble of apple added" in answer and answer != answer_without


def test_an_instant_photo_is_the_film_look_in_a_card_wider_at_the_bottom() -> None:
    out, answer = edited("make it look like a polaroid", photo("flower.jpg"))[::3]
    height, width = out.shape[:2]
    grey = out.mean(axis=2)
    foot = grey[int(0.91 * height):, int(0.1 * width):int(0.9 * width)]  # a wide foot of plain card
    side = grey[int(0.3 * height):int(0.7 * height), :int(0.012 * width)]  # a narrow one at the sides
    leaves = grey[int(0.1 * height):int(0.3 * height), int(0.05 * width):int(0.2 * width)]
    assert foot.std() < 15 and side.std() < 15
    assert foot.mean() > leaves.mean() + 40 and side.mean() > leaves.mean() + 40  # light, round the dark leaves
    assert "vintage film photo" in answer and "polaroid border" in answer
