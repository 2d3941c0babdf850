"""The fourth round of everyday photo-edit requests (bench/data/edits_eyes4.jsonl), each through the real planner and
draft engine: the pixels show the edit was made where it was asked, and the answer says how the thing was found,
what was approximated, and no more."""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.faces import find_faces
from openbanana.engines.draft.photo.things import fills_frame, pick_thing
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from tests.unit.test_photo_requests import ask, fitted, photo


def changed(out: np.ndarray, before: np.ndarray, level: int = 40) -> np.ndarray:
    return np.asarray(np.abs(out.astype(np.int16) - before).max(axis=2) > level)


def coin_boxes(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    """The coins of the coins photo as boxes (x0, y0, x1, y1), found another way than the engine finds them: a white
    top-hat (the photo less its opening by a disc wider than a coin), thresholded; shapes at the frame's edge left
    out."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (rgb.shape[1] // 8 | 1, rgb.shape[1] // 8 | 1))
    solid = ((gray - cv2.GaussianBlur(cv2.morphologyEx(gray, cv2.MORPH_OPEN, disc), (0, 0), 15)) > 30)
    solid = cv2.morphologyEx(solid.astype(np.uint8), cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid)
    height, width = gray.shape
    return [(x, y, x + w, y + h) for x, y, w, h, a in stats[1:count]
            if 0.004 < a / (height * width) < 0.1 and x > 0 and y > 0 and x + w < width and y + h < height]


def test_the_biggest_coin_is_the_one_recoloured_and_the_answer_says_how_it_was_picked() -> None:
    image = photo("coins.jpg")
    out, answer = ask("make the biggest coin gold", image)
    before = fitted(image, out)
    boxes = coin_boxes(before)
    biggest = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    gold = (hsv[..., 0] > 15) & (hsv[..., 0] < 35) & (hsv[..., 1] > 90)
    x0, y0, x1, y1 = biggest
    assert gold[y0:y1, x0:x1].mean() > 0.4  # the biggest coin is gold
    outside = np.ones_like(gold)
    outside[y0 - 4:y1 + 4, x0 - 4:x1 + 4] = False
    assert gold[outside].mean() < 0.002  # and no other coin
    assert "the largest of the" in answer and "separate shapes on the plain background" in answer
    assert "taking it to be the biggest coin" in answer  # found by its shape, never said to be recognised


def test_the_coin_in_a_named_corner_is_removed_without_a_ghost_and_the_others_stay() -> None:
    image = photo("coins.jpg")
    out, answer = ask("remove the coin in the top left corner", image)
    before = fitted(image, out)
    boxes = coin_boxes(before)
    corner = min(boxes, key=lambda b: b[0] ** 2 + b[1] ** 2)
    x0, y0, x1, y1 = corner
    hole = out[y0:y1, x0:x1].astype(np.float32)
    cloth = before[y1 + 4:y1 + 24, x0:x1].astype(np.float32)  # the cloth just below that coin
    assert abs(hole.mean() - cloth.mean()) < 25 and hole.std() < 2.5 * cloth.std() + 6  # plain cloth, no ghost
    others = [b for b in boxes if b != corner]
    kept = [np.abs(out[b[1]:b[3], b[0]:b[2]].astype(np.int16) - before[b[1]:b[3], b[0]:b[2]]).mean() < 3
            for b in others]
    assert all(kept)
    assert "with the coin removed" in answer and "nearest the top left" in answer and "taking it to be" in answer


def test_the_things_on_a_plain_background_are_never_found_in_an_ordinary_photo() -> None:
    for name in ("astronaut.jpg", "coffee.jpg", "rocket.jpg", "china.jpg", "chelsea.jpg"):
        assert pick_thing(np.asarray(photo(name)), "the thing", "top_left") is None, name
    _out, answer = ask("remove the rocket", photo("rocket.jpg"))  # a patch of dusk sky is never taken for it: the
    assert "the thing rising into the open sky" in answer and "plain background" not in answer  # rocket itself is


def test_a_wall_that_fills_the_photo_is_recoloured_whole_not_as_a_blob() -> None:
    image = photo("brick.jpg")
    out, answer = ask("make the wall dark red", image)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    red = ((hsv[..., 0] < 10) | (hsv[..., 0] > 170)) & (hsv[..., 1] > 80)
    height, width = red.shape
    quarters = [red[:height // 2, :width // 2], red[:height // 2, width // 2:], red[height // 2:, :width // 2],
                red[height // 2:, width // 2:]]
    assert min(q.mean() for q in quarters) > 0.6  # every part of the wall, the corners too
    gray_before = cv2.cvtColor(fitted(image, out), cv2.COLOR_RGB2GRAY).astype(np.float32)
    gray_after = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY).astype(np.float32)
    assert np.corrcoef(gray_before.ravel(), gray_after.ravel())[0, 1] > 0.8  # the bricks and mortar still show
    assert "the wall recoloured dark red" in answer and "the texture that fills the whole of the photo" in answer


def test_a_frame_filling_texture_is_only_the_named_thing_when_the_noun_names_such_a_texture() -> None:
    bricks, portrait = np.asarray(photo("brick.jpg")), np.asarray(photo("astronaut.jpg"))
    assert fills_frame(bricks, "bricks") and fills_frame(bricks, "wall")
    assert not fills_frame(bricks, "car")  # a car is not what a texture photo is of
    assert not fills_frame(portrait, "background")  # a portrait is no texture


def test_greener_grass_on_a_black_and_white_lawn_is_a_green_lawn() -> None:
    image = photo("brick.jpg").convert("L").convert("RGB")  # any grey texture photo; the noun names what it is
    plan = plan_composition(PlanningInput("make the grass greener", 1024, 1024, reference_count=1, seed=3))
    (edit,) = plan.photo_edits
    assert (edit.kind, edit.target, edit.name, edit.request) == ("recolor", "the grass", "green",
                                                                "make the grass greener")
    blood = plan_composition(PlanningInput("make the moon look orange like a blood moon", 1024, 1024,
                                           reference_count=1, seed=3)).photo_edits
    assert [(e.kind, e.target, e.name) for e in blood] == [("recolor", "the moon", "orange")]
    out, answer = ask("make the grass greener", image)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    assert ((hsv[..., 0] > 40) & (hsv[..., 0] < 85) & (hsv[..., 1] > 60)).mean() > 0.6
    assert "the grass recoloured green" in answer


def on_her_portrait(prompt: str) -> tuple[np.ndarray, str, np.ndarray, tuple[int, int, int, int]]:
    """The astronaut portrait edited as asked: the output, the answer, what changed, and her face's box in it."""
    image = photo("astronaut.jpg")
    out, answer = ask(prompt, image)
    (face, *_) = find_faces(np.asarray(image))
    scale = out.shape[1] / image.width
    x0, y0, x1, y1 = (round(v * scale) for v in face.box)
    return out, answer, changed(out, fitted(image, out)), (x0, y0, x1, y1)


def test_a_caption_at_the_top_of_a_portrait_leaves_her_face_clear_and_says_where_it_went() -> None:
    out, answer, moved, (x0, y0, x1, y1) = on_her_portrait("add a caption 'First Day at NASA' at the top")
    assert moved[y0:y1, x0:x1].mean() < 0.01  # her face is not covered
    assert moved[:out.shape[0] // 3].mean() > 0.03  # the caption is still at the top
    assert answer.startswith('Here is your 1:1 image, showing the reference photo, with the words "First Day at NASA".')
    assert 'I set the words "First Day at NASA" at the top right so that they do not cover a face.' in answer


def test_words_that_cover_no_face_stay_where_they_were_asked_and_nothing_is_said() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("write 'Good Morning' at the top in white", image)
    assert "cover a face" not in answer
    assert changed(out, fitted(image, out))[:out.shape[0] // 4].mean() > 0.02


def test_cropping_for_a_post_cuts_the_photo_to_the_frame_and_never_extends_it() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("crop it for an instagram post", image, ratio="4:5")
    assert np.array_equal(out, fitted(image, out))  # the photo cut to 4:5, no soft margins added
    assert answer == "Here is your 4:5 image, showing the reference photo cropped to the new frame."
    _, same_shape = ask("crop it", image)
    assert "Not done: crop it: the photo already has the frame's shape" in same_shape


def test_a_blueprint_is_pale_lines_on_deep_blue_not_the_photo_unchanged() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("make it look like a blueprint", image)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    blue = (hsv[..., 0] > 100) & (hsv[..., 0] < 125) & (hsv[..., 1] > 120)
    pale = out.min(axis=2) > 200
    assert blue.mean() > 0.6 and 0.02 < pale.mean() < 0.35  # blue paper, lines of the cup and saucer on it
    assert answer == "Here is your 3:2 image, showing the reference photo as a blueprint."


def test_a_silhouette_on_a_plain_backdrop_is_cut_out_whole_however_thin_its_legs() -> None:
    image = photo("horse.jpg")
    out, answer = ask("put the horse in a green field", image)
    before = fitted(image, out)
    horse = before.max(axis=2) < 60
    assert np.abs(out[horse].astype(np.int16) - before[horse]).mean() < 12  # the horse itself kept, legs and all
    backdrop = before.min(axis=2) > 240
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    lower = np.zeros_like(backdrop)
    lower[out.shape[0] * 3 // 4:] = True
    assert ((hsv[..., 0] > 35) & (hsv[..., 0] < 85) & (hsv[..., 1] > 60))[backdrop & lower].mean() > 0.6  # a field
    assert "Not done" not in answer and "background" in answer


def test_a_thing_only_the_first_photo_can_give_is_moved_into_the_second_photo() -> None:
    horse, lake = photo("horse.jpg"), photo("china.jpg")
    out, answer = ask("put the horse by the lake", horse, lake)
    assert (out.max(axis=2) < 60).mean() > 0.02  # the black horse stands in the lake photo ...
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    assert ((hsv[..., 0] > 90) & (hsv[..., 0] < 130) & (hsv[..., 1] > 25)).mean() > 0.1  # ... whose sky is kept
    assert "the horse placed by the lake" in answer and "Not done" not in answer


def test_a_speech_bubble_stands_beside_her_face_with_its_tail_at_her_mouth() -> None:
    out, answer, moved, (x0, y0, x1, y1) = on_her_portrait("add a speech bubble saying 'Hello from space!'")
    assert moved[y0 + (y1 - y0) // 4:y1, x0:x1].mean() < 0.03  # her eyes, nose and mouth are clear (the tail ends
    white = (out > 245).all(axis=2) & moved  # at her mouth's corner)
    ys, xs = np.nonzero(white)
    assert white.mean() > 0.02 and xs.mean() > x1 and ys.mean() < y1  # a white bubble beside her face, up high
    assert answer == 'Here is your 1:1 image, showing the reference photo, with the words "Hello from space!".'


def test_a_speech_bubble_with_no_face_to_point_at_says_so() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("add a speech bubble saying 'Coffee first'", image)
    white = (out > 245).all(axis=2) & changed(out, fitted(image, out))
    assert white[:out.shape[0] // 3].mean() > 0.05  # the bubble at the top
    assert "I found no face to point the speech bubble at" in answer


def test_a_moon_added_to_the_sky_stands_in_open_sky_not_over_the_rocket() -> None:
    image = photo("rocket.jpg")
    out, answer = ask("add a full moon in the sky", image)
    moved = changed(out, fitted(image, out))
    width = out.shape[1]
    assert moved.mean() > 0.006  # a drawn moon's disc (the pictogram it replaced was bigger: over 0.01)
    assert moved[:, int(width * 0.46):int(width * 0.54)].mean() < 0.002  # the rocket's column is left alone
    assert answer.endswith("with a full moon added in the sky.")


def test_a_scarf_of_the_named_colour_is_wound_under_her_chin_not_refused() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("give her a green scarf", image)
    (face, *_) = find_faces(np.asarray(image))
    scale = out.shape[1] / image.width
    chin = round(face.chin[1] * scale)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    green = (hsv[..., 0] > 45) & (hsv[..., 0] < 85) & (hsv[..., 1] > 100)
    assert green[chin - 10:chin + 300].mean() > 0.03 and green[:chin - 20].mean() < 0.001  # at the neck, not the face
    assert answer.endswith("with a scarf on her.")


def test_the_coins_in_the_plural_are_all_of_them_and_the_answer_says_them() -> None:
    image = photo("coins.jpg")
    out, answer = ask("make the coins look gold", image)
    before = fitted(image, out)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    gold = (hsv[..., 0] > 15) & (hsv[..., 0] < 35) & (hsv[..., 1] > 90)
    boxes = coin_boxes(before)
    assert all(gold[y0:y1, x0:x1].mean() > 0.3 for x0, y0, x1, y1 in boxes)  # every coin, not half of them
    assert "all 24 separate shapes on the plain background" in answer and "taking them to be the coins" in answer


def test_a_thing_added_on_a_texture_that_is_the_whole_photo_stands_at_the_usual_spot_and_no_stand_in_is_said() -> None:
    image = photo("brick.jpg")
    out, answer = ask("add a bird on the wall", image)
    moved = changed(out, fitted(image, out))
    height, width = moved.shape
    assert moved[height // 2:, width // 2:].mean() > 0.02 and moved[:height // 2].mean() < 0.002  # bottom right
    assert answer.endswith("with a bird added on the wall.")  # the wall is the photo: nothing stood in for it
