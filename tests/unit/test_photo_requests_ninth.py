"""The ninth round of everyday photo-edit requests (bench/data/edits_eyes9.jsonl), each through the real planner and
draft engine, on requests of their own: an intensified colour names no part of the target, a background named by its
colour can still be replaced, an old decade's photo is the film look, and a request to tie or hang a thing that
cannot be drawn is said as not done."""

from __future__ import annotations

import numpy as np
import pytest

from openbanana.engines.draft.photo.things import lone_thing
from openbanana.planner.rules.photo_parts import verb_parts
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import photo
from tests.unit.test_photo_requests_sixth import edited


@pytest.mark.parametrize(("prompt", "name", "target"), [
    ("paint the car vivid green", "green", "the car"),
    ("make her scarf bright red", "red", "her scarf"),
    ("turn the door a rich blue", "blue", "the door"),
])
def test_an_intensified_colour_is_the_colour_and_no_part_of_the_target(prompt: str, name: str, target: str) -> None:
    assert [(e.kind, e.name, e.target) for e in read(prompt).photo_edits] == [("recolor", name, target)]


def test_the_thing_painted_a_bright_colour_is_recoloured() -> None:
    out, before, moved, answer = edited("paint the clock bright red", photo("clock.jpg"))
    clock = lone_thing(before)
    assert clock is not None
    inside = clock.mask > 0.5
    assert moved[inside].mean() > 0.3 and moved[~inside].mean() < 0.05
    red = out[..., 0].astype(int) - out[..., 2].astype(int)
    assert np.median(red[inside & moved]) > 60
    assert "recoloured red" in answer and "Not done" not in answer


@pytest.mark.parametrize(("prompt", "place"), [
    ("replace the white background with a meadow", "park"),
    ("swap the grey background for a beach", "beach"),
])
def test_a_background_named_by_its_colour_is_replaced(prompt: str, place: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("background", place)]


def test_the_replaced_background_is_drawn_round_the_kept_thing() -> None:
    _out, before, moved, answer = edited("change the white background to a beach", photo("clock.jpg"))
    clock = lone_thing(before)
    assert clock is not None
    inside = clock.mask > 0.5
    assert moved[~inside].mean() > 0.8 and moved[inside].mean() < 0.35  # the clock kept, its rim blended
    assert "background" in answer and "Not done" not in answer


@pytest.mark.parametrize("prompt", ["make it look like a grainy 1920s photo", "like a photo from the forties",
                                    "give it a 30s film look"])
def test_an_old_decade_is_the_film_look(prompt: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("style", "vintage_film")]


@pytest.mark.parametrize(("prompt", "undone"), [
    ("tie a rope around the post", "tie a rope around the post"),
    ("hang curtains on the window", "hang curtains on the window"),
    ("wrap tinsel round the railing", "wrap tinsel round the railing"),
])
def test_tying_hanging_or_wrapping_what_cannot_be_drawn_is_said_as_not_done(prompt: str, undone: str) -> None:
    assert undone in read(prompt).unsupported


@pytest.mark.parametrize(("prompt", "undone", "done"), [
    ("brighten it and wrap tinsel round the railing", "wrap tinsel round the railing", "brighter light"),
    ("wrap tinsel round the railing and brighten it", "wrap tinsel round the railing", "brighter light"),
    ("make it warmer and hang a wreath on the door", "hang a wreath on the door", "warmer tone"),
])
def test_a_part_joined_by_and_that_cannot_be_drawn_is_said_as_not_done(prompt: str, undone: str, done: str) -> None:
    """One part of a two-part request done must not hide the other: the answer names the part not done."""
    _out, _before, _moved, answer = edited(prompt, photo("clock.jpg"))
    assert done in answer and f"Not done: {undone}" in answer


@pytest.mark.parametrize(("prompt", "undone"), [
    ("increase the contrast and light the candles", "light the candles"),
    ("warm it up and open the curtains", "open the curtains"),
    ("make it a watercolor and fold the napkin", "fold the napkin"),
    ("darken the sky and switch on the street lamps", "switch on the street lamps"),
])
def test_any_verb_after_and_starts_a_part_said_if_not_done(prompt: str, undone: str) -> None:
    _out, _before, _moved, answer = edited(prompt, photo("clock.jpg"))
    assert f"Not done: {undone}" in answer


@pytest.mark.parametrize(("prompt", "parts"), [
    ("make it black and white", ["make it black and white"]),
    ("add salt and pepper to the soup", ["add salt and pepper to the soup"]),
    ("brighten it and keep the colours", ["brighten it and keep the colours"]),
    ("warm it up and open the curtains", ["warm it up", "open the curtains"]),
])
def test_and_cuts_a_request_only_before_a_verb(prompt: str, parts: list[str]) -> None:
    assert verb_parts(prompt) == parts
