"""A lone big figure (a statistic on an infographic or a poster) set as the page's figure and read back as written:
the real rules planner, the real draft engine, and rapidocr reading the pixels back the way
bench/scene_fidelity.py reads a string. The prompts are new ones, none from a prompt set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.unit import test_strings_read_back as first_round
from tests.unit.test_strings_read_back import _block, _plan, _render
from tests.unit.test_strings_read_back7 import _read

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

reader = first_round.reader  # the OCR fixture: one rapidocr for the module


@pytest.mark.parametrize(("prompt", "figure", "caption"), [
    ('An infographic with the big number "64%" in the middle and the caption "of families recycle"', "64%",
     "of families recycle"),
    ('A charity poster with the statistic "1 in 3" and the caption "children walk to school"', "1 in 3",
     "children walk to school"),
])
def test_a_lone_statistic_is_the_pages_figure_and_reads_back(reader: text_fidelity.Reader, prompt: str, figure: str,
                                                             caption: str) -> None:
    """Named as a big number or a statistic, the string is the page's figure: set large (at least a headline's
    height), with no numbered circle beside it (an infographic with one "step" drew a "1" it never asked for and
    set the figure small in a corner, where it was not read at all)."""
    plan, size = _plan(prompt, "1:1")
    block = _block(plan, figure)
    assert block.role == "number"
    assert [b.text for b in plan.texts if b.role == "number"] == [figure]  # no step's ordinal beside it
    assert not plan.layout.startswith("steps"), plan.layout
    assert block.box[3] - block.box[1] >= 0.15  # a headline's row, not a caption's
    picture = _render(plan, size)
    for text in (figure, caption):
        seen = _read(reader, picture, _block(plan, text))
        assert seen.replace(" ", "") == text.replace(" ", ""), seen


def test_an_infographic_with_steps_still_numbers_them() -> None:
    """Only an infographic with no step to number is laid out as a poster: steps keep their circles."""
    plan, _ = _plan('A process infographic with the steps "Collect", "Sort" and "Recycle"', "1:1")
    assert plan.layout.startswith("steps"), plan.layout
    assert [b.text for b in plan.texts if b.role == "number"] == ["1", "2", "3"]


def test_a_figure_is_set_larger_than_a_headline() -> None:
    """A statistic beside a headline is the page's largest type: the figure is what the page is about."""
    plan, _ = _plan('A poster with the headline "Clean Streets" and the big number "12,000" under it', "1:1")
    assert _block(plan, "12,000").role == "number"
    assert _block(plan, "12,000").max_size > _block(plan, "Clean Streets").max_size
