"""Photo edits on real photos: each kind changes the picture in its own characteristic way, and only where asked;
an edit whose target is not there leaves the photo alone and says so."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from openbanana.engines.base import RenderRequest, RenderResult
from openbanana.engines.draft.engine import DraftEngine
from openbanana.engines.draft.photo.arrays import rgb_array
from openbanana.engines.draft.photo.faces import find_faces
from openbanana.engines.draft.photo.segmentation import clean_cut, people_mask
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.imaging.fitting import cover_fit
from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

PHOTOS = Path(__file__).parents[1] / "data" / "photos"
ENGINE = DraftEngine()


def photo(name: str) -> Image.Image:
    return Image.open(PHOTOS / name).convert("RGB")


def two_people() -> Image.Image:
    """Two people side by side: the astronaut portrait beside its mirror image."""
    portrait = np.asarray(photo("astronaut.jpg"))
    return Image.fromarray(np.concatenate([portrait, portrait[:, ::-1]], axis=1))


def edit(prompt: str, *images: Image.Image, size: tuple[int, int] | None = None,
         seed: int = 1) -> tuple[np.ndarray, RenderResult, Plan]:
    width, height = size or images[0].size
    plan = plan_composition(PlanningInput(prompt, width, height, reference_count=len(images), seed=seed))
    result = ENGINE.render(RenderRequest(plan, width, height, images, seed))
    return rgb_array(result.image), result, plan


def fitted(image: Image.Image, size: tuple[int, int]) -> np.ndarray:
    return rgb_array(cover_fit(image, *size))


def saturation(rgb: np.ndarray) -> float:
    return float(cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[..., 1].mean() / 255)


def edge_density(rgb: np.ndarray) -> float:
    return float((cv2.Canny(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), 80, 160) > 0).mean())


def colour_count(rgb: np.ndarray) -> int:
    return len(np.unique((rgb // 8).reshape(-1, 3), axis=0))


def fine_detail(rgb: np.ndarray) -> float:
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    return float(np.abs(gray - cv2.GaussianBlur(gray, (0, 0), 2)).mean())


# --- styles ---------------------------------------------------------------------------------------------------------

def test_pencil_sketch_is_grey_lines_on_paper() -> None:
    original = fitted(photo("astronaut.jpg"), (512, 512))
    sketch, _, plan = edit("turn this into a pencil sketch", photo("astronaut.jpg"))
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("style", "pencil_sketch")]
    assert saturation(sketch) < 0.1 < saturation(original)
    assert float(np.median(sketch)) > 200  # mostly paper
    assert (cv2.cvtColor(sketch, cv2.COLOR_RGB2GRAY) < 100).mean() > 0.01  # with dark strokes


def test_cartoon_has_few_flat_colours_and_outlines() -> None:
    original = fitted(photo("astronaut.jpg"), (512, 512))
    toon, _, _ = edit("make it look like a cartoon", photo("astronaut.jpg"))
    assert colour_count(toon) < colour_count(original) * 0.6
    assert (toon.max(axis=2) < 40).mean() > (original.max(axis=2) < 40).mean()  # ink lines added


def test_pixel_art_is_blocks_of_a_small_palette() -> None:
    art, _, _ = edit("pixel art please", photo("coffee.jpg"), size=(768, 512))
    assert len(np.unique(art.reshape(-1, 3), axis=0)) <= 24
    block = art[0:7, 0:7]  # 768 / 96 = 8 px per block
    assert (block == block[0, 0]).all()


def test_watercolour_softens_detail_and_lightens() -> None:
    original = fitted(photo("china.jpg"), (768, 512))
    painted, _, _ = edit("make it a watercolor painting", photo("china.jpg"), size=(768, 512))
    assert fine_detail(painted) < fine_detail(original) * 0.8
    assert painted.mean() > original.mean()


def test_oil_painting_flattens_colour_areas() -> None:
    original = fitted(photo("flower.jpg"), (768, 512))
    oil, _, plan = edit("turn it into an oil painting", photo("flower.jpg"), size=(768, 512))
    assert plan.photo_edits[0].name == "oil_painting"
    assert colour_count(oil) < colour_count(original)
    assert np.abs(oil.astype(int) - original).mean() > 3


def test_vintage_film_lifts_blacks_and_fades_colour() -> None:
    original = fitted(photo("rocket.jpg"), (768, 512))
    film, _, plan = edit("give it a vintage film look", photo("rocket.jpg"), size=(768, 512))
    assert plan.edits == ()  # the film look, not a sepia tint on top of it
    assert np.percentile(film.max(axis=2), 1) > np.percentile(original.max(axis=2), 1) + 8
    assert saturation(film) < saturation(original)


def test_hdr_adds_local_contrast() -> None:
    original = fitted(photo("china.jpg"), (768, 512))
    boosted, _, _ = edit("HDR", photo("china.jpg"), size=(768, 512))
    assert fine_detail(boosted) > fine_detail(original) * 1.2


def test_noir_is_black_and_white() -> None:
    mono, _, _ = edit("make it film noir", photo("coffee.jpg"), size=(768, 512))
    assert (mono[..., 0] == mono[..., 1]).all() and (mono[..., 1] == mono[..., 2]).all()


# --- light and sky --------------------------------------------------------------------------------------------------

def test_sky_replacement_changes_the_sky_and_not_the_land() -> None:
    original = fitted(photo("china.jpg"), (768, 512)).astype(int)
    sunset, result, _ = edit("replace the sky with a sunset", photo("china.jpg"), size=(768, 512))
    change = np.abs(sunset.astype(int) - original).mean(axis=2)
    assert change[:60].mean() > 40  # the top rows were pale haze: now sunset colours
    assert change[-120:].mean() < 2  # the trees and roofs below are untouched
    assert not result.shortfalls


def test_night_darkens_and_puts_stars_in_the_sky() -> None:
    original = fitted(photo("china.jpg"), (768, 512))
    night, result, plan = edit("make it night", photo("china.jpg"), size=(768, 512))
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("relight", "night")] and plan.edits == ()
    assert night.mean() < original.mean() * 0.5
    sky = night[:100]
    assert sky[..., 2].mean() > sky[..., 0].mean() + 10  # a blue-black sky
    assert (sky.max(axis=2) > 200).any()  # stars or the moon
    assert not result.shortfalls


def test_relight_without_sky_relights_and_says_the_sky_was_not_found() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    golden, result, _ = edit("golden hour", photo("coffee.jpg"), size=(768, 512))
    assert np.abs(golden.astype(int) - original).mean() > 5
    assert any("no open sky" in s for s in result.shortfalls)


def test_sky_replacement_without_a_sky_is_not_done() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    same, result, _ = edit("replace the sky with a starry night sky", photo("coffee.jpg"), size=(768, 512))
    assert np.array_equal(same, original)
    assert any(s.startswith("Not done: replace the sky") for s in result.shortfalls)


# --- recolour -------------------------------------------------------------------------------------------------------

def test_recolouring_the_red_cup_turns_it_blue_and_leaves_the_table() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    blue, result, plan = edit("change the red cup to blue", photo("coffee.jpg"), size=(768, 512))
    assert plan.photo_edits[0].target_color is not None
    hsv_before, hsv_after = (cv2.cvtColor(a, cv2.COLOR_RGB2HSV) for a in (original, blue))
    red = ((hsv_before[..., 0] < 8) | (hsv_before[..., 0] > 172)) & (hsv_before[..., 1] > 120) & (
        hsv_before[..., 2] > 60)
    assert red.mean() > 0.1
    turned = (hsv_after[..., 0] > 95) & (hsv_after[..., 0] < 130)
    assert turned[red].mean() > 0.8
    far = np.zeros_like(red)
    far[:60, :150] = True  # the table's top-left corner, away from the cup
    assert np.abs(blue[far].astype(int) - original[far]).mean() < 2
    assert not result.shortfalls


def test_recolouring_an_unrecognisable_thing_uses_the_main_subject_and_says_so() -> None:
    original = fitted(photo("flower.jpg"), (768, 512))
    purple, result, _ = edit("turn the flower purple", photo("flower.jpg"), size=(768, 512))
    hue_before, hue_after = (cv2.cvtColor(a, cv2.COLOR_RGB2HSV)[..., 0] for a in (original, purple))
    petals = (hue_before > 5) & (hue_before < 25) & (cv2.cvtColor(original, cv2.COLOR_RGB2HSV)[..., 1] > 80)
    assert ((hue_after[petals] > 125) & (hue_after[petals] < 165)).mean() > 0.6
    assert np.abs(purple[:40].astype(int) - original[:40]).mean() < 2  # the dark leaves at the top stay
    assert any("main subject" in s for s in result.shortfalls)


def test_hair_is_recoloured_and_the_face_is_not() -> None:
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    blonde, _, _ = edit("make her hair blonde", image)
    face = find_faces(original)[0]
    x0, y0, x1, _y1 = (int(v) for v in face.box)
    cheeks = (slice(int(face.eye_left[1]) + 10, int(face.mouth[1]) - 5), slice(x0 + 10, x1 - 10))
    assert np.abs(blonde[cheeks].astype(int) - original[cheeks]).mean() < 2
    hair = (slice(max(0, y0 - 50), y0 - 5), slice(x0, x1))
    assert blonde[hair].mean() > original[hair].mean() + 15  # lighter, yellower hair


# --- removal --------------------------------------------------------------------------------------------------------

def test_removing_the_person_leaves_no_face() -> None:
    image = photo("astronaut.jpg")
    assert len(find_faces(rgb_array(image))) == 1
    empty, result, _ = edit("remove the person", image)
    assert find_faces(empty) == []
    assert not result.shortfalls


def test_removing_the_person_on_the_left_keeps_the_one_on_the_right() -> None:
    image = two_people()
    gone, _, plan = edit("remove the person on the left", image)
    assert plan.photo_edits[0].placement == "left"
    faces = find_faces(gone)
    assert len(faces) == 1 and faces[0].centre[0] > image.width / 2


def test_removing_by_colour_takes_the_red_cup_away() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    removed, _, _ = edit("remove the red cup", photo("coffee.jpg"), size=(768, 512))

    def red_share(rgb: np.ndarray) -> float:
        hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
        return float((((hsv[..., 0] < 8) | (hsv[..., 0] > 172)) & (hsv[..., 1] > 120) & (hsv[..., 2] > 60)).mean())

    assert red_share(removed) < red_share(original) * 0.2


def test_removing_what_is_not_there_leaves_the_photo_and_says_so() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    same, result, _ = edit("remove the dog", photo("coffee.jpg"), size=(768, 512))
    assert np.array_equal(same, original)
    assert [s.split(":")[0] for s in result.shortfalls] == ["Not done"]
    assert "nothing was removed" in result.shortfalls[0]


def test_removing_a_person_from_a_photo_without_people_is_not_done() -> None:
    original = fitted(photo("china.jpg"), (768, 512))
    same, result, _ = edit("remove the man", photo("china.jpg"), size=(768, 512))
    assert np.array_equal(same, original)
    assert result.shortfalls[0].startswith("Not done: remove the man: I could not find a man")


# --- accessories and additions --------------------------------------------------------------------------------------

def changed_box(before: np.ndarray, after: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(np.abs(after.astype(int) - before).max(axis=2) > 40)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_sunglasses_sit_on_the_eyes() -> None:
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    face = find_faces(original)[0]
    worn, result, _ = edit("add sunglasses to her", image)
    x0, y0, x1, y1 = changed_box(original, worn)
    fx0, fy0, fx1, fy1 = face.box
    assert fx0 - 10 <= x0 and x1 <= fx1 + 10  # within the face's width
    assert fy0 <= y0 and y1 <= (fy0 + fy1) / 2 + 10  # in the face's upper half
    assert y0 < face.eye_left[1] < y1  # across the eyes
    assert not result.shortfalls


def test_a_hat_sits_above_the_eyes_on_the_head() -> None:
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    face = find_faces(original)[0]
    worn, _, _ = edit("put a top hat on her", image)
    x0, _y0, x1, y1 = changed_box(original, worn)
    assert y1 < face.eye_left[1]
    assert abs((x0 + x1) / 2 - face.centre[0]) < face.width * 0.25


def test_an_accessory_without_a_face_is_not_done() -> None:
    original = fitted(photo("coffee.jpg"), (768, 512))
    same, result, _ = edit("give him a mustache", photo("coffee.jpg"), size=(768, 512))
    assert np.array_equal(same, original)
    assert result.shortfalls[0].startswith("Not done: give him a mustache: I could not find a face")


def test_what_cannot_be_drawn_is_unsupported() -> None:
    plan = plan_composition(PlanningInput("add a tattoo to him", 512, 512, reference_count=1))
    assert plan.photo_edits == () and plan.unsupported == ("add a tattoo to him",)


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_stickers_and_additions_never_cover_a_face() -> None:
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    face = find_faces(original)[0]
    face_box = tuple(v / 512 for v in face.box)
    plan = plan_composition(PlanningInput("add a star sticker in the top", 512, 512, reference_count=1))
    asked = plan.subjects[0].box
    assert overlaps(asked, face_box)  # where the prompt put it would cover her face…
    result = ENGINE.render(RenderRequest(plan, 512, 512, (image,), 1))
    after = rgb_array(result.image)
    x0, y0, x1, y1 = (int(v) for v in face.box)
    assert np.abs(after[y0:y1, x0:x1].astype(int) - original[y0:y1, x0:x1]).max(axis=2).mean() < 1  # …it moved
    dog, _, _ = edit("put a dog next to her", image)
    assert np.abs(dog[y0:y1, x0:x1].astype(int) - original[y0:y1, x0:x1]).max(axis=2).mean() < 1
    assert np.abs(dog.astype(int) - original).max(axis=2).mean() > 1  # and the dog is there


def test_a_rainbow_is_drawn_into_the_sky() -> None:
    original = fitted(photo("china.jpg"), (768, 512))
    arched, result, _ = edit("add a rainbow in the sky", photo("china.jpg"), size=(768, 512))
    change = np.abs(arched.astype(int) - original).mean(axis=2)
    assert change[:150].mean() > 2 and change[-100:].mean() < 1
    assert not result.shortfalls


# --- background, combining, outpainting -----------------------------------------------------------------------------

def test_a_new_background_keeps_the_person_pixels() -> None:
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    beach, _, plan = edit("replace the background with a beach", image)
    assert plan.photo_edits[0].name == "beach"
    person = people_mask(original)
    assert person is not None
    core = cv2.erode((person > 0.97).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    assert np.array_equal(beach[core], original[core])
    behind = person < 0.03
    assert np.abs(beach[behind].astype(int) - original[behind]).mean() > 25


def test_combining_puts_the_person_into_the_first_photo_not_beside_it() -> None:
    scene, person = photo("china.jpg"), photo("astronaut.jpg")
    size = (768, 512)
    combined, result, plan = edit("put the woman from the second photo on the left", scene, person, size=size)
    assert plan.photo_edits[0].kind == "combine" and plan.background.kind == "reference"
    base = fitted(scene, size)
    assert np.array_equal(combined[:, 600:], base[:, 600:])  # the first photo fills the frame, untouched here
    faces = find_faces(combined)
    assert len(faces) == 1 and faces[0].centre[0] < size[0] / 2  # she stands in it, on the left
    assert not result.shortfalls


def test_combining_at_an_unknown_place_says_where_it_went() -> None:
    _, result, _ = edit("combine these two photos: put the woman from the second photo on the sofa in the first",
                        photo("coffee.jpg"), photo("astronaut.jpg"), size=(768, 512))
    assert any('could not tell where "on the sofa" is' in s for s in result.shortfalls)


def test_a_new_aspect_ratio_extends_the_photo_without_bars() -> None:
    image = photo("astronaut.jpg")
    wide, _, _ = edit("make it black and white", image, size=(910, 512))
    middle = rgb_array(image.convert("L").convert("RGB"))
    assert np.abs(wide[:, 199:711].astype(int) - middle).mean() < 3  # the whole photo, in the middle
    for margin in (wide[:, :190], wide[:, -190:]):
        assert margin.std(axis=0).mean() > 8  # columns vary: no flat bar
        assert margin.std(axis=1).mean() > 4  # rows vary too: no stretched edge
    zoomed, _, plan = edit("zoom out", image)
    assert plan.photo_edits[0].kind == "outpaint" and zoomed.shape == (512, 512, 3)
    assert zoomed[:60].std() > 8 and zoomed[-60:].std() > 8


def test_the_same_request_gives_the_same_bytes_and_another_seed_other_clouds() -> None:
    first, _, _ = edit("make it stormy", photo("china.jpg"), size=(768, 512), seed=3)
    again, _, _ = edit("make it stormy", photo("china.jpg"), size=(768, 512), seed=3)
    other, _, _ = edit("make it stormy", photo("china.jpg"), size=(768, 512), seed=4)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)


@pytest.mark.parametrize("prompt", ["make it a watercolor painting and add sunglasses to her",
                                    "put her on a beach at sunset", "make the suit blue and add a crown"])
def test_combined_edits_render_with_nothing_left_unsaid(prompt: str) -> None:
    original = rgb_array(photo("astronaut.jpg"))
    after, result, plan = edit(prompt, photo("astronaut.jpg"))
    assert len(plan.photo_edits) >= 2 and not plan.unsupported
    assert not result.shortfalls
    assert np.abs(after.astype(int) - original).mean() > 5


def test_without_litert_faces_come_from_haar_and_people_from_grabcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where ai-edge-litert has no wheel, the edits still find faces and people with OpenCV alone."""
    from openbanana.engines.draft.photo import blazeface, faces, segmentation

    for module in (blazeface, faces, segmentation):
        monkeypatch.setattr(module, "load", lambda name: None)
    image = photo("astronaut.jpg")
    original = rgb_array(image)
    (face,) = find_faces(original)
    assert face.box[0] < face.eye_left[0] < face.eye_right[0] < face.box[2]
    worn, result, _ = edit("add sunglasses to her", image)
    x0, y0, x1, y1 = changed_box(original, worn)
    assert face.box[1] <= y0 < face.eye_left[1] < y1 and face.box[0] - 10 <= x0 < x1 <= face.box[2] + 10
    studio, result, _ = edit("make the background white", image)
    assert not result.shortfalls
    white = (studio.min(axis=2) > 235).mean()
    assert white > (original.min(axis=2) > 235).mean() + 0.2  # the room behind her is white now…
    middle = (slice(int(face.eye_left[1]), int(face.mouth[1])), slice(int(face.eye_left[0]), int(face.eye_right[0])))
    assert np.array_equal(studio[middle], original[middle])  # …and her face is as it was


