"""The twenty-first round of everyday photo-edit requests (bench/data/edits_eyes21.jsonl), through the real planner
and draft engine, aimed at classes a new user meets on any photo: a thermal camera, an x-ray, a tilt-shift miniature
and a stencil graffiti are drawn (they were answered as not done); a count before a size word takes that many things
("the two smallest", one was removed and said as two); a row of laid-out things named after the things ("the coins in
the top row") is recoloured; a crop to a shape the frame does not have is said as not made (a 3:2 crop was said as
"cropped"); what fills a place drawn as another ("a field of sunflowers") is said as not drawn; a lamp's light from
one side relights the photo (a lamp sticker stood in); an asked-for vignette is seen; and "set" a thing from another
photo combines it (the two photos were left side by side)."""

from __future__ import annotations

import cv2
import numpy as np

from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo


def _sharpness(image: np.ndarray) -> float:
    gray = cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(gray, cv2.CV_32F).var())


def test_a_thermal_camera_and_an_x_ray_remap_the_photo() -> None:
    out, answer = ask("show the dahlia through a thermal imaging camera", photo("flower.jpg"))
    height, width = out.shape[:2]
    bloom = out[int(height * 0.3):int(height * 0.6), int(width * 0.4):int(width * 0.6)].astype(np.float32)
    corner = out[:height // 5, :width // 5].astype(np.float32)
    assert bloom[..., 0].mean() > 200 and bloom[..., 1].mean() > 120  # the bright flower reads hot: yellow-orange
    assert corner.mean() < 90 and corner[..., 2].mean() > corner[..., 1].mean()  # dark leaves cold: violet-black
    assert "thermal camera image" in answer and "Not done" not in answer
    out, answer = ask("x-ray the coffee cup", photo("coffee.jpg"))
    spread = out.astype(np.int32).max(axis=2) - out.astype(np.int32).min(axis=2)
    assert float(spread.mean()) < 45  # the red cup and brown table gone to blue-white on black
    assert out[..., 2].mean() > out[..., 0].mean()  # the film's blue tint
    assert "as an x-ray" in answer


def test_a_tilt_shift_and_a_stencil_are_drawn() -> None:
    image = photo("china.jpg")
    out, answer = ask("give the palace photo a toy town tilt shift look", image)
    before = fitted(image, out)
    height = out.shape[0]
    top, band = slice(0, height // 6), slice(int(height * 0.56), int(height * 0.68))
    assert _sharpness(out[top]) < 0.4 * _sharpness(before[top])  # the top blurred away
    assert _sharpness(out[band]) > 0.7 * _sharpness(before[band])  # the band in focus kept sharp
    assert "tilt-shift miniature" in answer
    out, answer = ask("turn the man with the tripod into stencil art", photo("camera.jpg"))
    gray = out.astype(np.float32).mean(axis=2)
    black, grey, wall = (gray < 60).mean(), ((gray > 90) & (gray < 140)).mean(), (gray > 160).mean()
    assert black > 0.15 and grey > 0.1 and wall > 0.15  # two paint layers and the wall between
    assert float(((gray >= 60) & (gray <= 90)).mean() + ((gray >= 140) & (gray <= 160)).mean()) < 0.2
    assert "stencil graffiti" in answer


def _coins(image: np.ndarray) -> int:
    """The bright round things on the cloth, each closed into one shape."""
    bright = cv2.morphologyEx((image.astype(np.float32).mean(axis=2) > 120).astype(np.uint8), cv2.MORPH_CLOSE,
                              np.ones((9, 9), np.uint8))
    stats = cv2.connectedComponentsWithStats(bright)[2]
    return sum(1 for row in stats[1:] if row[cv2.CC_STAT_AREA] > 300)


def test_a_count_before_a_size_word_takes_that_many() -> None:
    image = photo("coins.jpg")
    out, answer = ask("delete the three biggest coins", image)
    assert _coins(fitted(image, out)) - _coins(out) == 3  # three coins gone, not one
    assert "the 3 largest of the 24" in answer and "taking them to be the three biggest coins" in answer


def test_a_row_named_after_its_things_is_recoloured() -> None:
    assert [(e.kind, e.target, e.placement) for e in read("paint the coins in the bottom row gold").photo_edits] == [
        ("recolor", "the row of coins", "bottom")]
    image = photo("coins.jpg")
    out, answer = ask("paint the coins in the bottom row gold", image)
    height = out.shape[0]
    warm = out[..., 0].astype(np.int32) - out[..., 2].astype(np.int32)
    assert float((warm[int(height * 0.75):] > 40).mean()) > 0.1  # the bottom row gold
    assert float((warm[:int(height * 0.25)] > 40).mean()) < 0.01  # the top row left silver
    assert "the 6 in the row nearest the bottom" in answer


def test_a_crop_to_a_shape_the_frame_lacks_is_said() -> None:
    image = photo("chelsea.jpg")
    _out, answer = ask("crop the cat photo to a square", image)
    assert "Not done: crop the cat photo to a square" in answer and "1:1 aspect ratio" in answer
    out, answer = ask("crop the cat photo to a square", image, ratio="1:1")
    assert out.shape[0] == out.shape[1] and "cropped to the new frame" in answer and "Not done" not in answer


def test_what_fills_a_place_drawn_as_another_is_said() -> None:
    _out, answer = ask("stand the horse in a meadow covered in daisies", photo("horse.jpg"))
    assert "A meadow is drawn as the nearest place" in answer
    assert "Daisies are not drawn: the new background is a grassy park alone." in answer


def test_a_lamp_from_one_side_and_a_vignette_relight_the_photo() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("light the espresso from the right", image)
    before, after = fitted(image, out).astype(np.float32), out.astype(np.float32)
    width = out.shape[1]
    left, right = slice(0, width // 4), slice(width * 3 // 4, width)
    assert after[:, right].mean() > before[:, right].mean() * 1.1  # the lamp's side lit
    assert after[:, left].mean() < before[:, left].mean() * 0.8  # the far side in shadow
    assert after[:, right, 0].mean() - after[:, right, 2].mean() > before[:, right, 0].mean() - before[:, right,
                                                                                                      2].mean()
    assert "lit by a warm lamp from the right" in answer and "sticker" not in answer
    tower = photo("china.jpg")
    out, answer = ask("give the palace photo a vignette", tower)
    before, after = fitted(tower, out).astype(np.float32), out.astype(np.float32)
    assert after[:40, :40].mean() < before[:40, :40].mean() * 0.55  # the corners clearly dark
    assert "vignette" in answer


def test_a_thing_set_from_another_photo_is_combined() -> None:
    sentence = "set the clock from the second photo on the gravel"
    assert [(e.kind, e.target, e.reference) for e in read(sentence, 2).photo_edits] == [("combine", "the clock", 1)]
    gravel = photo("gravel.jpg")
    out, answer = ask(sentence, gravel, photo("clock.jpg"))
    before = fitted(gravel, out)
    assert float(np.abs(out.astype(np.float32) - before.astype(np.float32)).mean(axis=2).__gt__(40).mean()) > 0.03
    assert "collage" not in answer and "Not done" not in answer


def _drawn_on(prompt: str, name: str) -> tuple[np.ndarray, str, np.ndarray]:
    """The edited photo, the answer, and where it changed by more than 40 levels (what was drawn on it)."""
    image = photo(name)
    out, answer = ask(prompt, image)
    return out, answer, np.abs(out.astype(np.int32) - fitted(image, out).astype(np.int32)).max(axis=2) > 40


def test_a_monocle_rings_one_eye() -> None:
    out, answer, changed = _drawn_on("put a monocle on her", "astronaut.jpg")
    ys, xs = np.nonzero(changed)
    assert 50 < len(ys) < 0.02 * changed.size  # a thin ring and chain, not a sticker over the face
    height, width = out.shape[:2]
    assert 0.1 * height < float(np.median(ys)) < 0.35 * height  # at eye height
    assert float(np.median(xs)) > 0.45 * width  # on the eye to the viewer's right
    assert "with a monocle on her" in answer and "Not done" not in answer


def test_a_beard_hangs_below_the_mouth_in_the_colour_named() -> None:
    out, answer, changed = _drawn_on("draw a white beard on her", "astronaut.jpg")
    ys, xs = np.nonzero(changed)
    height, width = out.shape[:2]
    assert 0.01 * changed.size < len(ys) < 0.1 * changed.size  # a beard, not a sticker over the photo
    assert 0.25 * height < float(np.median(ys)) < 0.5 * height  # under the face, over the neck ring
    assert 0.35 * width < float(np.median(xs)) < 0.6 * width
    assert out[changed].astype(np.float32).mean() > 170  # white, as named
    assert "with a beard on her" in answer and "Not done" not in answer
