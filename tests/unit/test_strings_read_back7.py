"""Symbols and dashes set so that they read back as written: the real rules planner, the real draft engine, and
rapidocr reading the pixels back the way bench/scene_fidelity.py reads a string. The strings are new ones, none
from a prompt set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image

from openbanana.engines.base import RenderRequest, RenderResult
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.fonts import SMALL_DEGREE, coverage, face_path, split_runs, unset_characters
from openbanana.imaging.drawing.typesetting import BINDING_DASHES
from openbanana.imaging.drawing.typography import fit_text
from openbanana.plan import Plan, TextBlock
from tests.unit import test_strings_read_back as first_round
from tests.unit.test_strings_read_back import _block, _plan

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import crop_box, padded, same_glyphs

reader = first_round.reader  # the OCR fixture: one rapidocr for the module

def _render(plan: Plan, size: tuple[int, int]) -> RenderResult:
    return DraftEngine().render(RenderRequest(plan, *size, seed=7))


def _lines(block: TextBlock, size: tuple[int, int]) -> list[str]:
    return ["".join(run.text for run in line) for line in fit_text(block, size).lines]


def _read(reader: text_fidelity.Reader, picture: Image.Image, block: TextBlock) -> str:
    return reader.read(padded(crop_box(picture, block.box)))


@pytest.mark.parametrize(("prompt", "text"), [
    ('A chalkboard sign by a farm gate reading "Pick Your Own - Ask Inside"', "Pick Your Own - Ask Inside"),
    ('A shop door sticker that says "Ring the Bell – Back in Five Minutes"', "Ring the Bell – Back in Five Minutes"),
])
def test_a_spaced_dash_stays_between_its_words_and_reads_back(reader: text_fidelity.Reader, prompt: str,
                                                               text: str) -> None:
    """Left at a line's end, a spaced dash stands alone and OCR drops it, so the string reads as two; bound to
    the words on both sides, it is read where it stands."""
    plan, size = _plan(prompt)
    block = _block(plan, text)
    lines = _lines(block, size)
    assert len(lines) > 1  # the string wraps: there was a line edge the dash could have fallen on
    assert not any(line.split()[0] in BINDING_DASHES or line.split()[-1] in BINDING_DASHES for line in lines), lines
    seen = _read(reader, _render(plan, size).image, block)
    assert same_glyphs(text) in same_glyphs(seen), seen


def test_a_dash_inside_a_word_still_breaks_as_a_word() -> None:
    """Only a dash standing alone binds its neighbours: a hyphenated word is one word, and words elsewhere in the
    line still break where the box needs them to."""
    block = TextBlock("Farm-fresh eggs and home-made jam every single day", "headline", (0.3, 0.1, 0.7, 0.5),
                      font="sans-bold")
    lines = _lines(block, (1000, 1000))
    assert len(lines) >= 3
    assert " ".join(lines).split() == block.text.split()


@pytest.mark.parametrize(("prompt", "text", "sign"), [
    ('A keyboard shortcut card that says "Press ⌘ Z to undo"', "Press ⌘ Z to undo", "⌘"),
    ('A maths worksheet titled "∆ Area of a Triangle"', "∆ Area of a Triangle", "∆"),
])
def test_a_sign_only_one_bundled_face_has_is_drawn_from_it(prompt: str, text: str, sign: str) -> None:
    """No Noto face here has ⌘ or ∆; Inter has both. The fallback ends with every bundled face, so the sign is
    drawn from one that has it (it used to be a blank box) and the answer has nothing to own up to."""
    plan, size = _plan(prompt)
    block = _block(plan, text)
    run = next(r for r in split_runs(text, block.font) if sign in r.text)
    assert ord(sign) in coverage(run.path)
    assert "".join(_lines(block, size)).replace(" ", "") == text.replace(" ", "")
    assert not any(sign in sentence for sentence in _render(plan, size).shortfalls)


def test_a_sign_no_bundled_face_has_is_left_out_and_the_answer_says_so() -> None:
    """♫ is in none of the bundled fonts: the string is set without it (no blank box, no double gap where it
    stood) and the answer names what is missing, so it never claims the string was set as written."""
    plan, size = _plan('A jazz club poster with the headline "Late Set ♫ Saturday"')
    block = _block(plan, "Late Set ♫ Saturday")
    assert unset_characters(block.text, block.font) == ("♫",)
    assert " ".join(_lines(block, size)).split() == ["Late", "Set", "Saturday"]
    result = _render(plan, size)
    assert any('"♫"' in s and "Late Set ♫ Saturday" in s for s in result.shortfalls), result.shortfalls


def test_every_symbol_of_posters_and_menus_is_drawn_from_a_bundled_face() -> None:
    """Marks, currency, fractions, arrows, bullets, dashes and degrees: whichever face a block is set in, each is
    drawn as itself from the face or its fallback, never left out."""
    symbols = "™®©€£¥½×→•–—…№°"
    for face in ("script", "condensed", "comic", "serif", "geometric", "sans-medium"):
        assert unset_characters(symbols, face) == ()
        drawn = "".join(run.text for run in split_runs(symbols, face))
        assert drawn == symbols
        assert all(ord(c) in coverage(run.path) for run in split_runs(symbols, face) for c in run.text)
    assert ord("→") not in coverage(face_path("sans"))  # Noto Sans lacks the arrow: it comes from the fallback


@pytest.mark.parametrize(("prompt", "text"), [
    ('A phone lock screen with the weather "Cloudy 11° tonight"', "Cloudy 11° tonight"),
    ('A lido chalkboard that reads "Pool 26° today"', "Pool 26° today"),
])
def test_a_degree_after_a_number_reads_as_a_degree_not_an_ordinal(reader: text_fidelity.Reader, prompt: str,
                                                                  text: str) -> None:
    """Inter's and Noto's degree rings are as big as a small o, and OCR read them as the ordinal indicator "º".
    A degree not before a letter is drawn with League Spartan's small ring at the cap height, and reads as "°"."""
    plan, size = _plan(prompt)
    block = _block(plan, text)
    degrees = [run for run in split_runs(text, block.font) if "°" in run.text]
    assert degrees and all(run.path == face_path(SMALL_DEGREE) for run in degrees)
    seen = _read(reader, _render(plan, size).image, block)
    assert "º" not in seen
    assert same_glyphs(text) in same_glyphs(seen), seen


def test_a_degree_before_its_letter_keeps_the_face_s_own_sign() -> None:
    """"24°C" keeps the face's own degree, set a hair apart from the letter (spacing.py's loose pair), which
    already reads as the two characters given; only a degree standing after a number alone is borrowed."""
    for face in ("sans-medium", "serif", "display"):
        runs = split_runs("Bath 38°C, pool 27°", face)
        assert [r.path for r in runs if "°C" in r.text] == [face_path(face)]
        assert runs[-1].text == "°" and runs[-1].path == face_path(SMALL_DEGREE)
