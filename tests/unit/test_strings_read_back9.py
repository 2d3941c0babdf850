"""Display lines in Inter Medium read back without a glyph seen twice beside a word gap: the real
draft engine and rapidocr reading the block back the way bench/scene_fidelity.py reads a string. The strings are
new ones, none from a prompt set or from bench/doubled_glyphs.py's lists."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from openbanana.imaging.drawing.spacing import CLEAR_EM, DISPLAY_SPACE_EM, pieces, widened, widens_marks, word_space
from openbanana.imaging.drawing.typography import fit_text
from openbanana.plan import RGB, FontName, TextBlock
from tests.unit import test_strings_read_back6 as display_round
from tests.unit.test_strings_read_back6 import DARK, LIGHT, _read_line

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import same_glyphs

reader = display_round.reader  # the OCR fixture: one rapidocr for the module


@pytest.mark.parametrize(("text", "size", "ground"), [
    ("Coach C, Seat 41", 0.08, LIGHT),
    ("Hats, Scarves, Gloves", 0.055, LIGHT),
])
def test_a_comma_between_display_words_is_read_once(reader: text_fidelity.Reader, text: str, size: float,
                                                   ground: tuple[RGB, RGB]) -> None:
    """In Inter Medium with the words 0.34 em apart and the space after the comma left narrow, these read "Coach C,
    , Seat 41" and "Hats, , Scarves, Gloves": the box of the words after the comma reached back over it. Set
    CLEAR_EM apart, the space after the comma as well, each is read as set."""
    seen = _read_line(reader, text, "sans-medium", size, ground)
    assert same(text, seen), seen


@pytest.mark.parametrize(("text", "size", "ground"), [
    ("Lunch at 1 pm", 0.11, LIGHT),
    ("Out of Paper", 0.11, DARK),
])
def test_short_words_standing_clear_are_still_read(reader: text_fidelity.Reader, text: str, size: float,
                                                   ground: tuple[RGB, RGB]) -> None:
    """A wider space leaves a one-letter word or figure standing alone, where a reader can miss it (League Spartan's
    "1" between 0.5 em gaps was not found at all): in Inter Medium at CLEAR_EM it is read."""
    seen = _read_line(reader, text, "sans-medium", size, ground)
    assert same(text, seen), seen


def same(text: str, seen: str) -> bool:
    return same_glyphs(text) in same_glyphs(seen)


@pytest.mark.parametrize("face", sorted(DISPLAY_SPACE_EM))
def test_the_space_after_a_comma_widens_only_where_words_are_set_clear(face: FontName) -> None:
    """A face set CLEAR_EM apart widens every word space, the one after a comma too, and is drawn as wide as it
    was fitted; a face set closer keeps the comma's space its own (there, widened, it is where a reader splits the
    line and sees the next word's first letter twice)."""
    fitted = fit_text(TextBlock("Coach C, Seat 41", "headline", (0.04, 0.4, 0.96, 0.52), font=face, max_size=0.08),
                      (1024, 1024))
    clear = DISPLAY_SPACE_EM[face] >= CLEAR_EM
    assert fitted.marks == widens_marks(face) == clear
    run = fitted.lines[0][0]
    assert widened(run, fitted.marks) == (3 if clear else 2)
    joined = [("Coach", " "), ("C,", " "), ("Seat", " "), ("41", None)]
    assert pieces(run, True, fitted.marks) == (joined if clear else [("Coach", " "), ("C, Seat", " "), ("41", None)])
    assert fitted.gap > 0 and abs(fitted.gap - (DISPLAY_SPACE_EM[face] - word_space(face)) * fitted.size) < 1e-6

