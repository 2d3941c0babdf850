"""Pictogram boxes as wide as what is drawn — through the real rules planner and the real draft engine, judged with
the benchmark's own geometry on each thing's ink (the pixels that change when it is left out).

The shapes table had measured each pictogram's font advance, not its ink: a standing person was 1.02 wide there and
0.36 drawn, so two people placed "next to" each other stood about twice their width apart and the benchmark's check
failed on the picture while the composer's own box check said it held. The table now holds the drawn ink's ratio,
and the engine fits a glyph to its box by the same measure, so the box is filled across and the figure keeps the
box's height (fitted by the advance, a box this narrow drew the figure a third as tall).

Sentences of their own, none a benchmark prompt."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from openbanana.imaging.drawing.glyph_fit import drawn_box
from openbanana.imaging.drawing.glyphs import ink_box
from openbanana.plan import Plan, Subject
from openbanana.planner.pictogram_shapes import aspect
from tests.unit.test_composer_holds10 import holds, planned
from tests.unit.test_relations_as_asked import stated
from tests.unit.test_scene_fidelity_classes import SIZE, render


def drawn_extent(plan: Plan, subject: Subject) -> tuple[int, int]:
    """The width and height in pixels of what changes inside the subject's box when it is left out."""
    without = replace(plan, subjects=tuple(s for s in plan.subjects if s is not subject))
    changed = np.abs(render(plan) - render(without)).max(axis=2) > 28
    x0, y0, x1, y1 = (round(v * SIZE) for v in subject.box)
    ys, xs = np.nonzero(changed[y0:y1, x0:x1])
    assert xs.size, (subject.glyph, "leaves no ink")
    return int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)


@pytest.mark.parametrize(("glyph", "drawn"), [("🧍", 0.36), ("🚶", 0.49), ("🏌", 0.58), ("🚗", 1.71)])
def test_the_shapes_table_holds_the_drawn_inks_ratio(glyph: str, drawn: float) -> None:
    left, top, right, bottom = drawn_box(glyph)
    assert abs(aspect(glyph) - (right - left) / (bottom - top)) < 0.01, glyph
    assert abs(aspect(glyph) - drawn) < 0.02, glyph
    font_left, _, font_right, _ = ink_box(glyph)
    assert right - left <= font_right - font_left + 1e-6  # never wider than the advance the text layout keeps


@pytest.mark.parametrize(("prompt", "glyph"), [
    ("three hikers walking in a row along a trail", "🚶"),
    ("a postman standing next to a mailbox", "🧍\u200d♂️"),
    ("a golfer standing next to a caddie", "🏌"),
])
def test_a_pictogram_fills_its_box_across_and_keeps_its_height(prompt: str, glyph: str) -> None:
    plan = planned(prompt)
    shown = [s for s in plan.subjects if s.glyph == glyph]
    assert shown, [s.glyph for s in plan.subjects]
    for subject in shown:
        width, height = drawn_extent(plan, subject)
        box_w, box_h = ((subject.box[2] - subject.box[0]) * SIZE, (subject.box[3] - subject.box[1]) * SIZE)
        assert width >= 0.9 * box_w, (prompt, width, box_w)  # no empty margin beside the figure
        assert height >= 0.9 * box_h, (prompt, height, box_h)  # and not shrunk inside its box


@pytest.mark.parametrize(("prompt", "thing", "other"), [
    ("a man standing next to a woman on a beach", "man", "woman"),
    ("a golfer standing next to a caddie", "golfer", "caddie"),
    ("a postman standing next to a mailbox", "postman", "mailbox"),
])
def test_things_placed_side_by_side_stand_side_by_side(prompt: str, thing: str, other: str) -> None:
    plan = planned(prompt)
    assert stated(plan, thing, "next_to", other), prompt
    assert holds(plan, thing, "next_to", other), prompt  # on the ink, as the benchmark judges it
