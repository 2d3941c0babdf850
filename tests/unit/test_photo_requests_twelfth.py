"""The twelfth round of everyday photo-edit requests (bench/data/edits_eyes12.jsonl), through the real planner and
draft engine: a photo extended to a new frame grows its margins from pieces of its own edges (image quilting), so a
plain backdrop stays plain (no piece of the subject beside it) and foliage continues as foliage rather than as a
smear of its colours; the answer says the margins are no new detail from the scene. A thing covered, filled or
decorated with small countable things has them strewn on it (balloons filling a sky: several, up in it), and the
answer says the covering is only approximated. An animal other than a cat, outlined side-on on a plain backdrop
(the horse), has its head found at the end its ears are at, and a hat goes there; the answer says the animal
itself was not recognised. A finish before a colour ("shiny copper") is no part of the thing and is said as not
done; blur asked to be undone is sharpened and said as only that. A necklace (beads, pearls, a heart pendant) and
earrings are drawn on the face found, no longer said as things this engine cannot draw."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from openbanana.engines.draft.photo.animal_heads import animal_head
from openbanana.engines.draft.photo.faces import find_faces
from openbanana.engines.draft.photo.quilting import quilted
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, photo
from tests.unit.test_photo_requests_sixth import edited
from tests.unit.test_photo_requests_third import edge_energy


def test_a_plain_backdrop_is_extended_plain_with_no_piece_of_the_subject_in_it() -> None:
    image = photo("horse.jpg")  # a black horse on white, its tail and nose near the sides
    out, answer = ask("make it a wide 16:9 picture", image, ratio="16:9")
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    for margin in (out[:, :left - 4], out[:, width - left + 4:]):
        assert margin.min() > 200  # white all through: no copy of the tail or the head
    assert "extended to the new frame" in answer and "not new detail" in answer


def test_foliage_beside_the_photo_continues_as_foliage_not_a_smear() -> None:
    image = photo("china.jpg")
    out, _answer = ask("extend it into a wide panorama", image, ratio="21:9")
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    trees, photo_trees = out[2 * height // 3:, left - 60:left - 10], out[2 * height // 3:, left + 10:left + 60]
    assert edge_energy(trees) > 0.3 * edge_energy(photo_trees)  # leaves near the seam, not flat colour
    assert trees[..., 1].mean() > trees[..., 2].mean() + 20  # and green


def test_quilted_margins_are_taken_from_the_edge_they_continue() -> None:
    """Sky above grass: the rows beside the sky are sky-blue and those beside the grass green."""
    small = np.zeros((60, 90, 3), np.float32)
    small[:30] = (120, 170, 230)
    small[30:] = (60, 140, 50)
    small += np.random.default_rng(2).normal(0, 6, small.shape).astype(np.float32)
    grown = quilted(small, (0, 0, 40, 40), random.Random(1))
    for side in (grown[:, :36], grown[:, -36:]):
        assert side[:24, :, 2].mean() > 200 and side[36:, :, 1].mean() > side[36:, :, 2].mean() + 60
    assert np.array_equal(grown[:, 40:130], small)  # the photo itself untouched


@pytest.mark.parametrize(("prompt", "name", "destination"), [
    ("cover the table with rose petals", "petals", "on the table"),
    ("cover the table in autumn leaves", "autumn leaves", "on the table"),
    ("fill the sky with balloons", "balloons", "in the sky"),
    ("decorate the cake with candles", "candles", "on the cake"),
])
def test_a_thing_covered_with_small_things_strews_them_on_it(prompt: str, name: str, destination: str) -> None:
    assert [(e.kind, e.name, e.destination) for e in read(prompt).photo_edits] == [("add", name, destination)]


@pytest.mark.parametrize("prompt", ["fill the glass with wine", "decorate the photo with little hearts",
                                    "decorate the rocket with stars", "fill the empty space with more coins"])
def test_a_mass_the_photo_itself_painted_scenery_or_an_empty_place_is_no_covering(prompt: str) -> None:
    """Wine is no count of things, the photo is decorated by a sticker, stars are a star field over the sky, not
    things laid on the rocket, and an empty place has no finder (the coins would land on the coins): these stay as
    they were read (a sticker said to stand in)."""
    assert read(prompt).photo_edits == ()


def test_balloons_filling_the_sky_are_several_in_the_sky_and_said_as_approximated() -> None:
    image = photo("rocket.jpg")
    _out, _before, moved, answer = edited("fill the sky with balloons", image)
    _count, _labels, stats, centres = cv2.connectedComponentsWithStats(
        cv2.morphologyEx(moved.astype(np.uint8), cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)))
    balloons = stats[1:, cv2.CC_STAT_AREA] > 0.001 * moved.size
    assert balloons.sum() >= 4  # several, not one pictogram (touching copies may merge)
    assert (centres[1:][balloons][:, 1] < 0.6 * moved.shape[0]).all()  # up in the sky
    assert "is only approximated" in answer and "the sky itself is not filled" in answer
    assert "I drew one" not in answer


def test_petals_covering_a_table_that_is_not_found_never_claim_the_table() -> None:
    _out, _before, moved, answer = edited("cover the table with rose petals", photo("coffee.jpg"))
    assert moved.mean() > 0.002
    assert "the table itself is not covered" in answer and "could not find the table" in answer
    assert "on the table" not in answer  # the answer names no place it did not find


def test_a_horse_outlined_on_white_has_its_head_found_at_the_ears_end() -> None:
    image = photo("horse.jpg")  # side-on, facing right: the ears are its highest point, the muzzle beyond them
    rgb = np.asarray(image)
    head = animal_head(rgb)
    assert head is not None
    height, width = rgb.shape[:2]
    assert head.centre[0] > 0.7 * width and head.centre[1] < 0.35 * height  # up at the right-hand end
    assert head.nose[0] > head.forehead[0]  # the muzzle reaches out past the ears, the way it faces
    flipped = animal_head(np.ascontiguousarray(rgb[:, ::-1]))  # facing left: the head at the left-hand end
    assert flipped is not None and flipped.nose[0] < 0.3 * width


@pytest.mark.parametrize("name", ["astronaut.jpg", "coffee.jpg", "clock.jpg"])
def test_no_animal_head_without_a_side_on_outline_on_a_plain_backdrop(name: str) -> None:
    assert animal_head(np.asarray(photo(name))) is None  # a portrait, a table, a round clock on a wall


def test_a_party_hat_on_the_horse_sits_on_its_head_and_says_the_head_was_taken_from_the_outline() -> None:
    image = photo("horse.jpg")
    _out, _before, moved, answer = edited("put a party hat on the horse", image)
    ys, xs = np.nonzero(moved)
    height, width = moved.shape
    assert len(xs) > 0.002 * moved.size
    assert np.median(xs) > 0.7 * width and np.median(ys) < 0.25 * height  # at the head, not on the back
    assert "a party hat on the horse" in answer and "the animal itself is not recognised" in answer


@pytest.mark.parametrize(("prompt", "target", "colour", "finish"), [
    ("make the coins shiny copper", "the coins", "copper", "a shiny finish on the coins"),
    ("paint the bike matte black", "the bike", "black", "a matte finish on the bike"),
])
def test_a_finish_before_the_colour_is_no_part_of_the_thing_and_is_said_as_not_done(prompt: str, target: str,
                                                                                     colour: str, finish: str) -> None:
    reading = read(prompt)
    assert [(e.kind, e.target, e.name) for e in reading.photo_edits] == [("recolor", target, colour)]
    assert any(finish in said for said in reading.unsupported)


def test_shiny_copper_coins_are_all_recoloured_and_the_shine_is_said_as_not_done() -> None:
    _out, _before, moved, answer = edited("make the coins shiny copper", photo("coins.jpg"))
    assert moved.mean() > 0.15  # every coin, not the main subject's few
    assert "the coins recoloured copper" in answer and "Not done: a shiny finish on the coins" in answer
    assert "coins shiny" not in answer


@pytest.mark.parametrize("prompt", ["fix the motion blur", "make it less blurry", "unblur it"])
def test_blur_asked_undone_is_sharpened_and_said_as_only_sharpened(prompt: str) -> None:
    image = photo("clock.jpg")
    out, before, _moved, answer = edited(prompt, image)
    gray, was = (cv2.cvtColor(a, cv2.COLOR_RGB2GRAY) for a in (out, before))
    assert cv2.Laplacian(gray, cv2.CV_64F).var() > 1.3 * cv2.Laplacian(was, cv2.CV_64F).var()
    assert "sharper detail" in answer and "Blur cannot be undone here" in answer and "Not done" not in answer


def test_sharpening_alone_says_nothing_of_blur() -> None:
    _out, answer = ask("sharpen it and remove the watermark", photo("clock.jpg"))
    assert "Blur cannot be undone" not in answer


@pytest.mark.parametrize(("prompt", "name"), [
    ("give her a heart necklace", "heart_necklace"), ("put a pearl necklace on her", "pearl_necklace"),
    ("give her a pair of gold earrings", "earrings"),
])
def test_jewellery_is_an_accessory_drawn_on_the_face_found(prompt: str, name: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("accessory", name)]


def test_a_necklace_hangs_below_her_chin_and_earrings_beside_her_face() -> None:
    image = photo("astronaut.jpg")
    face = find_faces(np.asarray(image))[0]
    for prompt, inside in (("give her a heart necklace", lambda y, x: y > face.chin[1]),
                           ("give her a pair of gold earrings",
                            lambda y, x: (x < face.cheek_left[0] + 5) | (x > face.cheek_right[0] - 5))):
        out, _before, moved, answer = edited(prompt, image)
        scale = out.shape[1] / image.width
        ys, xs = np.nonzero(moved)
        assert len(ys) > 30 and inside(ys / scale, xs / scale).mean() > 0.9
        assert answer.startswith("Here is your") and "Not done" not in answer and " on her" in answer
