"""Every string readable as the characters given, and in the role and place its words give it: the real rules
planner, the real draft engine, and rapidocr reading the pixels back the way bench/scene_fidelity.py reads them.
The strings here are new ones, none copied from a benchmark prompt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.fonts import face_path, split_runs
from openbanana.imaging.drawing.spacing import LOOSE_EM, loose_joints, pieces, widened
from openbanana.imaging.drawing.typography import fit_text
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import crop_box, padded, same_glyphs


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def _plan(prompt: str, aspect: str = "4:3") -> tuple[Plan, tuple[int, int]]:
    target = target_size(aspect, "1K")
    return RulesPlanner().plan(PlanningInput(prompt, target.width, target.height, seed=7)).plan, (target.width,
                                                                                                   target.height)


def _render(plan: Plan, size: tuple[int, int]) -> Image.Image:
    return DraftEngine().render(RenderRequest(plan, *size, seed=7)).image


def _block(plan: Plan, text: str) -> TextBlock:
    return next(b for b in plan.texts if b.text == text)


@pytest.mark.parametrize(("prompt", "text"), [
    ('A swimming pool notice board that reads "Water 27°C"', "Water 27°C"),
    ('A sauna door sign that reads "Hot room 85°C"', "Hot room 85°C"),
    ('A roadside weather board: "Tonight 41°F"', "Tonight 41°F"),
])
def test_a_degree_sign_and_its_letter_read_back_as_the_two_characters_given(
        reader: text_fidelity.Reader, prompt: str, text: str) -> None:
    """Set tight, "°C" looks like the one symbol ℃ (U+2103), and OCR reads that symbol: a loose pair is set a hair
    apart, so what is read is the degree sign and the letter that were asked for."""
    plan, size = _plan(prompt)
    block = _block(plan, text)
    seen = reader.read(padded(crop_box(_render(plan, size), block.box)))
    assert same_glyphs(text) in same_glyphs(seen), seen
    assert "℃" not in seen and "℉" not in seen


def test_a_loose_pair_is_drawn_a_hair_apart_and_measured_so() -> None:
    """The space is in the measure as well as the drawing, so a fitted block still fits its box."""
    assert loose_joints("Oven 220°C, fridge 4°C") == 2
    assert loose_joints("12° north, 90°0'") == 0  # a degree sign before a space or a digit is left as set
    run = split_runs("Bake at 200°C", "sans-medium")[0]
    assert pieces(run, widen=False) == [("Bake at 200°", ""), ("C", None)]
    tight = fit_text(TextBlock("200°C", "headline", (0.1, 0.1, 0.9, 0.3), font="sans-medium", max_size=0.08),
                     (1024, 1024))
    plain = fit_text(TextBlock("200 C", "headline", (0.1, 0.1, 0.9, 0.3), font="sans-medium", max_size=0.08),
                     (1024, 1024))
    assert tight.size == plain.size
    assert tight.widths[0] > tight.size * LOOSE_EM  # the pair's space is counted in the line's width


def test_script_names_are_joined_by_an_ampersand_that_reads_as_one(reader: text_fidelity.Reader) -> None:
    """Dancing Script's looped ampersand reads as an E with a tail; a script line borrows the italic one, as
    invitations set it, and the letters around it stay the script's."""
    plan, size = _plan('A save-the-date card with "Ines & Karl" in calligraphy and "Lakeside, May 3" below', "4:5")
    block = _block(plan, "Ines & Karl")
    assert block.font == "script"
    runs = split_runs(block.text, block.font)
    assert [r.path for r in runs if "&" in r.text] == [face_path("serif-italic")]
    assert all(r.path == face_path("script") for r in runs if "&" not in r.text)
    seen = reader.read(padded(crop_box(_render(plan, size), block.box)))
    assert "&" in seen, seen


def test_a_space_after_punctuation_is_not_widened_in_display_type() -> None:
    """The comma's own white already opens the gap; widened as well, a reader splits the line there and sees the
    next word's first letter twice ("Birthday, S Sam")."""
    run = split_runs("Friday 8pm, Dock Street", "geometric")[0]
    assert widened(run) == 2
    assert pieces(run, widen=True) == [("Friday", " "), ("8pm, Dock", " "), ("Street", None)]


@pytest.mark.parametrize(("prompt", "text"), [
    ('A farmers market banner with "Fresh eggs, local honey" across the top and crates of apples below',
     "Fresh eggs, local honey"),
    ('A gig poster with a guitar in the middle and "Friday 9pm, The Anchor" along the bottom',
     "Friday 9pm, The Anchor"),
])
def test_display_lines_with_a_comma_read_back_whole(reader: text_fidelity.Reader, prompt: str, text: str) -> None:
    plan, size = _plan(prompt, "3:4")
    seen = reader.read(padded(crop_box(_render(plan, size), _block(plan, text).box)))
    assert same_glyphs(text) in same_glyphs(seen), seen


def _roles(prompt: str, aspect: str = "3:4") -> dict[str, tuple[str, tuple[float, float, float, float]]]:
    plan, _ = _plan(prompt, aspect)
    return {b.text: (b.role, b.box) for b in plan.texts}


def test_a_button_labelled_with_a_string_is_the_buttons_call_to_action() -> None:
    roles = _roles('A checkout page mock-up with the heading "Your basket" and a button labelled "Pay securely"',
                   "9:16")
    assert roles["Pay securely"][0] == "cta"
    assert roles["Your basket"][0] == "headline"


def test_a_role_word_right_before_the_next_string_names_that_string() -> None:
    """"…", signed "Name": "signed" is the name's, and the saying before it is the card's quote."""
    plan, _ = _plan('A framed print for a classroom: "Mistakes help us grow." in big letters, signed "Ms. Okafor"',
                    "1:1")
    assert plan.scene.document == "quote"
    roles = {b.text: b.role for b in plan.texts}
    assert roles == {"Mistakes help us grow.": "quote", "Ms. Okafor": "attribution"}


def test_strings_joined_on_a_label_are_all_on_the_label() -> None:
    """Both are the label's (the scene graph says what a string is; on the bottle each is set as carried words)."""
    plan, _ = _plan('A bottle of hot sauce whose paper label reads "Ghost Fire" and "Extra Hot"', "4:5")
    specs = {t.text: t for t in plan.scene.texts}
    assert specs["Ghost Fire"].role == specs["Extra Hot"].role == "label"
    assert specs["Ghost Fire"].target == specs["Extra Hot"].target != ""


def test_a_guide_in_panels_is_numbered_steps_not_a_comic() -> None:
    plan, _ = _plan('A bike repair guide in three panels: "Flip the bike", "Remove the wheel", "Patch the tube"',
                    "16:9")
    assert plan.scene.document == "steps"
    assert {b.role for b in plan.texts if b.text in ("Flip the bike", "Remove the wheel", "Patch the tube")} == {
        "step"}


def test_a_line_underneath_a_named_picture_goes_to_the_foot() -> None:
    """"X" at the top, a picture of something, and "Y" underneath: the picture lies between the two strings."""
    roles = _roles('Bake sale flyer: "BAKE SALE" at the top, a photo of cupcakes on a tray, and "Friday 3pm, '
                   'Room 12" underneath')
    top, bottom = roles["BAKE SALE"][1], roles["Friday 3pm, Room 12"][1]
    assert (top[1] + top[3]) / 2 < 0.4
    assert (bottom[1] + bottom[3]) / 2 > 0.6