@pytest.mark.parametrize("prompt", ["make it a watercolor painting", "replace the sky with a sunset",
                                    "remove the person on the left", "put the cat from the second photo next to her",
                                    "zoom out", "make the red cup blue", "add sunglasses to her"])
@pytest.mark.parametrize("size", [(1, 1), (3, 500)])
def test_degenerate_photos_are_edited_or_left_alone_without_error(prompt: str, size: tuple[int, int]) -> None:
    tiny = Image.new("RGB", size, (200, 30, 40))
    result = edit(prompt, tiny, tiny, size=(96, 64))[1]
    assert result.image.size == (96, 64)


def test_a_subject_that_fills_its_photo_is_not_torn_out_as_a_scrap() -> None:
    """Chelsea's face fills her photo, so GrabCut finds only a ragged part of it (the light fur, the eyes). Set
    beside a cup, that scrap reads as a torn piece of cat: the edit is said not to be done and the photo is left as
    it was, rather than pasted over. A new background keeps the whole sharp cat instead (its room is out of focus),
    and the answer says how the cat was told from it."""
    cat, cup = photo("chelsea.jpg"), photo("coffee.jpg")
    beach, result, _ = edit("replace the background with a beach", cat)
    assert any("in-focus part" in line for line in result.shortfalls), result.shortfalls
    before = fitted(cat, (beach.shape[1], beach.shape[0])).astype(int)
    height, width = beach.shape[:2]
    change = np.abs(beach.astype(int) - before).mean(axis=2)
    assert change[height // 3:2 * height // 3, width // 4:width // 2].mean() < 3  # the cat's eyes and nose stay
    assert change[: height // 3, 7 * width // 8:].mean() > 20  # the blurred room at the top right is gone
    combined, result, _ = edit("put the cat from the second photo next to the coffee cup", cup, cat)
    assert any(line.startswith("Not done") and "cat" in line for line in result.shortfalls), result.shortfalls
    assert np.abs(combined.astype(int) - fitted(cup, (combined.shape[1], combined.shape[0])).astype(int)).mean() < 2


def test_clean_cuts_are_whole_rounded_shapes() -> None:
    ys, xs = np.mgrid[0:200, 0:200].astype(np.float32)
    disc = (np.hypot(xs - 100, ys - 100) < 60).astype(np.float32)
    angle = np.arctan2(ys - 100, xs - 100)
    ragged = (np.hypot(xs - 100, ys - 100) < 30 + 55 * (np.cos(angle * 7) > 0.3)).astype(np.float32)
    assert clean_cut(disc) and not clean_cut(ragged) and not clean_cut(np.zeros_like(disc))


@pytest.mark.parametrize("name", ["flower.jpg", "astronaut.jpg"])
def test_dark_leaves_and_a_pale_wall_are_not_taken_for_sky(name: str) -> None:
    """Out-of-focus leaves are smooth and teal, a studio wall smooth and pale: neither gets a drawn sky."""
    original = photo(name)
    for size in (original.size, (640, 480)):
        assert find_sky(fitted(original, size)) is None, (name, size)


def test_golden_hour_without_a_sky_still_visibly_warms_and_lights_from_one_side() -> None:
    cup = photo("coffee.jpg")
    before = fitted(cup, cup.size).astype(np.float32)
    after, result, _ = edit("relight it at golden hour", cup)
    assert any("no open sky" in line for line in result.shortfalls)  # said, and only the light changed
    warmth = lambda rgb: float((rgb[..., 0] - rgb[..., 2]).mean())  # noqa: E731
    assert warmth(after.astype(np.float32)) > warmth(before) + 10
    third = before.shape[1] // 3
    gain = after.astype(np.float32).mean(axis=2) - before.mean(axis=2)
    assert abs(float(gain[:, :third].mean() - gain[:, -third:].mean())) > 8  # lit from one side


def test_a_large_removed_thing_is_filled_with_the_surroundings_texture_not_a_smooth_smear() -> None:
    cup = photo("coffee.jpg")
    after, result, _ = edit("remove the red cup", cup)
    assert not result.shortfalls
    before = fitted(cup, (after.shape[1], after.shape[0]))
    h, w = after.shape[:2]
    middle = (slice(h * 2 // 5, h * 3 // 5), slice(w * 2 // 5, w * 3 // 5))  # where the cup was
    assert np.abs(after[middle].astype(int) - before[middle]).mean() > 20  # the cup is gone
    gray = cv2.cvtColor(after, cv2.COLOR_RGB2GRAY).astype(np.float32)
    structure = np.abs(gray - cv2.GaussianBlur(gray, (0, 0), 12))[middle].mean()
    assert structure > 6.0  # the wood's streaks carried in (a smooth fill plus noise measures about 5.5)
