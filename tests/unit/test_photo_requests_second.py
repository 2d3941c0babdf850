"""The second round of everyday photo-edit requests (bench/data/edits_eyes2.jsonl), each through the real planner and
draft engine: the pixels show the edit was made where it was asked, and the answer says what was done and no more."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.faces import find_cat_faces, find_faces
from openbanana.imaging.drawing.fonts import text_font
from tests.unit.test_photo_requests import ask, fitted, photo


def changed(out: np.ndarray, before: np.ndarray) -> np.ndarray:
    """Where the edit changed the picture."""
    return np.abs(out.astype(np.int16) - before).max(axis=2) > 40


def test_a_close_up_cats_face_is_found() -> None:
    (face, *_) = find_cat_faces(np.asarray(photo("chelsea.jpg")))
    x0, _, x1, _ = face.box
    assert x1 - x0 > 250 and 60 < (x0 + x1) / 2 < 420  # the face fills the frame; its nose is at x 250 of 451
    assert face.eye_left[1] < 240 and face.eye_right[1] < 240 and face.mouth[1] > 200


def test_sunglasses_on_a_close_up_cat_cover_its_eyes() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("give the cat some cool sunglasses", image)
    before = fitted(image, out)
    dark = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY) < 70
    height, width = out.shape[:2]
    eyes = (slice(int(height * 0.35), int(height * 0.7)), slice(int(width * 0.25), int(width * 0.7)))
    assert dark[eyes].mean() > (cv2.cvtColor(before, cv2.COLOR_RGB2GRAY) < 70)[eyes].mean() + 0.12
    assert answer.endswith("with sunglasses on the cat.")


def on_the_cat(prompt: str) -> tuple[float, float, str]:
    """What a request changed on the close-up cat: the share of the picture, how far down it is on average (0 top,
    1 bottom), and the answer."""
    image = photo("chelsea.jpg")
    out, answer = ask(prompt, image)
    moved = changed(out, fitted(image, out))
    ys, _ = np.nonzero(moved)
    return float(moved.mean()), float(ys.mean() / out.shape[0]) if ys.size else 0.0, answer


def test_a_party_hat_on_a_cat_whose_head_runs_off_the_top_is_still_in_the_picture() -> None:
    share, down, answer = on_the_cat("give the cat a party hat")
    assert share > 0.02 and down < 0.45  # seen, at the top of the head
    assert answer.endswith("with a party hat on the cat.")


def test_a_bow_tie_is_drawn_under_the_chin_not_refused_as_a_tie() -> None:
    share, down, answer = on_the_cat("put a bow tie on the cat")
    assert share > 0.01 and down > 0.7
    assert "Not done" not in answer and answer.endswith("with a bow tie on the cat.")


def dated(image: Image.Image) -> Image.Image:
    """The coffee photo with a camera's orange date stamp in its bottom-right corner."""
    marked = image.copy()
    ImageDraw.Draw(marked).text((image.width - 20, image.height - 16), "'98 7 14", anchor="rd",
                                font=text_font("sans-bold", image.height // 16), fill=(255, 140, 40))
    return marked


def orange(rgb: np.ndarray) -> np.ndarray:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    return (hsv[..., 0] > 10) & (hsv[..., 0] < 25) & (hsv[..., 1] > 150) & (hsv[..., 2] > 220)


def test_a_date_stamp_is_painted_out_and_the_rest_of_the_photo_kept() -> None:
    image = dated(photo("coffee.jpg"))
    out, answer = ask("get rid of the date in the corner", image)
    before = fitted(image, out)
    height, width = out.shape[:2]
    corner = (slice(int(height * 0.8), height), slice(int(width * 0.7), width))
    assert orange(before)[corner].sum() > 300 and orange(out)[corner].sum() < 0.05 * orange(before)[corner].sum()
    assert changed(out, before)[: int(height * 0.75)].mean() < 0.001  # the cup, the saucer and the table untouched
    assert answer.endswith("with the date in the corner removed.")


def test_a_watermark_is_never_claimed_removed_when_only_its_text_was_found() -> None:
    image = dated(photo("coffee.jpg"))
    _, answer = ask("remove the watermark", image)
    assert "Not done: remove the watermark: I could only paint out the text I found" in answer
    assert "watermark removed" not in answer


def test_no_text_to_remove_leaves_the_photo_and_says_so() -> None:
    image = photo("astronaut.jpg")
    out, answer = ask("remove the text", image)
    assert np.array_equal(out, fitted(image, out))
    assert "Not done: remove the text: I found no text in the photo, so nothing was removed." in answer


def test_her_portrait_given_first_is_put_into_the_photo_of_the_tower_as_one_picture() -> None:
    portrait, lake = photo("astronaut.jpg"), photo("china.jpg")
    out, answer = ask("put her in front of the tower", portrait, lake, ratio="3:2")
    scene = fitted(lake, out)
    faces = find_faces(out)
    assert len(faces) == 1  # one person, not a collage tile beside the lake
    x0, y0, x1, y1 = (round(v) for v in faces[0].box)
    assert changed(out, scene)[y0:y1, x0:x1].mean() > 0.5  # her face is pasted into the lake photo
    assert changed(out, scene)[: out.shape[0] // 3, : out.shape[1] // 4].mean() < 0.05  # the scene around is kept
    assert "one reference photo with her placed in front of the tower" in answer and "collage" not in answer


def test_birds_are_a_flock_of_small_dark_silhouettes_in_the_open_sky_not_one_sticker() -> None:
    image = photo("china.jpg")
    out, answer = ask("add some birds flying in the sky", image)
    before = fitted(image, out)
    darker = (before.astype(np.int16) - out).mean(axis=2) > 60
    count, _, stats, _ = cv2.connectedComponentsWithStats(darker.astype(np.uint8))
    sizes = stats[1:count, cv2.CC_STAT_AREA]
    assert len(sizes[sizes > 8]) >= 3  # several birds
    assert darker.mean() < 0.01  # each small: no big pictogram
    ys, _ = np.nonzero(darker)
    assert ys.max() < 0.5 * out.shape[0]  # in the sky above the lake
    assert answer.endswith("with birds added flying in the sky.")


def test_the_colour_word_after_the_thing_is_not_part_of_its_name() -> None:
    _, answer = ask("change the cup color to green", photo("coffee.jpg"))
    assert "the cup recoloured green" in answer and "cup color" not in answer


def test_a_square_for_instagram_is_said_as_extended_never_as_unchanged() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("make it square for instagram", image, ratio="1:1")
    assert out.shape[0] == out.shape[1]
    assert "extended to the new frame" in answer and "unchanged" not in answer


def test_pop_art_is_a_few_flat_inks_with_outlines() -> None:
    image = photo("chelsea.jpg")
    out, answer = ask("make it pop art", image)
    inks = (out // 32).reshape(-1, 3)
    _, counts = np.unique(inks, axis=0, return_counts=True)
    assert np.sort(counts)[::-1][:5].sum() > 0.6 * len(inks)  # a handful of flat inks cover most of the picture
    assert answer.endswith("showing the reference photo as a pop-art print.")


def test_colorizing_is_never_passed_off_as_a_sepia_tint() -> None:
    _, answer = ask("colorize this old photo", photo("astronaut.jpg"))
    assert "Not done: colorize this old photo" in answer


def test_a_thing_added_on_the_flower_sits_on_the_flower_and_the_stand_in_is_said() -> None:
    image = photo("flower.jpg")
    out, answer = ask("add a butterfly on the flower", image)
    moved = changed(out, fitted(image, out))
    ys, xs = np.nonzero(moved)
    height, width = out.shape[:2]
    assert moved.mean() > 0.005
    assert 0.3 * width < xs.mean() < 0.7 * width and ys.mean() < 0.6 * height  # on the dahlia in the middle
    assert "with a butterfly added on the flower" in answer and "taking it to be the flower" in answer


def test_a_thing_added_in_the_middle_does_not_crop_the_photo() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("add a star in the middle", image)
    assert "cropped" not in answer
    corner = (slice(0, out.shape[0] // 6), slice(0, out.shape[1] // 6))
    assert not changed(out, fitted(image, out))[corner].any()


def test_erasing_the_text_of_a_page_paints_out_the_lines_it_finds_and_claims_no_more() -> None:
    page = Image.new("RGB", (640, 400), (236, 234, 228))
    draw = ImageDraw.Draw(page)
    for row in range(6):
        draw.text((30, 40 + row * 55), "The markers are found at the two ends", font=text_font("sans", 30),
                  fill=(30, 30, 30))
    out, answer = ask("erase all the text so the page is blank", page)
    ink_before = (cv2.cvtColor(fitted(page, out), cv2.COLOR_RGB2GRAY) < 120).mean()
    ink_after = (cv2.cvtColor(out, cv2.COLOR_RGB2GRAY) < 120).mean()
    assert ink_before > 0.02 and ink_after < 0.1 * ink_before
    assert "with the text I found painted out" in answer and "all the text removed" not in answer


def test_steam_rises_from_the_cup_and_only_lightens() -> None:
    image = photo("coffee.jpg")
    out, answer = ask("add some steam coming out of the cup", image)
    before = fitted(image, out).astype(np.int16)
    lighter = (out.astype(np.int16) - before).mean(axis=2)
    assert lighter.min() >= -2  # screened: nothing darker
    ys, xs = np.nonzero(lighter > 20)
    height, width = out.shape[:2]
    assert len(ys) > 0.01 * height * width and ys.mean() < 0.5 * height and 0.25 * width < xs.mean() < 0.75 * width
    assert "with steam added coming out of the cup" in answer and "taking it to be the cup" in answer


def test_a_big_thing_added_is_drawn_bigger() -> None:
    image = photo("coffee.jpg")
    widths = []
    for size in ("small", "big"):
        out, _ = ask(f"add a {size} star in the corner", image)
        xs = np.nonzero(np.abs(out.astype(np.int16) - fitted(image, out)).max(axis=2) > 40)[1]
        widths.append(int(xs.max() - xs.min()))
    assert widths[1] > 2 * widths[0]
