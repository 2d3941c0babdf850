"""The fifteenth round of everyday photo-edit requests (bench/data/edits_eyes15.jsonl), through the real planner and
draft engine, aimed at classes any photo meets: a weather at a time of day ("a rainy night") is both, not the weather
alone said as done; "a blue sky with fluffy white clouds" has its clouds; a new sky's sun or moon stands in open sky,
never over a tower or behind a head, and thin lines that cross the old sky stay in front of the new one; coined
style verbs ("cartoonify it") are styles; the sharp subject of a close-up can be removed, and a part that carries
its thing's colour ("the petals") recoloured; a hat on a close-up is sized to the face, and a cowboy hat is worn."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.relight import replace_sky
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.sky_spots import clear_spot
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo
from tests.unit.test_photo_requests_sixth import edited


def test_a_weather_at_a_time_of_day_is_both() -> None:
    assert [(e.kind, e.name) for e in read("make it a rainy night").photo_edits] == [("relight", "night+rain")]
    assert [(e.kind, e.name) for e in read("make it a snowy evening").photo_edits] == [
        ("relight", "dusk+snow"), ("add", "lying snow")]
    assert [(e.kind, e.name) for e in read("make it rain").photo_edits] == [("relight", "rain")]
    assert [(e.kind, e.name) for e in read("make it midnight").photo_edits] == [("relight", "night")]


def test_a_rainy_night_is_dark_and_said_as_both() -> None:
    image = photo("china.jpg")
    out, answer = ask("make it a rainy night", image)
    before = fitted(image, out).astype(np.float32)
    rain, _ = ask("make it rain", image)
    assert out.astype(np.float32).mean() < 0.5 * before.mean()  # night, not the daylight of a rainy day
    assert out.astype(np.float32).mean() < 0.7 * rain.astype(np.float32).mean()
    top = out[: out.shape[0] // 4].astype(np.float32).mean(axis=2)
    streaks = top > np.median(top, axis=1, keepdims=True) + 8  # lighter than the rest of their row
    assert streaks.mean() > 0.02  # the rain's streaks cross the dark sky
    assert "in the rain at night" in answer and "Not done" not in answer


def test_fluffy_white_clouds_are_drawn_and_said() -> None:
    assert [(e.kind, e.name) for e in read("give it a blue sky with fluffy white clouds").photo_edits] == [
        ("sky", "fair")]
    assert [(e.kind, e.name) for e in read("make it daytime with a clear blue sky").photo_edits] == [
        ("sky", "clear"), ("relight", "day")]  # a clear sky, not a cloudy one; and the daytime light (18th round)
    assert [(e.kind, e.name) for e in read("make the sky pink with fluffy clouds").photo_edits] == [("sky", "pink")]
    image = photo("camera.jpg")
    out, answer = ask("give it a blue sky with fluffy white clouds", image)
    sky = find_sky(fitted(image, out))
    assert sky is not None
    pixels = out[sky.mask > 0.9].astype(np.int32)
    blue = pixels[:, 2] - pixels[:, 0] > 40
    white = (pixels.min(axis=1) > 200) & (np.ptp(pixels, axis=1) < 30)
    assert blue.mean() > 0.3 and white.mean() > 0.03  # a blue sky, and clouds in it
    assert "a blue sky with white clouds" in answer and "clear" not in answer


def test_the_sun_stands_only_in_open_sky() -> None:
    open_sky = np.zeros((100, 200), np.float32)
    open_sky[:, 120:] = 1  # sky only on the right: a tower fills the left
    spot = clear_spot(open_sky, (0.3, 0.3), 0.05)
    assert spot is not None and spot[0] >= 0.7  # moved off the tower, into the open sky
    assert clear_spot(open_sky, (0.8, 0.5), 0.05) == (0.8, 0.5)  # where it was asked, when that is open
    assert clear_spot(np.zeros((100, 200), np.float32), (0.5, 0.5), 0.05) is None  # no room: no disc


def test_a_towers_lattice_stays_in_front_of_a_new_sky() -> None:
    image = np.asarray(photo("rocket.jpg").resize((1024, 684)))
    sky = find_sky(image)
    assert sky is not None
    out = replace_sky(image, "clear", random.Random(7))
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    thin = np.maximum(cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, kernel), cv2.morphologyEx(gray, cv2.MORPH_TOPHAT,
                                                                                           kernel))
    bars = (thin > 30) & (sky.mask > 0.5)  # the lattice's bars, inside what the sky finder takes for sky
    moved = np.abs(out.astype(np.int32) - image.astype(np.int32)).max(axis=2)
    assert bars.sum() > 300 and (moved[bars] < 40).mean() > 0.8  # kept as they were, not painted over (main: 0%)
    assert (moved[sky.mask > 0.9] > 60).mean() > 0.8  # while the sky itself is new


def test_coined_style_verbs_are_styles() -> None:
    assert [(e.kind, e.name) for e in read("cartoonify it").photo_edits] == [("style", "cartoon")]
    assert [(e.kind, e.name) for e in read("cartoonize this photo").photo_edits] == [("style", "cartoon")]
    assert read("pixelate her face").photo_edits == ()  # hiding a face is no style
    _out, _before, changed, answer = edited("cartoonify it", photo("astronaut.jpg"))
    assert changed.mean() > 0.1 and "as a cartoon" in answer and "Not done" not in answer


def test_the_sharp_subject_of_a_close_up_is_removed() -> None:
    image = photo("flower.jpg")
    out, before, _changed, answer = edited("remove the flower", image)
    height, width = out.shape[:2]
    middle = (slice(height // 5, 3 * height // 4), slice(width // 4, width // 2))  # where the dahlia was
    orange = lambda a: (a[..., 0].astype(np.int32) - a[..., 2] > 80).mean()  # noqa: E731
    assert orange(before[middle]) > 0.5 and orange(out[middle]) < 0.05  # the orange bloom is gone
    assert "taking it to be the flower" in answer and "Not done" not in answer
    assert "Not done: remove the tripod" in ask("remove the tripod", photo("camera.jpg"))[1]  # never the man
    assert "Not done" in ask("remove the flower at the bottom", image)[1]  # the bud there, not the one in focus


def test_the_petals_are_recoloured_as_the_flower() -> None:
    out, before, changed, answer = edited("make the petals white", photo("flower.jpg"))
    height, width = out.shape[:2]
    bloom = (slice(height // 4, height // 2), slice(width // 4, width // 2))
    assert out[bloom].astype(np.float32).min(axis=2).mean() > before[bloom].astype(np.float32).min(axis=2).mean() + 40
    assert changed[:, int(width * 0.75):].mean() < 0.01  # the leaves beside it are not touched
    assert "recoloured white" in answer and "Not done" not in answer


def test_a_hat_on_a_close_up_is_sized_to_the_face() -> None:
    out, _before, changed, answer = edited("put a beanie on the cat", photo("chelsea.jpg"))
    height = out.shape[0]
    assert changed[: height // 3].mean() > 0.25  # the head's top is covered, not edged with a thin band
    assert changed[height // 2:].mean() < 0.01  # the eyes and muzzle are not
    assert "a beanie on the cat" in answer


def test_a_cowboy_hat_is_worn_on_the_head() -> None:
    out, _before, changed, _answer = edited("give her a cowboy hat", photo("astronaut.jpg"))
    rows = np.flatnonzero(changed.mean(axis=1) > 0.05)
    assert rows.size and rows.max() > out.shape[0] * 0.12  # the brim comes down onto the hair, not above it


def test_the_bikes_colour_names_the_bike() -> None:
    assert [e.target for e in read("change the bike's color to white").photo_edits] == ["the bike"]
