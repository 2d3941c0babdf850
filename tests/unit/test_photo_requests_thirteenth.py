"""The thirteenth round of everyday photo-edit requests (bench/data/edits_eyes13.jsonl), through the real planner and
draft engine, aimed at the kinds asked most: removing the one subject on a plain backdrop (a silhouette whose thin
legs no blob finder takes for one thing) fills it with the backdrop and says it was taken for the thing named; a
knitted beanie is drawn on the head in the colour named; "sketch it …" and "draw it" name a style by their verb;
"turn day into night" is the night light, no longer also said as not done; "a tall 2:3 poster" is a new frame; and
the main subject standing in for a thing is never the open sky its outline took in, so a recolour leaves no blotch
in the sky."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo
from tests.unit.test_photo_requests_sixth import edited


def test_the_one_subject_on_a_plain_backdrop_is_removed_and_said_as_taken_for_the_thing() -> None:
    out, answer = ask("get rid of the horse", photo("horse.jpg"))  # a black silhouette on white
    assert (out.min(axis=2) < 128).mean() < 0.002  # no horse left, not even its legs or tail
    assert out.mean() > 245
    assert "Not done" not in answer and "the one subject on the plain backdrop" in answer and "the horse" in answer


def test_what_is_never_the_subject_is_not_removed_as_it() -> None:
    image = photo("horse.jpg")
    out, answer = ask("remove the shadow", image)
    assert (out.min(axis=2) < 128).mean() > 0.2  # the horse is still there
    assert "Not done: remove the shadow" in answer
    assert np.array_equal(out, fitted(image, out))


def test_a_beanie_is_knitted_on_the_head_in_the_colour_named() -> None:
    image = photo("camera.jpg")  # a grey photo: every red pixel is the hat's
    out, answer = ask("give him a red beanie", image)
    pixels = out.astype(np.int16)
    red = (pixels[..., 0] - pixels[..., 1] > 60) & (pixels[..., 0] - pixels[..., 2] > 60)
    ys, xs = np.nonzero(red)
    assert red.mean() > 0.005  # a hat, not a speck
    height, width = out.shape[:2]
    assert ys.mean() < 0.35 * height and 0.3 * width < xs.mean() < 0.55 * width  # on his head, above his eyes
    assert "beanie on him" in answer and "Not done" not in answer
    shade = out[red].astype(np.float32)[:, 0]
    assert shade.std() > 12  # knitted and shaded, not one flat fill


def test_a_sketch_asked_with_the_verb_is_the_sketch_style() -> None:
    assert [(e.kind, e.name) for e in read("sketch it in ink").photo_edits] == [("style", "pencil_sketch")]
    assert [(e.kind, e.name) for e in read("draw this as a pen drawing").photo_edits] == [("style", "pencil_sketch")]
    assert [e.kind for e in read("draw a heart in the corner").photo_edits] != ["style"]
    out, before, _changed, answer = edited("sketch it in ink", photo("flower.jpg"))
    assert "pencil sketch" in answer and "Not done" not in answer
    spread = out.max(axis=2).astype(np.int16) - out.min(axis=2)
    assert spread.mean() < 0.5 * (before.max(axis=2).astype(np.int16) - before.min(axis=2)).mean()  # lines on paper


def test_day_turned_into_night_is_the_night_light_and_is_not_said_as_not_done() -> None:
    image = photo("rocket.jpg")
    out, answer = ask("turn day into night", image)
    assert out.mean() < 0.8 * fitted(image, out).mean()
    assert "Not done" not in answer and "night" in answer


def test_an_adjective_before_the_ratio_is_still_a_new_frame() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("make it a tall 2:3 poster", image, ratio="2:3")
    assert out.shape[0] > out.shape[1]
    assert "extended to the new frame" in answer and "Not done" not in answer


def test_a_recolour_standing_in_for_a_thing_leaves_the_sky_alone() -> None:
    image = photo("china.jpg")  # the tower's outline as cut takes in haze and sky to its right
    out, before, changed, answer = edited("make the pagoda gold", image, level=30)
    height, width = out.shape[:2]
    sky = (slice(0, height // 3), slice(width // 2, width))
    assert changed[sky].mean() < 0.01  # no blotch of gold in the sky
    assert changed.mean() > 0.03  # the tower's roofs are
    assert "taking it to be the pagoda" in answer
    assert Image.fromarray(out).size == Image.fromarray(before).size


def test_heavy_rain_is_a_downpour_not_the_light_rain() -> None:
    image = photo("camera.jpg")

    def streaks(prompt: str) -> tuple[float, str]:
        out, answer = ask(prompt, image)
        gray = out.astype(np.float32).mean(axis=2)
        detail = gray - np.asarray(Image.fromarray(gray.astype(np.uint8)).resize((64, 64)).resize(
            (out.shape[1], out.shape[0]), Image.Resampling.BILINEAR), np.float32)
        return float((detail > 25).mean()), answer

    light, light_answer = streaks("make it rain")
    heavy, heavy_answer = streaks("add heavy rain")
    assert heavy > 1.5 * light  # many more bright streaks
    assert "in heavy rain" in heavy_answer and "in the rain" in light_answer
    assert "Not done" not in heavy_answer


def test_a_drink_drawn_without_its_glass_is_named_as_what_is_drawn() -> None:
    """"A glass of orange juice" has no picture of its own; the juice's (a carton) is drawn, so the answer names the
    orange juice and never a glass it does not show. A slice of cake is the cake and keeps its name."""
    edit = read("add a glass of orange juice next to the coffee").photo_edits[0]
    assert (edit.kind, edit.name) == ("add", "orange juice")
    assert read("add a slice of chocolate cake beside the cup").photo_edits[0].name == "slice of chocolate cake"
    _out, _before, changed, answer = edited("add a glass of orange juice next to the coffee", photo("coffee.jpg"))
    assert changed.mean() > 0.005  # something was laid in
    assert "glass" not in answer and "orange juice added" in answer


def test_a_recoloured_suit_keeps_the_colours_of_the_patch_on_it() -> None:
    """The orange suit turns green; the purple mission patch sewn on it stays purple (before, it was turned round
    the colour wheel with the suit, to a muddy red)."""
    out, before, _changed, answer = edited("make her suit green", photo("astronaut.jpg"))
    hue_before = cv2.cvtColor(before, cv2.COLOR_RGB2HSV)
    hue_after = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)[..., 0].astype(np.int16)
    height = out.shape[0]
    lower = np.zeros(out.shape[:2], bool)
    lower[height // 2:] = True
    patch = lower & (hue_before[..., 0] > 120) & (hue_before[..., 0] < 160) & (hue_before[..., 1] > 80)
    suit = lower & (hue_before[..., 0] < 20) & (hue_before[..., 1] > 150) & (hue_before[..., 2] > 120)
    assert patch.sum() > 500 and suit.sum() > 5000
    assert np.mean(np.abs(hue_after[patch] - hue_before[..., 0][patch].astype(np.int16)) < 15) > 0.8
    assert np.mean((hue_after[suit] > 35) & (hue_after[suit] < 85)) > 0.8  # the suit itself is green
    assert "suit recoloured green" in answer
