"""Every string in its role, read back from the picture: scene detail kept out from behind the words, and the roles
and places the words around a string give it (a book's author, a menu's sections, a chart's steps, a line under the
picture). Real rules planner, real draft engine, rapidocr reading the pixels."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.typography import draw_text, fit_text
from openbanana.imaging.sizes import target_size
from openbanana.plan import Plan, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

ROAD = (78, 80, 88)
MARKING = (246, 246, 240)


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def _plan(prompt: str, aspect: str = "3:4") -> tuple[Plan, tuple[int, int]]:
    target = target_size(aspect, "1K")
    plan = RulesPlanner().plan(PlanningInput(prompt, target.width, target.height, seed=7)).plan
    return plan, (target.width, target.height)


def _read_block(reader: text_fidelity.Reader, picture: Image.Image, block: TextBlock) -> str:
    """OCR of the block's box and a little around it, on a border of its own edge colour (as
    bench/scene_fidelity.py reads it: the string must be in what is read, exactly; scene detail around may add)."""
    width, height = picture.size
    left, top, right, bottom = block.box
    crop = picture.crop((max(0, round((left - 0.015) * width)), max(0, round((top - 0.015) * height)),
                         min(width, round((right + 0.015) * width)), min(height, round((bottom + 0.015) * height))))
    edges = np.concatenate([np.asarray(crop)[0], np.asarray(crop)[-1]])
    fill = tuple(int(v) for v in np.median(edges, axis=0))
    padded = Image.new("RGB", (crop.width + crop.height, crop.height * 2), fill)
    padded.paste(crop, (crop.height // 2, crop.height // 2))
    return text_fidelity.squash(reader.read(padded))


def _crossed_title() -> tuple[Image.Image, TextBlock]:
    """A white title over a dark road whose white edge line runs through it, as a poster's street scene draws it."""
    canvas = Image.new("RGB", (848, 1264), ROAD)
    ImageDraw.Draw(canvas).line([(390, 700), (110, 1264)], fill=MARKING, width=9)
    return canvas, TextBlock("ATTACK OF THE GIANT SNAILS", "headline", (0.07, 0.75, 0.93, 0.97), font="serif-bold")


def test_a_line_of_the_scene_is_kept_out_from_behind_a_title_of_its_colour(reader: text_fidelity.Reader) -> None:
    canvas, block = _crossed_title()
    draw_text(canvas, block)
    assert text_fidelity.squash(block.text) in _read_block(reader, canvas, block)
    # the line still runs outside the words, and is softened away where it meets them
    pixels = np.asarray(canvas, dtype=np.int32)
    assert pixels[720, 380].min() > 200
    x0, y0, x1, y1 = fit_text(block, canvas.size).box
    behind = pixels[y0:y1, x0:x1]
    untouched = Image.new("RGB", canvas.size, ROAD)
    ImageDraw.Draw(untouched).line([(390, 700), (110, 1264)], fill=MARKING, width=9)
    line = np.asarray(untouched, dtype=np.int32)[y0:y1, x0:x1].min(axis=2) > 200
    ink = np.abs(behind - np.asarray(ROAD)).max(axis=2) > 120  # the text and anything as bright as the line
    glyphs = _glyph_mask(block, canvas.size)[y0:y1, x0:x1]
    assert (line & ink & ~glyphs).sum() < 0.1 * line.sum()


def _glyph_mask(block: TextBlock, size: tuple[int, int]) -> np.ndarray:
    """Where the block's own letters are (drawn alone in black on white), widened by a pixel of antialiasing."""
    alone = Image.new("RGB", size, (255, 255, 255))
    draw_text(alone, TextBlock(block.text, block.role, block.box, color=(0, 0, 0), font=block.font,
                               treatment="none"))
    dark = np.asarray(alone.convert("L")) < 250
    grown = dark.copy()
    grown[1:] |= dark[:-1]
    grown[:-1] |= dark[1:]
    grown[:, 1:] |= dark[:, :-1]
    grown[:, :-1] |= dark[:, 1:]
    return grown


def test_a_plain_ground_is_left_as_it_was() -> None:
    """Nothing of the text's colour behind it: no softening, no halo; the ground outside the glyphs is untouched."""
    canvas = Image.new("RGB", (848, 400), ROAD)
    block = TextBlock("GIANT SNAILS", "headline", (0.07, 0.2, 0.93, 0.8), font="serif-bold", treatment="auto")
    draw_text(canvas, block)
    pixels = np.asarray(canvas, dtype=np.int32)
    top = fit_text(block, canvas.size).box[1]
    far = np.abs(pixels[:top - 40] - np.asarray(ROAD)).max()
    assert far == 0


def test_a_poster_over_a_road_reads_its_title_exactly(reader: text_fidelity.Reader) -> None:
    plan, (width, height) = _plan('Retro sci-fi movie poster titled "REVENGE OF THE ROBOT CRABS" with a huge crab '
                                  "crawling down a city street", "2:3")
    picture = DraftEngine().render(RenderRequest(plan, width, height, seed=7)).image
    title = next(b for b in plan.texts if b.text == "REVENGE OF THE ROBOT CRABS")
    assert text_fidelity.squash(title.text) in _read_block(reader, picture, title)


def test_a_name_after_by_on_a_cover_for_a_book_is_its_author() -> None:
    plan, _ = _plan('Cover for a young adult novel called "The Glass Orchard", subtitle "A Summer Mystery", by '
                    '"Ana Ruiz", showing a girl in a garden', "2:3")
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles == {"The Glass Orchard": "title", "A Summer Mystery": "subtitle", "Ana Ruiz": "author"}
    author = next(b for b in plan.texts if b.text == "Ana Ruiz")
    assert author.box[1] > 0.6  # at the foot of the cover


def test_sections_named_together_are_all_sections() -> None:
    plan, _ = _plan('A cafe menu with two sections, "Hot Drinks" and "Pastries", listing "Latte 4.50", '
                    '"Mocha 5.00", "Croissant 3.25" and "Scone 2.75"')
    roles = {t.text: t.role for t in plan.scene.texts}
    assert roles["Hot Drinks"] == roles["Pastries"] == "section"
    assert roles["Latte"] == roles["Scone"] == "item"


def test_a_chart_for_doing_something_is_a_steps_sheet() -> None:
    plan, _ = _plan('A kitchen chart for brewing pour-over coffee: "Heat the water", "Rinse the filter", '
                    '"Add the grounds", "Pour slowly"', "4:3")
    assert [t.role for t in plan.scene.texts] == ["step"] * 4
    assert {b.text for b in plan.texts} >= {"1", "2", "3", "4"}  # numbered


def test_a_line_underneath_the_picture_goes_to_the_foot(reader: text_fidelity.Reader) -> None:
    plan, (width, height) = _plan('A bookshop poster that says "Summer Reads" in big blue letters above a stack of '
                                  'books, with "Open late on Fridays" underneath')
    headline = next(b for b in plan.texts if b.text == "Summer Reads")
    footer = next(b for b in plan.texts if b.text == "Open late on Fridays")
    assert headline.box[3] < 0.4 and footer.box[1] > 0.6
    picture = DraftEngine().render(RenderRequest(plan, width, height, seed=7)).image
    assert text_fidelity.squash(footer.text) in _read_block(reader, picture, footer)
