"""The third round of everyday photo-edit requests (bench/data/edits_eyes3.jsonl), each through the real planner and
draft engine: the pixels show the edit was made, and the answer says what was done, what was approximated, and no
more."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.engines.draft.photo.target_words import head_noun
from openbanana.plan import PHOTO_EXTENDED
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from tests.unit.test_photo_requests import ask, fitted, photo


def edge_energy(rgb: np.ndarray) -> float:
    """How much shape a region has: the mean gradient after a small blur (grain does not count, outlines do)."""
    gray = cv2.GaussianBlur(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY).astype(np.float32), (0, 0), 2)
    return float((np.abs(cv2.Sobel(gray, cv2.CV_32F, 1, 0)) + np.abs(cv2.Sobel(gray, cv2.CV_32F, 0, 1))).mean())


def test_a_phone_wallpaper_extends_the_photo_and_says_so() -> None:
    out, answer = ask("make it a phone wallpaper", photo("astronaut.jpg"), ratio="9:16")
    height, width = out.shape[:2]
    top = (height - width) // 2  # the square portrait fills the width, in the middle
    assert "extended to the new frame" in answer and "unchanged" not in answer
    assert "not new detail" in answer  # the margins are said to be a soft continuation, not more of the scene
    margins = max(edge_energy(out[:top - 10]), edge_energy(out[top + width + 10:]))
    assert margins < 0.45 * edge_energy(out[top:top + width])  # pieces of the edges, softened: no sharp copy of her


def test_a_new_frame_nobody_asked_for_in_words_is_said_as_extended_not_unchanged() -> None:
    out, answer = ask("make it nice", photo("astronaut.jpg"), ratio="9:16")  # nothing this engine can do, but the
    assert PHOTO_EXTENDED in answer and "unchanged" not in answer  # 9:16 frame was filled by extending the photo
    assert edge_energy(out[:200]) > 0.5  # not a flat bar


def test_a_panorama_carries_each_rows_colours_out_to_the_sides() -> None:
    image = photo("china.jpg")
    out, answer = ask("extend it into a wide panorama", image, ratio="21:9")
    height, width = out.shape[:2]
    left = (width - round(height * image.width / image.height)) // 2
    side = out[:, :left - 5].astype(np.float32)
    sky, trees = side[:height // 4].mean(axis=(0, 1)), side[3 * height // 4:].mean(axis=(0, 1))
    assert sky[2] > 200 and sky.mean() > 180  # sky continues beside the sky
    assert trees[1] > trees[2] + 30 and trees.mean() < 110  # the dark green trees beside the trees
    # softer than the photo: its texture carried out (margin_detail.py), its outlines not (under half their energy)
    assert edge_energy(out[:, :left - 10]) < 0.45 * edge_energy(out[:, left:width - left])
    assert answer.count("extended") == 1 and "not new detail" in answer


def test_a_product_shot_on_a_clean_white_background_keeps_the_cup_and_whitens_the_rest() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("make it a product shot on a clean white background", image)
    before = fitted(image, out)
    height, width = out.shape[:2]
    corners = np.concatenate([out[:40, :40], out[:40, -40:], out[-40:, -40:]]).reshape(-1, 3)
    assert corners.min(axis=1).mean() > 235  # the wooden table is gone from the corners
    cup = (slice(int(height * 0.3), int(height * 0.6)), slice(int(width * 0.35), int(width * 0.55)))
    assert np.abs(out[cup].astype(np.int16) - before[cup]).mean() < 12  # the espresso itself kept
    assert answer.endswith("with a plain white background.")


def test_a_plain_backdrop_takes_its_named_colour() -> None:
    out, answer = ask("put it on a plain grey backdrop", photo("coffee.jpg"))
    corner = out[:40, :40].reshape(-1, 3).astype(np.int16)
    assert np.ptp(corner.mean(axis=0)) < 20 and 70 < corner.mean() < 190  # grey, not white or the table's brown
    assert answer.endswith("with a plain grey background.")


def test_an_apostrophe_inside_single_quotes_is_part_of_the_text_and_the_bottom_corner_is_a_corner() -> None:
    image = photo("flower.jpg")
    out, answer = ask("put 'Happy Mother's Day' in the bottom corner", image)
    moved = np.abs(out.astype(np.int16) - fitted(image, out)).max(axis=2) > 40
    height, width = out.shape[:2]
    assert answer.endswith('with the words "Happy Mother\'s Day".') and "unchanged" not in answer
    assert moved[int(height * 0.75):, width // 2:].mean() > 0.1  # set in the bottom-right corner
    assert moved[:int(height * 0.7)].mean() < 0.002  # and nowhere else


def test_words_in_a_named_colour_stand_on_the_photo_in_that_colour() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("write 'Good Morning' at the top in white", image)
    before = fitted(image, out)
    top = slice(0, int(out.shape[0] * 0.2))
    white = (out[top] > 242).all(axis=2).mean() - (before[top] > 242).all(axis=2).mean()
    plate = (out[top] < 30).all(axis=2).mean() - (before[top] < 30).all(axis=2).mean()
    assert white > 0.02 and plate < 0.02  # white letters on the photo itself, not black ones on a pale plate
    assert answer.endswith('with the words "Good Morning".')


def red(rgb: np.ndarray) -> np.ndarray:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    return ((hsv[..., 0] < 6) | (hsv[..., 0] > 172)) & (hsv[..., 1] > 180) & (hsv[..., 2] > 120)


def test_a_santa_hat_is_a_red_cap_with_white_fur_on_the_head_not_a_top_hat() -> None:
    for name, prompt, who in (("astronaut.jpg", "give her a santa hat", "her"),
                              ("chelsea.jpg", "put a santa hat on the cat", "the cat")):
        image = photo(name)
        out, answer = ask(prompt, image)
        (face, *_) = find_cat_faces(np.asarray(image)) if who == "the cat" else find_faces(np.asarray(image))
        scale = out.shape[1] / image.width
        above = out[:max(1, round(face.box[1] * scale)) + 20]  # the top of the picture down to the face's top
        assert red(above).mean() - red(fitted(image, out)[:above.shape[0]]).mean() > 0.03, name
        assert (above > 235).all(axis=2).mean() > 0.01, name  # the fur band and pompom
        assert answer.endswith(f"with a santa hat on {who}.")


def test_a_cowboy_hat_is_drawn_on_her_head_not_refused() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("put a cowboy hat on her", image)
    (face, *_) = find_faces(np.asarray(image))
    scale = out.shape[1] / image.width
    changed = np.abs(out.astype(np.int16) - fitted(image, out)).max(axis=2) > 40
    ys, xs = np.nonzero(changed)
    assert changed.mean() > 0.01 and ys.mean() < face.box[1] * scale  # above her face
    assert face.box[0] * scale < xs.mean() < face.box[2] * scale  # over it, not beside it
    assert "Not done" not in answer and answer.endswith("with a cowboy hat on her.")


def pink(rgb: np.ndarray) -> np.ndarray:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    return ((hsv[..., 0] > 160) | (hsv[..., 0] < 4)) & (hsv[..., 1] > 40) & (hsv[..., 1] < 140) & (hsv[..., 2] > 150)


def test_spring_with_cherry_blossoms_puts_blossom_on_the_trees_not_a_sticker() -> None:
    image = photo("china.jpg")
    out, answer = ask("make it spring with cherry blossoms", image)
    before = fitted(image, out)
    height = out.shape[0]
    trees = slice(int(height * 0.65), height)
    assert pink(out[trees]).mean() - pink(before[trees]).mean() > 0.02  # blossom over the leaves
    assert np.abs(out[:height // 5].astype(np.int16) - before[:height // 5]).mean() < 3  # the sky as it was
    assert answer.endswith("as a spring scene.") and "sticker" not in answer


def test_spring_puts_no_blossom_on_a_blurred_backdrop() -> None:
    image = photo("flower.jpg")
    out, answer = ask("make it look like springtime", image)
    assert pink(out).mean() - pink(fitted(image, out)).mean() < 0.002  # no pink specks over the soft leaves
    assert answer.endswith("as a spring scene.")


def test_what_a_moved_thing_has_tells_which_it_is_and_the_place_comes_after_it() -> None:
    plan = plan_composition(PlanningInput("put the man with the camera by the lake", 1024, 1024, reference_count=2))
    (edit,) = plan.photo_edits
    assert (edit.kind, edit.target, edit.destination) == ("combine", "the man with the camera", "by the lake")
    assert head_noun(edit.target) == "man"  # cut out as a person, not looked for as a camera


def test_autumn_on_a_photo_with_no_green_is_said_as_not_done_not_claimed() -> None:
    lawn = Image.fromarray(cv2.cvtColor(cv2.cvtColor(np.asarray(photo("china.jpg")), cv2.COLOR_RGB2GRAY),
                                        cv2.COLOR_GRAY2RGB))  # a black-and-white photo: no leaf is green
    out, answer = ask("make it look like autumn", lawn)
    assert np.array_equal(out, fitted(lawn, out))
    assert "Not done: make it look like autumn" in answer and "autumn scene" not in answer


def test_graffiti_is_big_loud_letters_on_the_wall_itself_not_a_plate_at_the_foot() -> None:
    image = photo("china.jpg")
    out, answer = ask("spray paint 'OPEN LATE' on it like graffiti", image)
    before = fitted(image, out)
    hsv = cv2.cvtColor(out, cv2.COLOR_RGB2HSV)
    magenta = (hsv[..., 0] > 150) & (hsv[..., 0] < 172) & (hsv[..., 1] > 150)
    height = out.shape[0]
    assert magenta[int(height * 0.3):int(height * 0.7)].mean() > 0.03  # across the middle
    assert magenta[int(height * 0.75):].mean() < 0.002
    plate = (out < 30).all(axis=2).mean() - (before < 30).all(axis=2).mean()
    assert plate < 0.01 and answer.endswith('with the words "OPEN LATE".')


def test_a_thing_added_next_to_another_stands_beside_it_not_on_it() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("add a croissant next to the cup", image)
    moved = np.abs(out.astype(np.int16) - fitted(image, out)).max(axis=2) > 40
    height, width = out.shape[:2]
    _, xs = np.nonzero(moved)
    assert moved.mean() > 0.01 and xs.mean() > width * 0.75  # on the table beside the saucer
    assert moved[:int(height * 0.85), int(width * 0.15):int(width * 0.72)].mean() < 0.002  # not over cup or saucer
    assert "croissant added next to the cup" in answer and "taking it to be the cup" in answer


def test_glasses_are_clear_round_lenses_over_the_eyes_not_tinted_ones() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("give her a pair of round glasses", image)
    before = fitted(image, out)
    (face, *_) = find_faces(np.asarray(image))
    scale = out.shape[1] / image.width
    gap = (face.eye_right[0] - face.eye_left[0]) * scale
    for eye in (face.eye_left, face.eye_right):
        x, y = round(eye[0] * scale), round(eye[1] * scale)
        near = round(gap * 0.15)
        inner = (slice(y - near, y + near), slice(x - near, x + near))
        assert np.abs(out[inner].astype(np.int16) - before[inner]).mean() < 25  # the eye shows through (a faint sheen)
        ring = out[y - round(gap * 0.6):y + round(gap * 0.6), x - round(gap * 0.6):x + round(gap * 0.6)]
        assert (ring.max(axis=2) < 60).mean() - (before[y - round(gap * 0.6):y + round(gap * 0.6),
                                                        x - round(gap * 0.6):x + round(gap * 0.6)].max(axis=2)
                                                 < 60).mean() > 0.05  # a dark rim round it
    assert answer.endswith("with glasses on her.")


def test_widening_this_shot_or_photo_is_an_extension_said_once_never_also_not_done() -> None:
    for request in ("widen this shot to 21:9 please", "make this picture 21:9", "make my photo wider"):
        plan = plan_composition(PlanningInput(request, 1584, 672, reference_count=1, seed=1))
        assert [edit.kind for edit in plan.photo_edits] == ["outpaint"] and not plan.unsupported, request
    out, answer = ask("please widen this shot to 21:9", photo("astronaut.jpg"), ratio="21:9")
    assert "extended to the new frame" in answer and "Not done" not in answer and "unchanged" not in answer
    assert edge_energy(out[:, :120]) > 0.5  # the margin is the photo continued, not a flat bar
    for request in ("widen the road", "widen the gap between the two chairs"):  # a thing in the photo, not its frame
        assert not plan_composition(PlanningInput(request, 1584, 672, reference_count=1, seed=1)).photo_edits, request
