"""Reading edit prompts into photo edits: the kind, what it acts on, the colours, the place, and what stays undone."""

from __future__ import annotations

import pytest

from openbanana.plan import Plan
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition


def read(prompt: str, references: int = 1) -> Plan:
    return plan_composition(PlanningInput(prompt, 1024, 1024, reference_count=references, seed=1))


@pytest.mark.parametrize(("prompt", "name"), [
    ("make it a watercolor painting", "watercolor"), ("turn this into a pencil sketch", "pencil_sketch"),
    ("make it look like a cartoon", "cartoon"), ("pixel art", "pixel_art"), ("as an oil painting", "oil_painting"),
    ("give it a vintage film look", "vintage_film"), ("HDR", "hdr"), ("make it look like a comic", "cartoon"),
])
def test_styles(prompt: str, name: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("style", name)]


@pytest.mark.parametrize(("prompt", "name"), [
    ("make it night", "night"), ("golden hour", "golden_hour"), ("add fog", "fog"), ("make it stormy", "storm"),
    ("make it snowy", "snow"), ("at sunset", "sunset"), ("make it rainy", "rain"),
])
def test_light_and_weather_replace_the_global_tone_ops(prompt: str, name: str) -> None:
    plan = read(prompt)
    lying = [("add", "lying snow")] if name == "snow" else []  # winter: snow on the ground as well as falling
    assert [(e.kind, e.name) for e in plan.photo_edits] == [("relight", name), *lying]
    assert not {"night", "golden", "dramatic"} & set(plan.edits)


@pytest.mark.parametrize("prompt", ["make it look like winter", "add snow", "make it snowy"])
def test_winter_is_falling_snow_and_snow_on_the_ground(prompt: str) -> None:
    edits = read(prompt).photo_edits
    assert [(e.kind, e.name, e.destination) for e in edits] == [("relight", "snow", ""),
                                                                ("add", "lying snow", "on the ground")]


@pytest.mark.parametrize(("prompt", "name"), [
    ("make it look like a 90s photo", "vintage_film"), ("make it look like an old 70s photo", "vintage_film"),
    ("80's vibe please", "vintage_film"), ("make it look like it's from the sixties", "vintage_film"),
    ("turn this into a coloring page", "coloring_page"), ("make it a colouring book page", "coloring_page"),
    ("line art please", "coloring_page"), ("change the season to autumn", "autumn"),
    ("make it look like fall", "autumn"),
])
def test_everyday_style_words(prompt: str, name: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("style", name)]


def test_light_named_as_a_thing_to_add_is_light() -> None:
    assert [(e.kind, e.name) for e in read("add a sunset").photo_edits] == [("relight", "sunset")]


def test_an_age_is_no_decade_look() -> None:
    assert not any(e.kind == "style" for e in read("make the man in his 50s smile").photo_edits)


@pytest.mark.parametrize("prompt", ["make it a 16:9 banner", "turn this into a widescreen header",
                                    "make it 21:9", "convert it to landscape format"])
def test_a_new_frame_is_an_outpaint(prompt: str) -> None:
    assert [(e.kind, e.amount) for e in read(prompt).photo_edits] == [("outpaint", 1.0)]


def test_a_text_banner_is_no_new_frame() -> None:
    assert not read("put a 'SALE' banner at the top").photo_edits


@pytest.mark.parametrize(("prompt", "target"), [
    ("crop it to the cat's face", "the cat's face"), ("crop to the dog", "the dog"),
    ("crop in on her face", "her face"), ("crop around the motorcycle", "the motorcycle"),
])
def test_crop_to_a_named_thing(prompt: str, target: str) -> None:
    plan = read(prompt)
    assert [(e.kind, e.target) for e in plan.photo_edits] == [("crop", target)]
    assert plan.subjects == ()  # no "face" sticker


def test_crop_to_a_part_of_the_frame_stays_a_fixed_crop() -> None:
    plan = read("crop to the left half")
    assert plan.crop == (0.0, 0.0, 0.5, 1.0) and plan.photo_edits == ()


def test_putting_the_photos_thing_somewhere_moves_it_and_adds_no_sticker() -> None:
    (sofa,) = read("put the cat on a sofa").photo_edits
    assert (sofa.kind, sofa.name) == ("background", "room")
    table = read("put the cat on the table")
    assert table.photo_edits == () and table.unsupported == ("put the cat on the table",)
    (beside,) = read("put the cat next to the coffee", references=2).photo_edits
    assert (beside.kind, beside.target, beside.reference, beside.destination) == (
        "combine", "the cat", 1, "next to the coffee")
    (added,) = read("put a dog next to her").photo_edits
    assert (added.kind, added.name) == ("add", "dog")


def test_black_and_white_stays_a_tone_change() -> None:
    plan = read("make it black and white")
    assert plan.edits == ("grayscale",) and plan.photo_edits == ()


