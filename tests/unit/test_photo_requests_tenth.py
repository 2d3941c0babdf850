"""The tenth round of everyday photo-edit requests (bench/data/edits_eyes10.jsonl), each through the real planner and
draft engine, on requests of their own: two things each given its own colour, a colour in two words, a pink or a
galaxy sky (and no lawn taken for a lake in a black-and-white photo), a cyanotype and a tile mosaic, a thing to be
tied round another said as not done, words under a stand-in set below all of it, words over the water written on
it, "park" as a way to put a thing from another photo, a bow in her hair worn by her, trees named green found as the
leaves, and a close-up's sharp subject kept before a new background or recoloured over its fur."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from openbanana.engines.draft.photo.arrays import rgb_array
from openbanana.engines.draft.photo.focus import focus_cut
from openbanana.engines.draft.photo.scenery import find_water
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.things import lone_thing
from tests.unit.test_photo_reading import read
from tests.unit.test_photo_requests import ask, fitted, photo
from tests.unit.test_photo_requests_sixth import edited


def hue_of(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[..., 0].astype(int) * 2


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("paint the door red and the window frame white", [("the door", "red"), ("the window frame", "white")]),
    ("turn the car black and the wheels silver", [("the car", "black"), ("the wheels", "silver")]),
])
def test_two_things_each_with_its_own_colour_are_two_recolours(prompt: str, wanted: list[tuple[str, str]]) -> None:
    edits = read(prompt).photo_edits
    assert [(e.kind, e.target, e.name) for e in edits] == [("recolor", t, n) for t, n in wanted]


def test_the_lone_thing_and_its_wall_each_take_their_own_colour() -> None:
    out, before, _moved, answer = edited("make the clock green and the wall light blue", photo("clock.jpg"))
    clock = lone_thing(before)
    assert clock is not None
    ys, xs = np.nonzero(clock.mask > 0.5)
    middle = (slice(int(np.percentile(ys, 30)), int(np.percentile(ys, 70))),
              slice(int(np.percentile(xs, 30)), int(np.percentile(xs, 70))))  # the face, inside its rim
    outside = clock.mask < 0.05
    hues, saturated = hue_of(out), cv2.cvtColor(out, cv2.COLOR_RGB2HSV)[..., 1] > 40
    assert 90 < np.median(hues[middle][saturated[middle]]) < 170  # green
    assert 180 < np.median(hues[outside & saturated]) < 250  # blue
    assert float(saturated[outside].mean()) > 0.5
    assert "recoloured green" in answer and "recoloured light blue" in answer and "Not done" not in answer


@pytest.mark.parametrize(("prompt", "target", "name"), [
    ("make the fox ginger orange", "the fox", "ginger orange"),
    ("dye the sweater sky blue", "the sweater", "sky blue"),
])
def test_a_colour_in_two_words_is_one_colour_and_no_part_of_the_target(prompt: str, target: str, name: str) -> None:
    assert [(e.kind, e.target, e.name) for e in read(prompt).photo_edits] == [("recolor", target, name)]


@pytest.mark.parametrize(("prompt", "sky"), [
    ("give it a rosy pink sky", "pink"), ("replace the sky with a cosmic nebula", "galaxy"),
    ("make the sky a purple galaxy", "galaxy"),
])
def test_a_pink_or_a_galaxy_sky_is_read_as_such(prompt: str, sky: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("sky", sky)]


def test_a_pink_sky_is_pink_not_a_sunset() -> None:
    out, before, _moved, answer = edited("turn the sky pink", photo("china.jpg"))
    sky = find_sky(before)
    assert sky is not None
    open_sky = sky.mask > 0.9
    red, green, blue = (out[..., i][open_sky].astype(int) for i in range(3))
    assert np.median(red - green) > 40 and np.median(blue - green) > 15  # pink: red and blue over green
    assert "a pink sky" in answer and "Not done" not in answer


def test_a_black_and_white_photo_claims_no_water() -> None:
    """A pale lawn in a grey photo is as smooth and as grey as a lake; without colour nothing can tell them apart,
    so no water is claimed (and a new sky is not mirrored onto the lawn)."""
    lake = rgb_array(photo("china.jpg"))
    grey = np.repeat(cv2.cvtColor(lake, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)
    assert find_water(lake, find_sky(lake)) is not None
    assert find_water(grey, find_sky(grey)) is None


def test_a_cyanotype_is_prussian_blue_and_no_blueprint() -> None:
    out, _before, _moved, answer = edited("print it as a cyanotype", photo("flower.jpg"))
    hues = hue_of(out)
    assert 200 < np.median(hues) < 230  # every pixel the one blue
    assert "cyanotype" in answer and "Not done" not in answer
    assert [(e.kind, e.name) for e in read("a sun print of this photo").photo_edits] == [("style", "cyanotype")]


def test_a_mosaic_is_laid_in_tiles_with_grout_between() -> None:
    out, _before, _moved, answer = edited("make it a mosaic", photo("coffee.jpg"))
    pale = (out.min(axis=2) > 190) & (np.ptp(out.astype(int), axis=2) < 30)  # the grout's colour
    columns = pale.mean(axis=0)
    assert (columns > 0.9).sum() >= 20  # straight grout lines run the whole height, many of them
    assert "a tile mosaic" in answer and "Not done" not in answer


@pytest.mark.parametrize("prompt", ["put a red ribbon round the horse's neck",
                                    "add a yellow ribbon around the horse's tail"])
def test_a_thing_tied_round_another_is_said_as_not_done_and_nothing_is_pasted(prompt: str) -> None:
    out, answer = ask(prompt, photo("horse.jpg"))
    before = fitted(photo("horse.jpg"), out)
    assert np.abs(out.astype(int) - before).mean() < 2
    assert "Not done" in answer and "nothing was added" in answer


def test_words_under_a_stand_in_go_below_all_of_it() -> None:
    """The rocket is not recognised as such and its stand-in is its upper part: "under the rocket" is then the foot of
    the photo, under the whole of it, and the answer says so."""
    out, _before, moved, answer = edited("add 'LIFT OFF' underneath the rocket", photo("rocket.jpg"))
    height = out.shape[0]
    assert moved[int(height * 0.82):].mean() > 0.02  # the words, in the lowest band
    assert moved[int(height * 0.2):int(height * 0.7)].mean() < 0.002
    assert "at the bottom of the photo, under" in answer


@pytest.mark.parametrize("prompt", ["park the car from the second photo in front of the house",
                                    "park the bike from the other photo by the fence"])
def test_park_puts_a_thing_from_another_photo(prompt: str) -> None:
    edits = read(prompt, references=2).photo_edits
    assert [(e.kind, e.reference) for e in edits] == [("combine", 1)]
    assert edits[0].target in ("the car", "the bike")


def test_a_close_up_keeps_its_sharp_subject_before_a_new_background() -> None:
    """The cat's face fills the photo and its room is out of focus: the new background goes where the photo is soft
    behind it, the face is kept, and the answer says how the cat was told from its room."""
    cat = photo("chelsea.jpg")
    out, before, _moved, answer = edited("change the background to snowy mountains", cat)
    height, width = out.shape[:2]
    change = np.abs(out.astype(int) - before).mean(axis=2)
    assert change[height // 3:2 * height // 3, width // 4:2 * width // 3].mean() < 3  # eyes, nose
    assert change[: height // 3, 7 * width // 8:].mean() > 20  # the soft room at the top right
    assert "in-focus part" in answer and "Not done" not in answer


def test_a_sharp_photo_is_not_cut_by_focus() -> None:
    """A photo sharp from edge to edge (gravel, a lawn from above) or soft all over has no blurred background to
    find."""
    grain = np.random.default_rng(4).integers(0, 256, (200, 300, 3), dtype=np.uint8)
    assert focus_cut(grain) is None
    assert focus_cut(rgb_array(Image.new("RGB", (300, 200), (120, 130, 140)))) is None


def test_a_bow_in_her_hair_is_worn_by_her() -> None:
    assert [(e.kind, e.name, e.target) for e in read("stick a yellow bow in her hair").photo_edits] == [
        ("accessory", "bow", "her")]


def test_trees_named_green_are_still_found_as_the_photos_leaves() -> None:
    """Leaves are green anyway: "the green trees" are the photo's leaves, not a search for a bright pure green."""
    out, _before, moved, answer = edited("make the green trees brown", photo("china.jpg"), level=20)
    height, width = out.shape[:2]
    assert moved[height // 2:, : width // 3].mean() > 0.2  # the trees at the bottom left
    assert moved[: height // 4].mean() < 0.01  # not the sky
    assert "recoloured brown" in answer and "Not done" not in answer


def test_words_over_the_water_are_written_on_it_not_in_the_sky_above() -> None:
    out, before, moved, answer = edited("write 'See you soon' over the lake", photo("china.jpg"))
    water = find_water(before, find_sky(before))
    assert water is not None
    ys, _xs = np.nonzero(moved)
    assert water.top * out.shape[0] - 40 < np.median(ys) < water.bottom * out.shape[0] + 40
    assert '"See you soon"' in answer and "could not find" not in answer
    assert [e.name for e in read("print 'Hi' over the sand").photo_edits] == ["on"]
    assert [e.name for e in read("add 'Hi' over the tower").photo_edits] == ["above"]


def test_a_close_up_cat_is_recoloured_over_its_fur_not_one_stripe() -> None:
    """The cat's face fills the photo, so GrabCut round it finds nothing; what is in focus is the cat, and its fur's
    own hue is recoloured across it (not only the stripe that saliency picks out)."""
    out, before, _moved, answer = edited("turn the cat red", photo("chelsea.jpg"))
    height, width = out.shape[:2]
    cheek = (slice(height // 2, 3 * height // 4), slice(width // 10, width // 3))  # the fur left of the nose
    shift = np.abs(hue_of(out)[cheek] - hue_of(before)[cheek])
    assert np.median(np.minimum(shift, 360 - shift)) > 8
    assert "in-focus part" in answer and "recoloured red" in answer
