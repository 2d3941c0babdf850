"""The eighteenth round of everyday photo-edit requests (bench/data/edits_eyes18.jsonl), through the real planner
and draft engine, aimed at classes a new user meets on any photo: dressing someone in a thing ("dress the cat in a
little red bow tie") puts it on them, and a size asked for it is said as not followed; a time of day asked with a sky
("make it daytime with a blue sky") relights the land as well as swapping the sky, under one sun, and a night photo
made daytime is lifted to a day's exposure; a drawn sun glows instead of standing as a flat pale disc that reads as
a moon; a thing made gold shines like metal; anime is said as drawn as a cartoon, and a garden as a park. (Anime
asked as a style was blocked as sexual content: tests/unit/test_safety_edit_requests.py.)"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.metal import RAMPS, metallic
from openbanana.engines.draft.photo.skies import draw_sky
from openbanana.engines.draft.photo.sky_spots import DISC_SIZES
from openbanana.engines.draft.photo.target_words import head_noun
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo


def test_dressing_someone_in_a_thing_puts_it_on_them() -> None:
    assert [(e.kind, e.name, e.target) for e in read("dress the cat in a little red bow tie").photo_edits] == [
        ("accessory", "bow_tie", "the cat")]
    assert [(e.kind, e.name) for e in read("dress him up in a scarf").photo_edits] == [("accessory", "scarf")]
    assert not read("dress her up as a witch").photo_edits  # a costume, not a thing put on: not rewritten
    image = photo("chelsea.jpg")
    out, answer = ask("dress the cat in a little red bow tie", image)
    before = fitted(image, out).astype(np.int32)
    changed = np.abs(out.astype(np.int32) - before).max(axis=2) > 60
    h = out.shape[0]
    assert changed.mean() > 0.01 and changed[: h // 2].mean() < 0.01  # drawn under the face, not over the eyes
    red = (out[..., 0].astype(np.int32) - out[..., 1] > 120) & changed
    assert red.sum() > 0.5 * changed.sum()  # the red asked for
    assert "bow tie on the cat" in answer and "Not done" not in answer  # main: "Not done", the photo unchanged
    assert '"little" was not followed' in answer  # drawn at the face's size, and said so
    assert not read("put a party hat on the little dog").shortfalls  # the wearer's size: nothing to say


def _suns(out: np.ndarray) -> int:
    """The white-hot discs in the upper part of a picture, each at least half a sun's size (the lamps below the
    horizon and their glints are left out)."""
    upper = out[: out.shape[0] * 3 // 5]
    hot = (upper.min(axis=2) > 235).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(hot)
    radius = DISC_SIZES["sun"] * min(out.shape[:2])
    return sum(1 for area in stats[1:, cv2.CC_STAT_AREA] if area > 0.5 * np.pi * radius**2)


def test_a_light_asked_with_a_sky_relights_the_land_under_one_sun() -> None:
    assert [(e.kind, e.name) for e in read("make it daytime with a blue sky").photo_edits] == [
        ("sky", "clear"), ("relight", "day")]  # main: the sky alone, "daytime" dropped without a word
    assert [(e.kind, e.name) for e in read("make it night with a starry sky").photo_edits] == [
        ("sky", "night"), ("relight", "night")]
    assert [(e.kind, e.name) for e in read("make the sky blue").photo_edits] == [("sky", "clear")]  # no light named
    assert [(e.kind, e.name) for e in read("make it look nice with a blue sky").photo_edits] == [("sky", "clear")]
    image = photo("rocket.jpg")  # a launch pad at dusk
    out, answer = ask("make it daytime with a blue sky", image)
    before = fitted(image, out).astype(np.float32)
    h = out.shape[0]
    land = (slice(h * 7 // 8, h), slice(None))
    assert out[land].mean() > before[land].mean() + 25  # the land in daylight, not left at dusk
    sky = out[: h // 3].astype(np.float32)
    assert (sky[..., 2] - sky[..., 0]).mean() > 60  # a blue sky
    assert "in daylight" in answer and "clear blue sky" in answer
    out, _ = ask("make it daytime and give it a blue sky", image)
    assert _suns(out) == 1  # main: the relight drew a second sun beside the swapped sky's


def test_a_drawn_sun_glows() -> None:
    width, height = 800, 500
    sky, (sx, sy) = draw_sky("clear", width, height, np.full(width, 0.7, np.float32), random.Random(4))
    radius = DISC_SIZES["sun"] * height
    cx, cy = round(sx * width), round(sy * height)
    luma = sky.mean(axis=2)
    assert luma[cy, cx] > 250  # a white-hot core
    near = luma[cy, min(width - 1, round(cx + 1.4 * radius))]
    far = luma[cy, min(width - 1, round(cx + 3.5 * radius))]
    assert near > far + 20  # a bloom round it (main: a flat disc, the sky beside it as blue as anywhere)


def test_anime_is_said_as_drawn_as_a_cartoon() -> None:
    image = photo("camera.jpg")
    out, answer = ask("anime style", image)
    before = fitted(image, out).astype(np.int32)
    assert np.abs(out.astype(np.int32) - before).mean() > 5  # the cartoon look, drawn
    assert "as a cartoon" in answer
    assert "Anime is drawn as a cartoon" in answer  # main: "as a cartoon" alone, anime dropped without a word
    assert not read("make it look like a comic book").shortfalls  # a cartoon asked as one: nothing to say


def test_a_thing_made_gold_shines_like_metal() -> None:
    ramp = np.linspace(0, 255, 200, dtype=np.float32)
    shaded = np.repeat(np.tile(ramp, (60, 1))[..., None], 3, axis=2).astype(np.uint8)  # a grey thing, dark to light
    gold = metallic(shaded, np.ones((60, 200), np.float32), RAMPS["gold"]).astype(np.int32)
    assert gold[30, -1].min() > 200 and gold[30, 0].max() < 90  # a pale highlight and a deep reflection
    middle = gold[30, 100]
    assert middle[0] > middle[1] > middle[2] + 80  # gold in between
    flat = np.zeros((60, 200, 3), np.uint8)  # a black silhouette: the metal's middle, no speckled rim
    assert np.ptp(metallic(flat, np.ones((60, 200), np.float32), RAMPS["gold"]).reshape(-1, 3), axis=0).max() == 0
    image = photo("coffee.jpg")
    out, answer = ask("make the cup gold", image)
    before = fitted(image, out).astype(np.int32)
    changed = np.abs(out.astype(np.int32) - before).max(axis=2) > 40
    pixels = out[changed].astype(np.int32)
    assert changed.mean() > 0.1
    yellow = (pixels[:, 0] > pixels[:, 2] + 60) & (pixels[:, 1] > pixels[:, 2] + 40)
    assert yellow.mean() > 0.7  # gold, where the red cup was
    assert (pixels.min(axis=1) > 190).mean() > 0.015  # with pale highlights, as polished metal has (main: none)
    assert "the cup recoloured gold" in answer


def test_a_place_drawn_as_another_is_said() -> None:
    assert read("put the cat in a garden").shortfalls == (
        "A garden is drawn as the nearest place I can draw, a park, not as a garden itself.",)
    assert read("put him in the office").shortfalls[0].startswith("An office is drawn as the nearest place")
    assert not read("put him on a beach").shortfalls and not read("put the horse in a park").shortfalls
    assert not read("make the background the ocean").shortfalls  # the sea is drawn: a plain synonym
    _, answer = ask("put the cat in a garden", photo("chelsea.jpg"))
    assert "a new park background" in answer  # main: said as a park, the garden dropped without a word
    assert "A garden is drawn as the nearest place I can draw, a park" in answer


def test_things_on_both_sides_are_named_as_those_things() -> None:
    assert head_noun("the towers on both sides") == "towers" and head_noun("the trees on either side") == "trees"
    _, answer = ask("remove the towers on both sides", photo("rocket.jpg"))
    assert "I can't pick out towers" in answer  # main: "I can't pick out sides", the place taken for the thing
    assert "nothing was removed" in answer
