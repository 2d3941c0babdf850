"""The fourteenth round of everyday photo-edit requests (bench/data/edits_eyes14.jsonl), through the real planner and
draft engine, aimed at how people word the edits asked most: a thing removed "from the wall" or taken "out of the
picture" is the thing, not where it is; "the coffee cup" is no colour (its removal had wiped the whole table);
"make it evening", "paint it in oils" and "expand it to 4:3" are the dusk light, a style and a new frame; a thing
standing up into a wide sky is removed and filled with that sky; a seagull is one gull in the sky, not a cartoon;
a wizard's or witch's hat is a pointed hat, not a top hat; a thunderstorm brings its lightning; and a thing put "on
the gravel" in a photo that is all gravel is said as put on it."""

from __future__ import annotations

import numpy as np

from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo
from tests.unit.test_photo_requests_sixth import edited


def test_where_a_thing_is_taken_from_is_not_the_thing() -> None:
    assert [(e.kind, e.target) for e in read("erase the clock from the wall").photo_edits] == [("remove", "the clock")]
    assert [(e.kind, e.target) for e in read("take the rocket out of the picture").photo_edits] == [
        ("remove", "the rocket")]
    assert [(e.kind, e.name) for e in read("remove the clouds from the sky").photo_edits] == [("sky", "clear")]


def test_everyday_words_for_light_style_and_frame() -> None:
    assert [(e.kind, e.name) for e in read("make it evening").photo_edits] == [("relight", "dusk")]
    assert [(e.kind, e.name) for e in read("paint it in oils").photo_edits] == [("style", "oil_painting")]
    assert [(e.kind, e.name) for e in read("turn it into watercolours").photo_edits] == [("style", "watercolor")]
    assert [e.kind for e in read("expand it to 4:3").photo_edits] == ["outpaint"]
    assert read("expand the sky").photo_edits == ()  # no frame named: not an outpaint


def test_a_colour_that_names_what_a_thing_holds_is_not_its_colour() -> None:
    assert [e.target_color for e in read("get rid of the coffee cup").photo_edits] == [None]
    assert [e.target_color for e in read("remove the rose bush").photo_edits] == [None]
    assert read("make the orange cup blue").photo_edits[0].target_color is not None  # an orange cup is orange


def test_removing_the_coffee_cup_never_wipes_the_table() -> None:
    image = photo("coffee.jpg")  # the cup and saucer fill the frame: nothing here can take them out believably
    out, answer = ask("get rid of the coffee cup", image)
    assert np.array_equal(out, fitted(image, out))
    assert "Not done: get rid of the coffee cup" in answer and "removed" not in answer.split("Not done")[0]


def test_the_clock_is_erased_from_the_wall() -> None:
    image = photo("clock.jpg")
    out, answer = ask("erase the clock from the wall", image)
    height, width = out.shape[:2]
    middle = out[height // 4: 3 * height // 4, width // 4: 3 * width // 4].astype(np.float32)
    before = fitted(image, out)[height // 4: 3 * height // 4, width // 4: 3 * width // 4].astype(np.float32)
    assert middle.max() < before.max() - 40  # the bright clock face is gone
    assert "taking it to be the clock" in answer and "Not done" not in answer


def test_the_thing_rising_into_the_sky_is_removed_and_said_as_taken_for_the_rocket() -> None:
    image = photo("rocket.jpg")
    out, before, changed, answer = edited("take the rocket out of the picture", image)
    height, width = out.shape[:2]
    column = (slice(height // 3, 2 * height // 3), slice(int(width * 0.46), int(width * 0.54)))
    white = (before[column].min(axis=2) > 150).mean()
    assert white > 0.02 and (out[column].min(axis=2) > 150).mean() < 0.1 * white  # the white rocket is now dark sky
    assert changed[:, : width // 3].mean() < 0.002 and changed[:, 2 * width // 3:].mean() < 0.002  # towers kept
    assert "taking it to be the rocket" in answer and "Not done" not in answer
    _out, plural = ask("remove the towers", image)
    assert "Not done: remove the towers" in plural  # never the rocket taken for them


def test_a_seagull_is_one_gull_in_the_sky() -> None:
    out, _before, changed, answer = edited("add a seagull flying over the lake", photo("china.jpg"))
    height = out.shape[0]
    assert 0 < changed.mean() < 0.005  # one small bird, not a cartoon the size of the tower's roof
    assert changed[: int(height * 0.4)].sum() == changed.sum()  # in the sky
    assert "a gull added" in answer and "Not done" not in answer


def test_a_wizard_hat_is_a_pointed_hat_not_a_top_hat() -> None:
    assert [e.name for e in read("put a wizard hat on the horse").photo_edits] == ["wizard_hat"]
    assert [e.name for e in read("put a witch's hat on her").photo_edits] == ["witch_hat"]
    out, _before, changed, answer = edited("give her a wizard hat", photo("astronaut.jpg"))
    pixels = out.astype(np.int16)
    blue = (pixels[..., 2] - pixels[..., 0] > 50) & changed
    ys, _xs = np.nonzero(blue)
    assert blue.mean() > 0.01 and ys.mean() < 0.3 * out.shape[0]  # a deep blue hat on her head
    gold = (pixels[..., 0] > 200) & (pixels[..., 2] < 120) & changed
    assert gold.sum() > 20  # its stars
    assert "wizard hat on her" in answer and "Not done" not in answer


def test_a_thunderstorm_brings_its_lightning() -> None:
    assert [(e.kind, e.name) for e in read("make it look like a thunderstorm").photo_edits] == [
        ("relight", "storm"), ("add", "lightning")]
    out, answer = ask("make it look like a thunderstorm", photo("rocket.jpg"))
    assert "lightning" in answer and "Not done" not in answer
    assert (out.min(axis=2) > 235).mean() > 0.001  # the bolt's white core


def test_a_thing_put_on_a_surface_that_fills_the_photo_is_said_as_put_on_it() -> None:
    out, answer = ask("put the coffee cup from the second photo on the gravel", photo("gravel.jpg"),
                      photo("coffee.jpg"))
    assert "The gravel fills the whole photo" in answer and "could not tell" not in answer
    assert (np.abs(out[..., 0].astype(np.int16) - out[..., 2]) > 40).mean() > 0.01  # the red cup on grey stones
