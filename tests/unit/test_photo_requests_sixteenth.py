"""The sixteenth round of everyday photo-edit requests (bench/data/edits_eyes16.jsonl), through the real planner and
draft engine, aimed at classes any photo meets: a recolour to white or black reaches that lightness (a black horse
made white had come out mid grey) and fills the holes a segmenter leaves in the thing (orange patches had stayed on
the navy suit); a bandana is tied under the chin, or said as not done when the chin is at the photo's edge; a moon
added to the sky is moonlight in open sky, not a cartoon crescent; a small thing put on a part of a thing's top ("a
bird on the horse's back") sits on its outline there instead of being put in a corner and said as not done."""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.own_colour import fill_own_colour
from openbanana.engines.draft.photo.perches import perch_part, perched
from openbanana.engines.draft.photo.sky import find_sky
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, left_alone, photo


def test_a_black_thing_made_white_is_white() -> None:
    image = photo("horse.jpg")
    out, answer = ask("make the horse white", image)
    horse = fitted(image, out).max(axis=2) < 60
    assert horse.mean() > 0.2
    pixels = out[horse].astype(np.float32)
    assert pixels.mean() > 210  # white (main: 174, a mid grey said as white)
    assert np.ptp(pixels, axis=1).mean() < 12  # no colour cast
    assert (pixels < 245).mean() > 0.9  # still set off from the white backdrop, not cut out of the photo
    assert "the horse recoloured white" in answer


