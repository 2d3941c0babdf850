"""The eleventh round of everyday photo-edit requests (bench/data/edits_eyes11.jsonl), each through the real planner
and draft engine, on requests of their own: a sticker drawn for a thing a glass is filled with, a table covered with
or a cake decorated with says that the glass, the table or the cake was not changed; strewing ("and scatter petals")
starts a request of its own and adds the things near the place named; a thing and the background (or the sky) each
take their own colour; sepia asked beside film grain is made, and a grainy look is film grain; a thing put next to
a cat whose face fills the photo stays off its eyes and mouth; a colour asked with a pattern is made, the pattern
said as not done; a chalk drawing is the photo's outlines in chalk on a dark board; an accessory for an animal is
never put on a person's face."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from openbanana.engines.draft.photo.faces import find_cat_faces
from openbanana.engines.draft.photo.placing import cat_features
from openbanana.planner.rules.photo_reading import split_clauses
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, left_alone, photo, recoloured_cup
from tests.unit.test_photo_requests_sixth import edited


@pytest.mark.parametrize(("prompt", "admitted"), [
    ("sharpen it and fill the glass with wine", "the glass itself is not filled"),
    ("fill the bowl with fruit", "the bowl itself is not filled"),
])  # (covered or decorated with countable things, they are strewn: test_photo_requests_twelfth.py)
def test_a_sticker_standing_in_for_a_change_to_a_thing_says_the_thing_was_not_changed(prompt: str,
                                                                                      admitted: str) -> None:
    """The sticker is drawn (the photo changed), and the answer says it only stands in."""
    _out, _before, moved, answer = edited(prompt, photo("coffee.jpg"))
    assert moved.mean() > 0.002
    assert admitted in answer and "stand" in answer.split(admitted)[0].rsplit(".", 1)[-1]


def test_decorating_the_photo_itself_is_what_a_sticker_does() -> None:
    _out, _before, moved, answer = edited("decorate the photo with little hearts", photo("flower.jpg"))
    assert moved.mean() > 0.002
    assert "hearts sticker" in answer and "stands in" not in answer and "Not done" not in answer


def test_strewing_after_and_is_a_request_of_its_own() -> None:
    assert split_clauses("sharpen it and scatter petals around the cup") == ["sharpen it",
                                                                             "scatter petals around the cup"]
    assert split_clauses("add salt and pepper") == ["add salt and pepper"]


@pytest.mark.parametrize(("prompt", "name", "destination"), [
    ("scatter petals around the cup", "petals", "next to the cup"),
    ("scatter autumn leaves on the floor", "autumn leaves", "on the floor"),
    ("sprinkle some rose petals on the table", "petals", "on the table"),  # drawn rose-pink
])
def test_strewn_things_are_added_near_the_place_named(prompt: str, name: str, destination: str) -> None:
    edits = read(prompt).photo_edits
    assert [(e.kind, e.name, e.destination) for e in edits] == [("add", name, destination)]


def test_petals_scattered_round_the_cup_are_drawn_beside_it_and_said() -> None:
    out, before, moved, answer = edited("sharpen it and scatter petals around the cup", photo("coffee.jpg"))
    assert moved.mean() > 0.002
    assert not np.array_equal(out, before)
    assert "petals added next to the cup" in answer and "sharper detail" in answer
    assert "Not done" not in answer and "the petals stand beside" in answer and "I drew one" not in answer


def test_strewn_shells_are_several_small_ones_spread_over_the_gravel() -> None:
    image = photo("gravel.jpg")
    _out, _before, moved, answer = edited("scatter some seashells on the gravel", image)
    _count, _labels, stats, _centres = cv2.connectedComponentsWithStats(
        cv2.morphologyEx(moved.astype(np.uint8), cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)))
    shells = stats[1:][stats[1:, cv2.CC_STAT_AREA] > 0.002 * moved.size]
    assert len(shells) >= 3  # several, not one pictogram (touching copies may merge)
    assert shells[:, cv2.CC_STAT_LEFT].max() - shells[:, cv2.CC_STAT_LEFT].min() > 0.15 * moved.shape[1]
    assert "seashells added on the gravel" in answer and "I drew one" not in answer


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("make the horse black and the background light green",
     [("recolor", "the horse", "black"), ("background", "the background", "light green")]),
    ("make the sky pink and the grass green", [("sky", "the sky", "pink"), ("recolor", "the grass", "green")]),
])
def test_a_thing_and_the_background_or_the_sky_each_take_their_own_colour(prompt: str,
                                                                         wanted: list[tuple[str, str, str]]) -> None:
    assert [(e.kind, e.target, e.name) for e in read(prompt).photo_edits] == wanted


def test_the_plain_white_background_turns_the_light_green_asked_for_and_is_said_so() -> None:
    image = photo("horse.jpg")
    out, before, _moved, answer = edited("make the horse black and the background light green", image)
    white = before.min(axis=2) > 240
    green = out[white].astype(int)
    assert np.median(green[:, 1] - green[:, 0]) > 40 and np.median(green[:, 1] - green[:, 2]) > 40
    assert float(np.median(out[before.max(axis=2) < 30])) < 40  # the black horse stays black
    assert "a plain light green background" in answer and "Not done" not in answer


def test_sepia_asked_beside_film_grain_is_made_and_said() -> None:
    image = photo("camera.jpg")
    out, _before, _moved, answer = edited("make it sepia and add film grain", image)
    red, blue = out[..., 0].astype(int), out[..., 2].astype(int)
    assert np.median(red - blue) > 20  # toned brown, not left grey
    assert "a sepia tone" in answer and "vintage film" in answer and "film added" not in answer


def test_a_grainy_look_is_fine_noise_over_the_whole_photo() -> None:
    image = photo("coffee.jpg")
    out, before, _moved, answer = edited("make it grainy", image)
    noise = out.astype(int) - before.astype(int)
    assert 6 < float(noise.std()) < 25 and abs(float(noise.mean())) < 3
    assert "film grain" in answer


def test_a_thing_put_next_to_a_cat_that_fills_the_photo_stays_off_its_eyes_and_mouth() -> None:
    cat, cup = photo("chelsea.jpg"), photo("coffee.jpg")
    out, answer = ask("put the cup from the second photo next to the cat", cat, cup)
    before = fitted(cat, out)
    faces = find_cat_faces(before)
    assert faces
    height, width = out.shape[:2]
    x0, y0, x1, y1 = cat_features(faces[0].box, width, height)
    middle = (slice(round(y0 * height), round(y1 * height)), slice(round(x0 * width), round(x1 * width)))
    moved = np.abs(out.astype(int) - before.astype(int)).max(axis=2) > 40
    assert moved.mean() > 0.02  # the cup is in
    assert moved[middle].mean() < 0.02  # and not over the cat's eyes, nose or mouth
    assert "the cup placed next to the cat" in answer and "had room" in answer


def test_a_colour_with_a_pattern_is_the_colour_and_the_pattern_said_as_not_done() -> None:
    hues, answer = recoloured_cup("make the cup pink with white polka dots")
    assert ((hues > 140) & (hues < 172)).mean() > 0.6  # the red cup and saucer are pink
    assert "the cup recoloured pink" in answer
    assert "Not done: white polka dots on the cup" in answer


def test_a_chalk_drawing_is_white_lines_on_a_dark_board() -> None:
    out, before, _moved, answer = edited("make it look like a chalk drawing", photo("coffee.jpg"))
    gray = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    assert np.median(gray) < 90  # mostly bare board
    assert (gray > 180).mean() > 0.01  # chalk lines
    saturation = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)[..., 1]
    assert np.median(saturation) < 50  # grey-green slate and white chalk, not the red cup
    edges = cv2.Canny(cv2.cvtColor(before, cv2.COLOR_RGB2GRAY), 80, 160) > 0
    assert gray[cv2.dilate(edges.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0].mean() > gray.mean() + 15
    assert "as a chalk drawing on a blackboard" in answer and "Not done" not in answer


@pytest.mark.parametrize("prompt", ["put a hat on the dog", "give the horse a flower crown"])
def test_an_accessory_for_an_animal_never_goes_on_a_persons_face(prompt: str) -> None:
    """Only people's and cats' faces can be found: a dog's hat in a portrait is not put on the woman."""
    answer = left_alone(prompt, "astronaut.jpg")
    assert "people's and cats' faces" in answer and "on the dog" not in answer.split("Not done")[0]
