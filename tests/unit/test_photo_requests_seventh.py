"""The seventh round of everyday photo-edit requests (bench/data/edits_eyes7.jsonl), each through the real planner and
draft engine, on requests of their own: the pixels show the edit was made where it was asked, and the answer says
how the thing was found, what was approximated or not done, and no more."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.faces import find_cat_faces
from openbanana.engines.draft.photo.segmentation import subject_mask
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.things import lone_thing, pick_thing
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, left_alone, photo
from tests.unit.test_photo_requests_fifth import changed
from tests.unit.test_photo_requests_sixth import edited, hues


def test_a_thing_put_behind_a_cats_ear_sits_at_the_top_of_its_head_off_its_eyes() -> None:
    image = photo("chelsea.jpg")
    out, before, moved, answer = edited("add a rose behind the cat's ear", image)
    ys, xs = np.nonzero(moved)
    height = out.shape[0]
    assert len(xs) > 0.005 * moved.size and np.median(ys) < 0.3 * height  # up by the ear, not low on a cheek
    cat = find_cat_faces(before)[0]
    for eye in (cat.eye_left, cat.eye_right):
        x, y = round(eye[0]), round(eye[1])
        assert not moved[y - 20:y + 20, x - 20:x + 20].any()
    assert "with a rose added behind the cat's ear" in answer


def test_a_small_thing_flying_over_a_thing_is_above_it_and_the_stand_in_is_said() -> None:
    image = photo("clock.jpg")
    _out, before, moved, answer = edited("add a small bird flying above the clock", image)
    clock = lone_thing(before)
    assert clock is not None
    clock_top = np.nonzero(clock.mask.max(axis=1) > 0.5)[0][0]
    ys, _ = np.nonzero(moved)
    assert len(ys) > 0.002 * moved.size and np.median(ys) < clock_top  # over it, not on the floor of the frame
    assert "so the bird flies over the main subject of the photo, taking it to be the clock" in answer


def test_a_thing_over_a_thing_that_is_not_there_is_said_as_not_done() -> None:
    _, answer = ask("add a bird flying over the bridge", photo("astronaut.jpg"))
    assert "Not done: add a bird flying over the bridge: I could not find the bridge in the photo" in answer


def test_a_portion_of_a_named_dish_is_drawn_as_the_dish_in_its_colour() -> None:
    edits = read("put a slice of chocolate cake on the plate").photo_edits
    assert [(e.kind, e.name, e.glyph, e.destination) for e in edits] == [
        ("add", "slice of chocolate cake", "🍰", "on the plate")]
    assert edits[0].color is not None and edits[0].color[0] < 130  # chocolate-brown
    assert [(e.name, e.destination) for e in read("add a ball of yarn on the bed").photo_edits] == [
        ("ball of yarn", "on the bed")]


def drawn_in_sky(prompt: str, name: str, level: int) -> tuple[np.ndarray, str, float]:
    """Where the edit changed the photo, the answer, and the share of that change lying on the photo's sky."""
    _out, before, moved, answer = edited(prompt, photo(name), level)
    sky = find_sky(before)
    assert sky is not None
    ys, xs = np.nonzero(moved)
    return moved, answer, float(sky.mask[ys, xs].mean()) if len(xs) else 0.0


def test_words_in_the_sky_go_where_the_sky_is_open() -> None:
    moved, answer, on_sky = drawn_in_sky("print 'Summer Palace' in the sky", "china.jpg", 60)
    assert moved.mean() > 0.005
    assert on_sky > 0.8  # on open sky, not on the tower's roof
    assert 'with the words "Summer Palace"' in answer and "could not find" not in answer


def test_words_on_a_wall_above_a_thing_are_above_the_thing() -> None:
    image = photo("clock.jpg")
    _out, before, moved, answer = edited("write 'Open 9-5' on the wall above the clock", image, 60)
    clock = lone_thing(before)
    assert clock is not None
    clock_top = np.nonzero(clock.mask.max(axis=1) > 0.5)[0][0]
    ys, _ = np.nonzero(moved)
    assert len(ys) > 0.002 * moved.size and np.percentile(ys, 95) < clock_top
    assert "taking it to be the clock" in answer


def test_a_frame_round_the_photo_keeps_all_of_it_inside() -> None:
    image = photo("flower.jpg")
    out, answer = ask("give it a thin black frame", image)
    height, width = out.shape[:2]
    edge = max(2, round(0.035 * 0.5 * min(width, height)))
    for band in (out[:edge - 1], out[-edge + 1:], out[:, :edge - 1], out[:, -edge + 1:]):
        assert band.max() < 30  # black on every side
    inside = out[edge + 2:height - edge - 2, edge + 2:width - edge - 2]
    assert inside.std() > 20  # the photo, shrunk into the frame
    assert "with a black border added around the photo" in answer


