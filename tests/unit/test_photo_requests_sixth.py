"""The sixth round of everyday photo-edit requests (bench/data/edits_eyes6.jsonl), each through the real planner and
draft engine: the pixels show the edit was made where it was asked, and the answer says what was approximated."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.imaging.drawing.fonts import text_font
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo
from tests.unit.test_photo_requests_fifth import changed


def hues(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[..., 0], np.float32) * 2


def edited(prompt: str, image: Image.Image, level: int = 40) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """The output, the photo fitted to it, where they differ by more than `level`, and the answer."""
    out, answer = ask(prompt, image)
    before = fitted(image, out)
    return out, before, changed(out, before, level), answer


def two_colour_logo() -> Image.Image:
    """A round logo in yellow-green and orange on white, like a printed mark photographed flat (a little grain)."""
    image = Image.new("RGB", (400, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.pieslice((20, 20, 380, 380), 90, 270, fill=(140, 196, 60))  # yellow-green: 58° of hue from "green"
    draw.pieslice((20, 20, 380, 380), 270, 90, fill=(250, 130, 40))
    grain = np.random.default_rng(1).normal(0, 4, (400, 400, 3))
    return Image.fromarray(np.clip(np.asarray(image, np.float32) + grain, 0, 255).astype(np.uint8))


def test_a_named_colour_part_is_the_photos_own_nearest_colour_all_of_it_and_said_so() -> None:
    image = two_colour_logo()
    out, answer = ask("make the green part blue", image)
    before = fitted(image, out)
    height, width = out.shape[:2]
    left, right = (slice(height // 3, 2 * height // 3), slice(width // 5, width // 3)), \
        (slice(height // 3, 2 * height // 3), slice(2 * width // 3, 4 * width // 5))
    assert 60 < float(np.median(hues(before)[left])) < 110  # it was yellow-green
    assert 190 < float(np.median(hues(out)[left])) < 260  # the whole green half is blue now
    assert changed(out, before)[left].mean() > 0.95
    assert changed(out, before)[right].mean() < 0.01  # the orange half stays
    assert "the green part recoloured blue" in answer
    assert "I took its own colour nearest to it to be the green part" in answer


def test_confetti_falls_across_the_whole_photo_and_never_on_a_face() -> None:
    _, before, moved, answer = edited("add confetti falling all around her", photo("astronaut.jpg"), 60)
    height, width = moved.shape
    quarters = [moved[:height // 2, :width // 2], moved[:height // 2, width // 2:], moved[height // 2:, :width // 2],
                moved[height // 2:, width // 2:]]
    assert all(0.005 < q.mean() < 0.2 for q in quarters)  # bits everywhere, the photo still seen between them
    _, _, stats, _ = cv2.connectedComponentsWithStats(moved.astype(np.uint8))
    assert (stats[1:, cv2.CC_STAT_AREA] > 4).sum() > 100  # many small bits, not one pictogram
    assert stats[1:, cv2.CC_STAT_AREA].max() < 0.002 * height * width
    x0, y0, x1, y1 = (round(v) for v in find_faces(before)[0].box)
    assert not moved[y0:y1, x0:x1].any()
    assert "with confetti added falling all around her" in answer


def test_a_thing_drawn_in_a_thing_sits_on_it_and_the_stand_in_is_said() -> None:
    out, _, moved, answer = edited("draw a heart in the coffee foam", photo("coffee.jpg"))
    ys, xs = np.nonzero(moved)
    height, width = out.shape[:2]
    assert len(xs) > 0.005 * height * width
    assert 0.3 * width < np.median(xs) < 0.75 * width and np.median(ys) < 0.5 * height  # in the cup, not a corner
    assert "so the heart sits on the main subject of the photo, taking it to be the coffee foam" in answer


def test_a_place_in_the_picture_is_no_thing_to_sit_in() -> None:
    out, _, moved, answer = edited("add a heart in the bottom left corner", photo("coffee.jpg"))
    ys, xs = np.nonzero(moved)
    assert np.median(xs) < 0.4 * out.shape[1] and np.median(ys) > 0.55 * out.shape[0]
    assert "taking it to be" not in answer and "Not done" not in answer


def test_looking_made_of_a_material_colour_is_a_recolour() -> None:
    edits = read("make the clock look like it's made of gold").photo_edits
    assert [(e.kind, e.target, e.name) for e in edits] == [("recolor", "the clock", "gold")]


def test_old_yellowed_paper_is_a_sepia_tone() -> None:
    plan = read("make the paper look old and yellowed")
    assert plan.edits == ("sepia",)


def test_standing_on_a_place_in_the_other_photo_is_a_combine() -> None:
    edits = read("put her standing on the moon", references=2).photo_edits
    assert [(e.kind, e.target, e.destination) for e in edits] == [("combine", "her", "on the moon")]


def test_one_pictogram_drawn_for_a_plural_is_said_as_one() -> None:
    _, _, moved, answer = edited("put some ducks on the water", photo("china.jpg"))
    assert moved.mean() > 0.002  # a duck was drawn
    assert "I drew one duck for the ducks asked for." in answer


def test_size_and_colour_words_before_an_added_thing_are_not_its_name() -> None:
    edits = read("add a red ball of yarn in front of the cat").photo_edits
    assert [(e.kind, e.name, e.glyph, e.destination) for e in edits] == [("add", "ball of yarn", "🧶",
                                                                          "in front of the cat")]
    assert edits[0].color is not None and edits[0].color[0] > 150 > edits[0].color[2]
    assert [(e.name, e.destination) for e in read("put a small plant next to the cup").photo_edits] == [
        ("plant", "next to the cup")]


def test_a_thing_in_front_of_a_cat_stays_off_its_eyes_nose_and_mouth() -> None:
    image = photo("chelsea.jpg")
    out, before, moved, answer = edited("add a red ball of yarn in front of the cat", image)
    ys, xs = np.nonzero(moved)
    assert len(xs) > 0.01 * moved.size and np.median(ys) > 0.55 * moved.shape[0]  # low in the frame: nearer
    assert float(np.median(out[ys, xs, 0])) > 1.5 * float(np.median(out[ys, xs, 2]))  # drawn red
    cat = find_cat_faces(before)[0].box
    w, h = cat[2] - cat[0], cat[3] - cat[1]
    nose_and_mouth = moved[round(cat[1] + 0.55 * h):round(cat[3] - 0.05 * h), round(cat[0] + 0.3 * w):round(
        cat[2] - 0.3 * w)]
    assert nose_and_mouth.mean() < 0.02
    assert "ball of yarn added in front of the cat" in answer and "Not done" not in answer  # the cat is found by
    # its face and its focus, so no stand-in is named


def test_fire_under_the_subject_is_painted_flames_at_its_foot_not_a_sticker() -> None:
    out, _, moved, answer = edited("make it look like it's launching with fire under it", photo("rocket.jpg"))
    height, width = moved.shape
    hot = moved & (out[..., 0] > 200) & (out[..., 0].astype(np.int16) - out[..., 2] > 80)  # orange-yellow flame
    ys, xs = np.nonzero(hot)
    assert len(xs) > 0.01 * height * width
    assert np.median(ys) > 0.6 * height and 0.25 * width < np.median(xs) < 0.75 * width  # low, in the middle
    assert not moved[: height // 3].any()  # nothing up in the sky
    assert "with fire added under it" in answer and "The fire billows from the foot of the main subject" in answer
    assert "sticker" not in answer


def test_a_worn_thing_put_on_a_thing_is_added_there_not_worn() -> None:
    edits = read("put a helmet on the seat").photo_edits
    assert [(e.kind, e.name, e.destination) for e in edits] == [("add", "helmet", "on the seat")]
    assert [e.kind for e in read("put a hat on her").photo_edits] == ["accessory"]


def notes_on_paper() -> Image.Image:
    """Dark pen lines and words on light paper that is shaded from one side, with a little grain."""
    shade = np.linspace(200, 150, 600, dtype=np.float32)[None, :, None] * np.ones((300, 1, 3), np.float32)
    image = Image.fromarray(np.clip(shade + np.random.default_rng(2).normal(0, 3, (300, 600, 3)), 0, 255)
                            .astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for row, words in enumerate(("f(x) = 2x + 1", "dy/dx = 2", "x = -1/2")):
        draw.text((40, 30 + row * 85), words, font=text_font("serif", 56), fill=(35, 35, 40))
    return image


def test_the_writing_turned_to_a_colour_is_its_strokes_not_the_paper() -> None:
    out, before, moved, answer = edited("make the writing blue ink", notes_on_paper())
    strokes = cv2.cvtColor(before, cv2.COLOR_RGB2GRAY) < 80
    paper = cv2.cvtColor(before, cv2.COLOR_RGB2GRAY) > 120
    assert strokes.mean() > 0.01
    blue = (out[..., 2].astype(np.int16) - out[..., 0]) > 40
    assert blue[strokes].mean() > 0.8  # the ink is blue
    assert moved[paper].mean() < 0.02  # the paper is not
    assert "the writing recoloured blue" in answer and "taking" not in answer


def test_an_added_pictogram_is_lit_from_above_and_grainy_not_pasted_flat() -> None:
    out, _, moved, _ = edited("draw a heart in the coffee foam", photo("coffee.jpg"))
    red = moved & (out[..., 0] > 120) & (out[..., 0].astype(np.int16) - out[..., 1] > 60)  # the heart, not its shadow
    ys, xs = np.nonzero(red)
    top, bottom = ys.min() + 0.25 * (ys.max() - ys.min()), ys.max() - 0.25 * (ys.max() - ys.min())
    upper = out[ys[ys < top], xs[ys < top], 0].astype(np.float32)
    lower = out[ys[ys > bottom], xs[ys > bottom], 0].astype(np.float32)
    assert float(np.median(upper)) > 1.15 * float(np.median(lower))  # lit from above, its underside in shade
    middle = out[(ys.min() + ys.max()) // 2, xs.min():xs.max(), 0]
    assert float(np.std(np.diff(middle.astype(np.float32)))) > 1.0  # the photo's grain on it, not one flat colour