@pytest.mark.parametrize(("prompt", "name"), [
    ("replace the sky with a sunset", "sunset"), ("give it a starry sky", "night"),
    ("make the sky stormy", "storm"), ("remove the clouds", "clear"),
])
def test_skies(prompt: str, name: str) -> None:
    assert [(e.kind, e.name) for e in read(prompt).photo_edits] == [("sky", name)]


def test_recolouring_reads_the_thing_its_old_and_new_colour() -> None:
    (car,) = read("make the car blue").photo_edits
    assert (car.kind, car.target, car.target_color, car.name) == ("recolor", "the car", None, "blue")
    (dress,) = read("change the red dress to green").photo_edits
    assert dress.target == "the red dress" and dress.target_color is not None and dress.name == "green"
    assert dress.color is not None and dress.color[1] > dress.color[0]
    (hair,) = read("make her hair blonde").photo_edits
    assert (hair.target, hair.name) == ("her hair", "blonde")
    assert read("make it black and white").photo_edits == ()


def test_removal_reads_the_target_colour_and_place() -> None:
    (person,) = read("remove the person on the left").photo_edits
    assert (person.kind, person.target, person.placement) == ("remove", "the person", "left")
    (car,) = read("remove the red car from the photo").photo_edits
    assert car.target == "the red car" and car.target_color is not None
    assert [e.target for e in read("remove the cat and the dog").photo_edits] == ["the cat", "the dog"]
    assert read("remove the background").photo_edits[0].kind == "background"


def test_accessories_name_who_wears_them() -> None:
    (hat,) = read("add a hat to the man").photo_edits
    assert (hat.kind, hat.name, hat.target) == ("accessory", "top_hat", "the man")
    (mustache,) = read("give her a mustache").photo_edits
    assert (mustache.name, mustache.target) == ("mustache", "her")
    assert [e.name for e in read("add sunglasses and a crown to her").photo_edits] == ["sunglasses", "crown"]
    (left,) = read("put glasses on the woman on the left").photo_edits
    assert (left.target, left.placement) == ("the woman", "left")


def test_additions_keep_their_destination() -> None:
    (dog,) = read("put a dog next to her").photo_edits
    assert (dog.kind, dog.name, dog.destination) == ("add", "dog", "next to her") and dog.glyph
    (rainbow,) = read("add a rainbow in the sky").photo_edits
    assert (rainbow.name, rainbow.destination) == ("rainbow", "in the sky")
    assert not read("put a dog next to her").subjects  # added into the photo, not also as a sticker


@pytest.mark.parametrize(("prompt", "name"), [
    ("replace the background with a beach", "beach"), ("blur the background", "blur"),
    ("make the background white", "white"), ("put him in space", "space"), ("change the background to a forest",
                                                                            "forest"),
])
def test_backgrounds(prompt: str, name: str) -> None:
    edits = read(prompt).photo_edits
    assert (edits[0].kind, edits[0].name) == ("background", name)


def test_a_place_and_a_time_are_both_read() -> None:
    assert [(e.kind, e.name) for e in read("put her on a beach at sunset").photo_edits] == [
        ("background", "beach"), ("relight", "sunset")]


def test_combining_two_photos_is_one_composition_not_a_collage() -> None:
    plan = read("combine these two photos: put the cat from the second photo on the sofa in the first", 2)
    (combine,) = plan.photo_edits
    assert (combine.kind, combine.target, combine.reference, combine.destination) == (
        "combine", "the cat", 1, "on the sofa")
    assert plan.background.kind == "reference"
    collage = read("combine these into a collage", 3)
    assert collage.photo_edits == () and collage.background.kind == "collage"


def test_outpainting_and_zooming_out() -> None:
    (zoom,) = read("zoom out").photo_edits
    assert zoom.kind == "outpaint" and zoom.amount < 1
    (extend,) = read("extend the image to the left and right").photo_edits
    assert extend.kind == "outpaint" and extend.amount == 1


def test_text_goes_where_its_words_say() -> None:
    plan = read("put 'SALE' in the top left and 'Today only' at the bottom right")
    sale, today = plan.texts
    assert sale.box[0] < 0.1 and sale.box[1] < 0.1 and sale.align == "left"
    assert today.box[2] > 0.9 and today.box[3] > 0.9 and today.align == "right"


def test_every_edit_keeps_the_words_that_asked_for_it() -> None:
    plan = read("Make it a watercolor. Remove the red car, and add sunglasses to her")
    assert [e.request for e in plan.photo_edits] == ["remove the red car", "add sunglasses to her",
                                                     "make it a watercolor"]


def test_what_no_edit_can_do_stays_unsupported() -> None:
    plan = read("replace the dog with a cat and make her smile")
    assert plan.unsupported == ("replace the dog with a cat", "make her smile")
    assert read("add a tattoo to him").unsupported == ("add a tattoo to him",)  # (a beard is drawn since the
    # twenty-first round: beard.py)


def test_combining_several_photos_takes_the_subject_of_each() -> None:
    assert [e.reference for e in read("combine these photos", 3).photo_edits] == [1, 2]