def test_a_circle_goes_round_the_thing_named_by_its_size_and_the_stand_in_is_said() -> None:
    image = photo("coins.jpg")
    out, before, moved, answer = edited("draw a blue circle around the largest coin", image)
    largest = pick_thing(before, "the largest coin", "auto")
    assert largest is not None
    ys, xs = np.nonzero(largest.mask > 0.5)
    x0, y0, x1, y1 = xs.min(), ys.min(), xs.max(), ys.max()
    ring_ys, ring_xs = np.nonzero(moved)
    assert len(ring_xs) > 0.001 * moved.size
    assert abs(np.median(ring_xs) - (x0 + x1) / 2) < 0.3 * (x1 - x0)  # round that coin, not another
    assert abs(np.median(ring_ys) - (y0 + y1) / 2) < 0.3 * (y1 - y0)
    blue = out[moved]
    assert float(np.median(blue[:, 2])) > float(np.median(blue[:, 0])) + 60
    assert "a blue circle added around the largest coin" in answer
    assert "taking it to be the largest coin" in answer


def test_stars_are_many_points_in_the_sky_and_none_on_the_ground() -> None:
    moved, answer, on_sky = drawn_in_sky("add twinkling stars", "rocket.jpg", 50)
    assert moved.mean() > 0.001
    assert on_sky > 0.95
    count, _ = cv2.connectedComponents(moved.astype(np.uint8))
    assert count > 60  # many stars, not one sparkle
    assert answer.endswith("with stars added.")


def test_stars_in_a_photo_without_sky_are_said_as_not_done() -> None:
    answer = left_alone("put some stars in the sky", "coffee.jpg")
    assert "I could not find any sky in the photo to put them in" in answer


def dots(color: tuple[int, int, int]) -> Image.Image:
    """Six round dots of one colour on a pale grey card, and one grey dot."""
    image = Image.new("RGB", (600, 400), (205, 205, 200))
    draw = ImageDraw.Draw(image)
    for index in range(6):
        x, y = 90 + (index % 3) * 200, 110 + (index // 3) * 180
        draw.ellipse((x - 45, y - 45, x + 45, y + 45), fill=color)
    draw.ellipse((540, 20, 590, 70), fill=(120, 120, 120))
    return image


def test_a_plural_of_a_colour_is_every_thing_of_that_colour() -> None:
    image = dots((10, 10, 10))
    out, before, _, answer = edited("make the black dots orange", image)
    height, width = out.shape[:2]
    for index in range(6):
        x, y = round((90 + (index % 3) * 200) * width / 600), round((110 + (index // 3) * 180) * height / 400)
        r, g, b = (int(v) for v in out[y, x])
        assert 5 < float(hues(out)[y, x]) < 45 and r > 120 and r > g > b  # every dot turned orange
    assert np.abs(out[10:40, 10:40].astype(int) - before[10:40, 10:40]).max() < 12  # the card stays grey
    assert "with the black dots recoloured orange" in answer


def test_a_round_subject_touching_the_edges_is_kept_whole_on_a_new_background() -> None:
    image = Image.new("RGB", (500, 500), (0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 496, 496), fill=(210, 90, 60))
    draw.line((100, 250, 400, 260), fill=(150, 40, 40), width=6)
    out, answer = ask("change the background to white", image)
    height, width = out.shape[:2]
    assert out[:15, :15].min() > 200 and out[-15:, -15:].min() > 200  # the black corners are white now
    for y, x in ((height // 2, width // 8), (height // 8, width // 2), (height // 2, width * 7 // 8)):
        assert abs(int(out[y, x, 0]) - 210) < 30 and abs(int(out[y, x, 1]) - 90) < 30  # all of the disc kept
    assert "with a plain white background" in answer


def test_the_wall_round_the_one_thing_on_it_is_recoloured_and_the_thing_is_not() -> None:
    image = photo("clock.jpg")
    out, before, _, answer = edited("make the wall around the clock yellow", image)
    height, width = out.shape[:2]
    corner = out[: height // 6, : width // 6].reshape(-1, 3).mean(axis=0)
    assert corner[0] > corner[2] + 30 and corner[1] > corner[2] + 30  # the wall is yellow
    middle = (slice(int(height * 0.42), int(height * 0.58)), slice(int(width * 0.45), int(width * 0.55)))
    assert np.abs(out[middle].astype(int) - before[middle]).mean() < 8  # the clock is not
    assert "taking it to be the wall around the clock" in answer


def test_a_thing_named_by_a_thing_beside_it_is_named_in_the_answer() -> None:
    answer = left_alone("remove the chairs next to the table", "coffee.jpg")
    assert "pick out chairs" in answer and "pick out a table" not in answer


def test_things_laid_out_on_a_cloth_are_cut_without_it_and_put_beside_the_named_thing() -> None:
    scene = photo("coffee.jpg")
    out, answer = ask("put the coins by the saucer", scene, photo("coins.jpg"))
    before = fitted(scene, out)
    moved = changed(out, before)
    subject = subject_mask(before)
    assert subject is not None
    assert moved.mean() > 0.003
    assert (moved & (subject > 0.5)).sum() < 0.1 * moved.sum()  # beside it, not over the cup and saucer
    coins = out[moved]
    assert float(np.median(coins.mean(axis=1))) > 90  # bright coins, no block of their dark cloth round them
    assert "I put the coins beside the main subject of the photo, taking it to be the saucer" in answer