def test_a_recolour_fills_the_holes_in_the_thing() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("make her flight suit navy blue", image)
    before = fitted(image, out)
    hsv, after = cv2.cvtColor(before, cv2.COLOR_RGB2HSV), cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    orange = (hsv[..., 0] >= 5) & (hsv[..., 0] <= 20) & (hsv[..., 1] > 120) & (hsv[..., 2] > 80)
    orange[: out.shape[0] * 2 // 5] = False  # the suit, below her face
    still = orange & (after[..., 0] >= 5) & (after[..., 0] <= 25) & (after[..., 1] > 80)
    assert orange.sum() > 50_000
    assert still.sum() / orange.sum() < 0.006  # main: 2.1%, in blocky patches across the shoulder
    lightness = cv2.cvtColor(out, cv2.COLOR_RGB2LAB)[..., 0][orange].astype(np.float32)
    assert lightness.mean() < 76  # navy is dark (main: 83)
    assert "her flight suit recoloured navy blue" in answer


def test_a_recolour_picked_by_colour_keeps_its_holes() -> None:
    out, answer = ask("make the petals white", photo("flower.jpg"))  # a stand-in: the flower's own orange
    pixels = out.astype(np.int32)
    heart = (pixels[..., 0] - pixels[..., 2] > 80) & (pixels[..., 0] > 120)
    assert heart.mean() > 0.04  # its red heart, another colour, stays red (filled too, it had turned pale pink)
    assert "recoloured white" in answer


def test_only_holes_of_the_things_own_colour_are_filled() -> None:
    lab = np.zeros((600, 600, 3), np.float32)
    lab[..., 1], lab[..., 2] = 40.0, 50.0  # an orange thing
    lab[270:330, :, 1:] = 0.0  # crossed by a white strap
    mask = np.zeros((600, 600), np.float32)
    mask[60:540, 60:540] = 1
    mask[120:132, 120:132] = 0  # a segmenter's hole in the orange
    mask[280:320, 360:372] = 0  # and one over the strap
    a, b = lab[..., 1], lab[..., 2]
    filled = fill_own_colour(mask, a, b, np.hypot(a, b), 14.0)
    assert filled[120:132, 120:132].min() > 0.9  # the orange hole filled
    assert filled[282:318, 362:370].max() < 0.1  # the strap's stays out
    assert filled[:40].max() == 0 and filled[:, 560:].max() == 0  # nothing beyond the outline


def test_a_bandana_is_tied_under_the_chin() -> None:
    assert [(e.kind, e.name) for e in read("put a red bandana on the cat").photo_edits] == [("accessory", "bandana")]
    assert [(e.kind, e.name) for e in read("give him a neckerchief").photo_edits] == [("accessory", "bandana")]
    image = photo("astronaut.jpg")
    out, answer = ask("give her a blue bandana", image)
    before = fitted(image, out).astype(np.int32)
    changed = np.abs(out.astype(np.int32) - before).max(axis=2) > 60
    ys, _ = np.nonzero(changed)
    assert changed.mean() > 0.01
    assert np.median(ys) > out.shape[0] * 0.35  # under her chin, not over her face
    blue = out[changed].astype(np.int32)
    assert (blue[:, 2] > blue[:, 0] + 40).mean() > 0.5  # in the colour asked
    assert "a bandana on her" in answer and "Not done" not in answer


def test_a_bandana_is_not_tied_where_the_neck_is_out_of_the_photo() -> None:
    answer = left_alone("put a red bandana on the cat", "chelsea.jpg")  # a close-up: its chin is at the bottom edge
    assert "no neck in view" in answer


def test_a_moon_added_to_the_sky_is_moonlight() -> None:
    assert [(e.kind, e.name, e.glyph) for e in read("add a crescent moon in the sky").photo_edits] == [
        ("add", "crescent moon", None)]
    image = photo("rocket.jpg")
    out, answer = ask("add a full moon in the sky", image)
    before = fitted(image, out)
    sky = find_sky(before)
    assert sky is not None
    lit = (out.astype(np.int32).min(axis=2) > 200) & (before.astype(np.int32).max(axis=2) < 120) & (sky.mask > 0.9)
    radius = 0.06 * min(out.shape[:2])
    assert lit.sum() > 0.6 * np.pi * radius**2  # a bright disc in the dark sky, not a few specks
    ys, xs = np.nonzero(lit)
    assert np.ptp(xs) < 2.6 * radius and np.ptp(ys) < 2.6 * radius  # one round moon
    yellow = out[lit].astype(np.int32)
    assert (yellow[:, 0] - yellow[:, 2]).mean() < 40  # moonlight, not the pictogram's yellow
    assert "a full moon added in the sky" in answer and "Not done" not in answer


def test_a_crescent_moon_by_day_is_pale_and_in_open_sky() -> None:
    image = photo("china.jpg")
    out, answer = ask("add a crescent moon in the sky", image)
    before = fitted(image, out).astype(np.int32)
    sky = find_sky(fitted(image, out))
    assert sky is not None
    moved = np.abs(out.astype(np.int32) - before).max(axis=2) > 6
    assert moved.sum() > 300 and sky.mask[moved].mean() > 0.95  # in the sky only
    assert (out[moved].astype(np.int32) - before[moved]).mean() > 0  # light added, not a dark sticker
    assert "a crescent moon added in the sky" in answer


def test_a_bird_sits_on_the_horses_back() -> None:
    assert perch_part("the horse's back") == "back" and perch_part("the horse") is None
    assert perch_part("the car's roof") == "roof" and perch_part("the cat's tail") is None
    image = photo("horse.jpg")
    out, answer = ask("add a bird on the horse's back", image)
    before = fitted(image, out)
    horse = before.max(axis=2) < 60
    coloured = np.ptp(out.astype(np.int32), axis=2) > 60  # the bird: the photo itself is black and white
    ys, xs = np.nonzero(coloured)
    assert ys.size > 500
    column = int(np.median(xs))
    top = int(np.argmax(horse[:, column]))  # the horse's back under the bird
    assert abs(int(ys.max()) - top) < 0.05 * out.shape[0]  # its feet on the back (main: in the bottom right corner)
    assert np.ptp(ys) < 0.3 * out.shape[0]  # a small bird, not as big as the horse
    assert "Not done" not in answer and "sits on the main subject of the photo" in answer


def test_a_perch_is_on_the_outline() -> None:
    mask = np.zeros((100, 200), np.float32)
    mask[40:90, 20:180] = 1  # a body
    mask[10:40, 150:175] = 1  # a head and neck at the right
    back = perched("the horse's back", mask, (0.2, 0.2))
    head = perched("the horse's head", mask, (0.2, 0.2))
    assert back is not None and head is not None
    assert 0.35 < (back[0] + back[2]) / 2 < 0.65 and abs(back[3] - 0.4) < 0.05  # on the back's middle
    assert 0.7 < (head[0] + head[2]) / 2 < 0.9 and abs(head[3] - 0.1) < 0.05  # on top of the head
    assert perched("the horse", mask, (0.2, 0.2)) is None
