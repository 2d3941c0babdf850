"""A dash or bar standing alone between two words set close to both: the real rules planner, the real draft engine,
and rapidocr reading the pixels back the way bench/scene_fidelity.py reads a string. The prompts are new ones, none
from a prompt set."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from openbanana.imaging.drawing.fonts import split_runs, text_font
from openbanana.imaging.drawing.spacing import CLOSE_EM, closed, pieces
from openbanana.imaging.drawing.typesetting import draw_runs, fit_text
from openbanana.plan import TextBlock
from tests.unit import test_strings_read_back as first_round
from tests.unit.test_strings_read_back import _block, _plan, _render
from tests.unit.test_strings_read_back7 import _read

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import same_glyphs

reader = first_round.reader  # the OCR fixture: one rapidocr for the module


@pytest.mark.parametrize(("prompt", "text"), [
    ('A chalkboard outside a bike shop with "Repairs 9am - 5pm" in large letters', "Repairs 9am - 5pm"),
    ('A flyer for a pottery class, with "Thursdays 6 - 8pm" under the title "Clay Nights"', "Thursdays 6 - 8pm"),
])
def test_a_lone_dash_between_words_is_set_close_and_read(reader: text_fidelity.Reader, prompt: str,
                                                         text: str) -> None:
    """A word space either side left the dash alone between two of the reader's boxes, and it was dropped ("9am
    5pm"): set a thin space from both words, it is read inside one of them, and the characters set are the
    prompt's, its spaces among them."""
    plan, size = _plan(prompt, "3:4")
    block = _block(plan, text)
    run = next(run for line in fit_text(block, size).lines for run in line if "-" in run.text)
    assert closed(run) == 2
    seen = _read(reader, _render(plan, size), block)
    assert same_glyphs(text) in same_glyphs(seen), seen


def test_only_a_separator_with_a_word_on_each_side_is_set_close() -> None:
    """A dash touching its word, a minus before a figure at the start, a dash ending the line and two marks in a row
    keep their word spaces; a bar between words is a separator as a dash is."""
    for text in ("Well-being Week", "Open Daily -", "Mon -- Fri", "Tea -Cake", "-5 today"):
        assert closed(split_runs(text, "sans-medium")[0]) == 0, text
    run = split_runs("Tea | Cake | Soup", "sans-medium")[0]
    assert closed(run) == 4
    assert pieces(run, widen=True) == [("Tea", "close"), ("|", "close"), ("Cake", "close"), ("|", "close"),
                                       ("Soup", None)]
    run = split_runs("Doors 7 - Late Bar", "display")[0]
    assert closed(run) == 2 and [joint for _, joint in pieces(run, widen=True)] == [" ", "close", "close", " ", None]


def test_the_separator_s_joints_are_drawn_narrower_than_a_word_space() -> None:
    """Drawn at a display size, the white either side of the dash is less than the face's word space, and more
    than none: the dash touches neither word."""
    block, size = TextBlock("Repairs 9am - 5pm", "headline", (0.05, 0.4, 0.95, 0.52), font="sans-medium",
                            max_size=0.08), (1000, 1000)
    fitted = fit_text(block, size)
    assert len(fitted.lines) == 1
    mask = Image.new("L", size)
    draw_runs(mask, fitted, block, 255)
    ink = np.asarray(mask) > 0
    inked = ink.any(axis=0)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], inked.astype(np.int8), [0]])))
    stretches = list(zip(edges[::2], edges[1::2], strict=True))  # inked column stretches, left to right
    heights = [np.ptp(np.flatnonzero(ink[:, a:b].any(axis=1))) for a, b in stretches]
    dash = int(np.argmin(heights))  # the dash is the flattest stretch of ink
    before, after = stretches[dash][0] - stretches[dash - 1][1], stretches[dash + 1][0] - stretches[dash][1]
    space = text_font(block.font, fitted.size).getlength(" ")
    assert 0 < before < space and 0 < after < space, (before, after, space)
    assert max(before, after) <= CLOSE_EM * fitted.size + 0.25 * fitted.size  # the joint and the side bearings
