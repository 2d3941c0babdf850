"""Type set over a busy part of the picture (a window frame, plank seams, cloud edges) gets a calm plate behind it,
and reads; a line over a calm wall is left on its ground. Real rules planner, real draft engine, rapidocr reading the
pixels as bench/scene_fidelity.py does."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.busyness import BUSY_EDGES, edge_density
from openbanana.imaging.drawing.typesetting import line_boxes
from openbanana.imaging.drawing.typography import draw_text, fit_text
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity
from scene_fidelity import crop_box, padded


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


WOOD = (196, 150, 98)
SEAM = (120, 84, 50)


def _planks(width: int, height: int, pitch: int) -> Image.Image:
    """A plank floor seen flat: wood with a dark seam every `pitch` pixels, slanting as the draft engine's do."""
    canvas = Image.new("RGB", (width, height), WOOD)
    draw = ImageDraw.Draw(canvas)
    for x in range(-height, width, pitch):
        draw.line([(x, height), (x + height // 3, 0)], fill=SEAM, width=pitch // 15)
    return canvas


def test_plank_seams_count_as_edges_and_a_plain_or_shaded_ground_does_not() -> None:
    box, size = (100, 100, 700, 180), 60
    assert edge_density(Image.new("RGB", (800, 300), WOOD), box, size) == 0.0
    shaded = Image.linear_gradient("L").resize((800, 300)).convert("RGB")  # a wall's soft light, top to bottom
    assert edge_density(shaded, box, size) < BUSY_EDGES
    assert edge_density(_planks(800, 300, 45), box, size) > BUSY_EDGES


def test_the_count_is_made_at_the_type_size_so_a_bigger_render_reads_the_same() -> None:
    small = edge_density(_planks(800, 300, 45), (100, 100, 700, 180), 60)
    large = edge_density(_planks(1600, 600, 90), (200, 200, 1400, 360), 120)
    assert abs(small - large) < 0.25 * small


def _render(prompt: str, aspect: str) -> tuple[Plan, Image.Image, Image.Image]:
    """The plan, its picture, and the same picture without its text (the ground the type was set on)."""
    target = target_size(aspect, "1K")
    plan = RulesPlanner().plan(PlanningInput(prompt, target.width, target.height, seed=7)).plan
    engine = DraftEngine()
    picture = engine.render(RenderRequest(plan, target.width, target.height, seed=7)).image
    bare = engine.render(RenderRequest(replace(plan, texts=()), target.width, target.height, seed=7)).image
    return plan, picture, bare


def _above(block: TextBlock, picture: Image.Image) -> tuple[int, int, int, int]:
    """The strip just above the set line (a third of its size tall, its width): no ink, only what backs it."""
    fitted = fit_text(block, picture.size)
    x0, y0, x1, _ = fitted.box
    return x0, max(0, y0 - fitted.size // 3), x1, y0


def _luma(picture: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float(np.asarray(picture.crop(box).convert("L"), dtype=np.float32).mean())


def _spread(picture: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float(np.asarray(picture.crop(box).convert("L"), dtype=np.float32).std())


@pytest.mark.parametrize(("prompt", "aspect", "text"), [
    ('A yoga studio poster: "Breathe In" as the headline, a yoga mat below it, and the small body text '
     '"Mats provided"', "4:5", "Breathe In"),  # over a window and its frame
    ('A café chalkboard with "Daily Soups" as the section, "Tomato" and "Lentil" written under it, and a cup drawn '
     "on the right", "3:4", "Tomato"),  # on the plank floor, seams through the word
    ('A boxing gym poster: "Stay Strong" as the headline, a punching bag below it', "4:5", "Stay Strong"),
])
def test_dark_type_over_a_busy_ground_gets_a_pale_plate_and_reads(reader: text_fidelity.Reader, prompt: str,
                                                                 aspect: str, text: str) -> None:
    plan, picture, bare = _render(prompt, aspect)
    block = next(b for b in plan.texts if b.text == text)
    fitted = fit_text(block, picture.size)
    assert edge_density(bare, fitted.box, fitted.size) > BUSY_EDGES  # the ground under the line is busy
    strip = _above(block, picture)
    assert _luma(picture, strip) > _luma(bare, strip) + 15  # a pale plate backs the dark type
    assert _spread(picture, strip) <= 0.5 * _spread(bare, strip) + 1.0  # and calms what is behind it
    assert text_fidelity.squash(text) in text_fidelity.squash(reader.read(padded(crop_box(picture, block.box))))


def test_a_line_on_a_calm_wall_keeps_its_ground() -> None:
    plan, picture, bare = _render('A café chalkboard with "Daily Soups" as the section, "Tomato" and "Lentil" written '
                                  "under it, and a cup drawn on the right", "3:4")
    block = next(b for b in plan.texts if b.text == "Lentil")
    fitted = fit_text(block, picture.size)
    assert edge_density(bare, fitted.box, fitted.size) < BUSY_EDGES
    strip = _above(block, picture)
    assert np.array_equal(np.asarray(picture.crop(strip)), np.asarray(bare.crop(strip)))


def test_light_type_over_seams_gets_a_plate_full_enough_that_no_seam_shows_through(
        reader: text_fidelity.Reader) -> None:
    """Light type over dark planks with pale seams across them (a to-do list set on a wood floor): at the plate's
    usual opacity a seam still ran through the words and nothing was read."""
    canvas = Image.new("RGB", (540, 300), (92, 56, 32))
    draw = ImageDraw.Draw(canvas)
    for y in range(0, 300, 22):
        draw.rectangle((0, y, 540, y + 3), fill=(206, 156, 104))
    bare = canvas.copy()
    block = TextBlock("Call home", "item", (0.2, 0.35, 0.8, 0.6), font="sans-medium")
    draw_text(canvas, block)
    strip = _above(block, canvas)
    assert _spread(canvas, strip) < 0.2 * _spread(bare, strip)  # the seams all but gone behind the words
    assert "Callhome" in text_fidelity.squash(reader.read(padded(canvas)))


def test_a_frame_under_one_line_of_a_title_backs_the_whole_title(reader: text_fidelity.Reader) -> None:
    """A two-line title whose second line stands over a window's frame: the block's whole box, half calm wall,
    averages the frame away, yet the frame's edges under that one line were read as marks between the lines
    ("Sunrise / 000 Yoga"). Each line is counted on its own."""
    plan, picture, bare = _render('Poster for a reading hour: the headline "Quiet Pages Hour", the subtitle "Fridays '
                                  'in the library", and a girl reading in an armchair', "9:16")
    block = next(b for b in plan.texts if b.text == "Quiet Pages Hour")
    fitted = fit_text(block, picture.size)
    assert len(fitted.lines) == 2
    assert edge_density(bare, fitted.box, fitted.size) <= BUSY_EDGES  # the whole box looks calm enough
    assert max(edge_density(bare, line, fitted.size) for line in line_boxes(fitted, block)) > BUSY_EDGES
    strip = _above(block, picture)
    assert _luma(picture, strip) > _luma(bare, strip) + 15  # a pale plate backs the dark type
    assert text_fidelity.squash(block.text) in text_fidelity.squash(reader.read(padded(crop_box(picture, block.box))))


@pytest.mark.parametrize(("prompt", "aspect", "text"), [
    ('A motivational card over a cobblestone courtyard reading "Every step counts" with a bicycle on the left', "1:1",
     "Every step counts"),
    ('Poster for a chess club with "Every Tuesday Evening" as the headline over a tiled kitchen floor, a chess board '
     "in the middle", "3:4", "Every Tuesday Evening"),
])
def test_a_plate_leaves_less_than_a_tenth_of_the_ground_s_marks_in_the_words(
        reader: text_fidelity.Reader, prompt: str, aspect: str, text: str) -> None:
    """Stones and tile seams under a plate: at most a tenth of their spread is left where the words stand (a thinner
    plate left a third, then a seventh: enough to cross a capital's thin arms, "Every" read "Lvery"), and the line
    reads."""
    plan, picture, bare = _render(prompt, aspect)
    block = next(b for b in plan.texts if b.text == text)
    strip = _above(block, picture)
    assert _spread(bare, strip) > 15  # the ground there has marks
    assert _spread(picture, strip) <= 0.1 * _spread(bare, strip) + 1.0
    assert text_fidelity.squash(text) in text_fidelity.squash(reader.read(padded(crop_box(picture, block.box))))
