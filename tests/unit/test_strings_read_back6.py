"""Display words set at the space measured for their face, read back as given: the real draft engine (and the real
rules planner where it picks the face) and rapidocr reading the pixels back the way bench/scene_fidelity.py reads a
string. The strings are random everyday phrases from bench/word_gaps.py's word lists, none from a prompt set."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.spacing import (
    DISPLAY_SHARE,
    DISPLAY_SPACE_EM,
    LONE_AMPERSAND_EM,
    OWN_SPACING,
    display_gap,
    word_space,
)
from openbanana.imaging.drawing.typography import fit_text
from openbanana.imaging.sizes import target_size
from openbanana.plan import RGB, Background, FontName, Plan, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import crop_box, padded, same_glyphs

LIGHT: tuple[RGB, RGB] = ((245, 240, 230), (30, 30, 30))
DARK: tuple[RGB, RGB] = ((30, 40, 60), (250, 250, 247))


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def _read_line(reader: text_fidelity.Reader, text: str, face: FontName, size: float,
               ground: tuple[RGB, RGB]) -> str:
    block = TextBlock(text, "headline", (0.04, 0.4, 0.96, 0.4 + size * 1.4), color=ground[1], font=face,
                      max_size=size)
    plan = Plan(prompt=text, background=Background("solid", (ground[0],)), palette=(ground[1],), texts=(block,))
    picture = DraftEngine().render(RenderRequest(plan, 1024, 1024, seed=7)).image
    return reader.read(padded(crop_box(picture, block.box)))


@pytest.mark.parametrize(("text", "size", "ground"), [
    ("Forest on Tacos", 0.08, LIGHT),
    ("Built by hand in Main St", 0.08, LIGHT),
    ("Workshop 6 ft", 0.055, LIGHT),
    ("Brewery 3 min", 0.055, DARK),
])
def test_inter_display_words_at_its_own_space_read_back_without_a_letter_seen_twice(
        reader: text_fidelity.Reader, text: str, size: float, ground: tuple[RGB, RGB]) -> None:
    """Widened to 0.34 em, these lines read "Forest t on Tacos", "in I Main St", "6 6 ft", "1 3 min": the reader's
    box for one word reached the edge of the next. At Inter Display's own space they read as set."""
    seen = _read_line(reader, text, "display", size, ground)
    assert same_glyphs(text) in same_glyphs(seen), seen


@pytest.mark.parametrize(("text", "size", "ground"), [
    ("Fresh Barber & Harbor", 0.08, DARK),
    ("Rustic Lantern & Print", 0.055, DARK),
])
def test_a_lone_ampersand_keeps_its_neighbours_at_a_distance(
        reader: text_fidelity.Reader, text: str, size: float, ground: tuple[RGB, RGB]) -> None:
    """At Inter Display's own space these read "Barber 8 & Harbor" and "& F Print": the reader took in a
    neighbour's edge with the ampersand. A line with a lone "&" keeps its words LONE_AMPERSAND_EM apart."""
    fitted = fit_text(TextBlock(text, "headline", (0.04, 0.4, 0.96, 0.4 + size * 1.4), font="display",
                                max_size=size), (1024, 1024))
    assert math.isclose(fitted.gap, (LONE_AMPERSAND_EM - word_space("display")) * fitted.size, abs_tol=1e-6)
    seen = _read_line(reader, text, "display", size, ground)
    assert same_glyphs(text) in same_glyphs(seen), seen


@pytest.mark.parametrize("face", sorted({*DISPLAY_SPACE_EM, "display", "script", "mono", "comic"}))
def test_display_words_are_set_at_their_face_s_measured_space_and_measured_so(face: FontName) -> None:
    """The space is the table's for the face (its own where the table has none), in the fitting as in the drawing,
    so a fitted line is exactly as wide as it is drawn and inside its box."""
    block = TextBlock("Honest Lantern Supply", "headline", (0.05, 0.1, 0.95, 0.3), font=face, max_size=0.09)
    fitted = fit_text(block, (1000, 1000))
    assert fitted.size >= DISPLAY_SHARE * 1000
    wanted = word_space(face) if face in OWN_SPACING else DISPLAY_SPACE_EM.get(face, word_space(face))
    assert math.isclose(fitted.gap, (wanted - word_space(face)) * fitted.size, abs_tol=1e-6)
    assert fitted.extent[0] == math.ceil(max(fitted.widths)) <= 0.9 * 1000 + 1
    small = fit_text(TextBlock("Honest Lantern Supply", "body", (0.05, 0.1, 0.95, 0.13), font=face), (1000, 1000))
    assert small.size < DISPLAY_SHARE * 1000 and small.gap == 0  # text sizes keep the face's own space


def test_the_planner_s_headline_face_gets_its_display_space() -> None:
    """Through the planner: whichever face it gives a poster's headline, the line is set at that face's space."""
    target = target_size("4:5", "1K")
    plan = RulesPlanner().plan(PlanningInput('A poster with the headline "Cedar Cycles Workshop"', target.width,
                                             target.height, seed=7)).plan
    block = next(b for b in plan.texts if b.text == "Cedar Cycles Workshop")
    fitted = fit_text(block, (target.width, target.height))
    assert fitted.gap == display_gap(block.font, fitted.size, target.height, block.text)
    assert fitted.size >= DISPLAY_SHARE * target.height
