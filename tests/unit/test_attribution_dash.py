"""An attribution's leading dash set close to the name: the real rules planner, the real draft engine, and rapidocr
reading the pixels back the way bench/scene_fidelity.py reads a string. The prompts are new ones, none from a prompt
set."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from openbanana.imaging.drawing.fonts import split_runs, text_font
from openbanana.imaging.drawing.spacing import CLOSE_EM, closed, pieces, widened
from openbanana.imaging.drawing.typesetting import draw_runs, fit_text
from tests.unit import test_strings_read_back as first_round
from tests.unit.test_strings_read_back import _block, _plan, _render
from tests.unit.test_strings_read_back7 import _read

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import same_glyphs

reader = first_round.reader  # the OCR fixture: one rapidocr for the module


@pytest.mark.parametrize(("prompt", "text"), [
    ('A pink quote card with the quote "Start where you are." and the attribution "- Arthur Ashe" below it',
     "- Arthur Ashe"),
    ('A mint green card with the words "Keep going" and underneath "— Aunt Rosa"', "— Aunt Rosa"),
])
def test_an_attributions_leading_dash_is_set_close_and_reads_back(reader: text_fidelity.Reader, prompt: str,
                                                                  text: str) -> None:
    """A word space after a dash opening the line left the dash alone, and OCR dropped it ("Arthur Ashe"): the
    space is set as a thin close joint, so the dash is read with the name, and the characters set are the
    prompt's, the space among them."""
    plan, size = _plan(prompt, "1:1")
    block = _block(plan, text)
    fitted = fit_text(block, size)
    run = fitted.lines[0][0]
    assert run.text == text
    assert closed(run) == 1 and pieces(run, widen=fitted.gap != 0)[0] == (text[0], "close")
    seen = _read(reader, _render(plan, size), block)
    assert same_glyphs(text) in same_glyphs(seen), seen


def test_only_a_dash_opening_the_run_before_a_word_is_set_close() -> None:
    """A dash before a figure, a dash touching its word and a dash ending the line keep their joints (a spaced dash
    between words is a separator: test_lone_separators.py); the space between the names stays a word space."""
    for text in ("- 5", "-Dalai Lama", "Dalai Lama -", "-"):
        assert closed(split_runs(text, "sans-medium")[0]) == 0, text
    run = split_runs("- Dalai Lama", "display")[0]
    assert closed(run) == 1 and widened(run) == 1
    assert pieces(run, widen=True) == [("-", "close"), ("Dalai", " "), ("Lama", None)]


def test_the_close_joint_is_drawn_narrower_than_a_word_space_but_open() -> None:
    """Drawn, the white between the dash's ink and the name's is less than the face's word space (a thin space),
    and more than none: the dash does not touch the name."""
    plan, size = _plan('A pink quote card with the quote "Start where you are." and the attribution "- Arthur Ashe" '
                       'below it', "1:1")
    block = _block(plan, "- Arthur Ashe")
    fitted = fit_text(block, size)
    mask = Image.new("L", size)
    draw_runs(mask, fitted, block, 255)
    inked = np.asarray(mask).max(axis=0) > 0
    columns = np.flatnonzero(inked)
    dash_end = columns[0] + int(np.argmin(inked[columns[0]:]))  # the first blank column after the dash
    white = int(np.argmax(inked[dash_end:]))
    space = text_font(block.font, fitted.size).getlength(" ")
    assert 0 < white < space, (white, space)
    assert white <= CLOSE_EM * fitted.size + 0.2 * fitted.size  # the joint plus the glyphs' own side bearings
