"""Draft typography: exact text read back by OCR, per-run font fallback (CJK, Arabic, emoji), fitting."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from openbanana.imaging.drawing.fonts import CJK_FONT, PICTOGRAM_FONT, split_runs
from openbanana.imaging.drawing.typography import draw_text, fit_text
from openbanana.plan import TextBlock

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

# A small subset of bench/data/draft_text_prompts.jsonl (rapidocr takes ~1 s an image on 2 cores).
SUBSET = [
    {"prompt": 'A summer sale banner with "SUMMER SALE" and "Up to 50% off everything!"', "aspect": "16:9"},
    {"prompt": 'A minimal product label: "Organic Honey" and "Net wt. 340 g (12 oz)"', "aspect": "1:1"},
    {"prompt": "A birthday card that reads 'Happy Birthday, Maya!' with balloons and a cake", "aspect": "5:4"},
    {"prompt": 'A tech startup banner "Ship faster with AI" on a futuristic background', "aspect": "21:9"},
    {"prompt": 'A farmers market poster: "Farmers Market", "Every Sunday 8am-1pm", "Local. Seasonal. Fresh."',
     "aspect": "3:4"},
    {"prompt": 'A motivational poster: "The best time to plant a tree was 20 years ago. The second best time is '
               'now."', "aspect": "4:5"},
]


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def test_ocr_reads_the_exact_text_back(reader: text_fidelity.Reader) -> None:
    results = text_fidelity.evaluate(SUBSET, reader)
    errors = sum(text_fidelity.levenshtein(text_fidelity.squash(r.reference), text_fidelity.squash(r.hypothesis))
                 for r in results)
    characters = sum(len(text_fidelity.squash(r.reference)) for r in results)
    assert errors / characters <= 0.01, [(r.reference, r.hypothesis) for r in results if r.cer]


def test_runs_pick_a_font_per_script() -> None:
    runs = split_runs("SALE 50% 🍌 盛大开业 مرحبا 👍🏽🇯🇵👨‍👩‍👧", "display")
    by_text = {run.text: run.path.rsplit("/", 1)[-1] for run in runs}
    assert by_text["🍌"] == PICTOGRAM_FONT.rsplit("/", 1)[-1]
    assert any(CJK_FONT.endswith(path) for text, path in by_text.items() if "盛大开业" in text)
    assert any("Arabic" in path for text, path in by_text.items() if "مرحبا" in text)
    emoji = [run.text for run in runs if run.is_emoji]
    assert emoji == ["🍌", "👍🏽", "🇯🇵", "👨‍👩‍👧"]  # sequences stay whole
    assert runs[0].text.startswith("SALE 50%") and runs[0].path.endswith("InterDisplay-ExtraBold.otf")


def test_cjk_arabic_and_emoji_render_as_glyphs_not_boxes() -> None:
    canvas = Image.new("RGB", (900, 300), (255, 255, 255))
    block = TextBlock("盛大开业 🍌 مرحبا", "headline", (0.05, 0.1, 0.95, 0.9), color=(20, 20, 20), treatment="none")
    draw_text(canvas, block)
    pixels = np.asarray(canvas, dtype=np.int32)
    yellow = (pixels[..., 0] > 200) & (pixels[..., 1] > 150) & (pixels[..., 2] < 120)
    assert yellow.sum() > 500  # the banana, in colour
    ink = (pixels.sum(axis=2) < 200)
    fitted = fit_text(block, canvas.size)
    assert len(fitted.lines) == 1 and ink.sum() > 3000
    # a missing glyph draws the same .notdef box for every character: the CJK characters must differ
    widths = [np.asarray(_glyph(c)).sum() for c in "盛大开业"]
    assert len(set(widths)) == 4


def _glyph(char: str) -> Image.Image:
    canvas = Image.new("RGB", (200, 200), (255, 255, 255))
    draw_text(canvas, TextBlock(char, "headline", (0.05, 0.05, 0.95, 0.95), color=(0, 0, 0), treatment="none"))
    return canvas


def test_text_is_fitted_wrapped_and_balanced() -> None:
    block = TextBlock("The best time to plant a tree was 20 years ago", "headline", (0.1, 0.1, 0.9, 0.5))
    fitted = fit_text(block, (1000, 1000))
    assert 2 <= len(fitted.lines) <= 4
    assert max(fitted.widths) - min(fitted.widths) < 0.45 * max(fitted.widths)  # balanced, no lone last word
    x0, y0, x1, y1 = fitted.box
    assert x0 >= 100 and x1 <= 900 and y0 >= 100 and y1 <= 500
    capped = fit_text(TextBlock("Hi", "headline", (0.1, 0.1, 0.9, 0.9), max_size=0.1), (1000, 1000))
    assert capped.size <= 100


def test_text_colour_contrasts_with_the_ground() -> None:
    for ground, expect_light in (((10, 10, 30), True), ((250, 245, 230), False)):
        canvas = Image.new("RGB", (600, 200), ground)
        box = draw_text(canvas, TextBlock("Contrast", "subtitle", (0.1, 0.1, 0.9, 0.9)))
        region = np.asarray(canvas.crop(box), dtype=np.int32).sum(axis=2)
        assert (region.max() > 600) if expect_light else (region.min() < 150)


@pytest.mark.parametrize(("text", "font"), [("Stay Healthy", "geometric"), ("Morning Brew", "serif-display")])
def test_display_lines_read_back_whole(reader: text_fidelity.Reader, text: str, font: str) -> None:
    """Large display type spaces its words wide enough that OCR neither runs them together nor cuts a letter off
    one word into the next ("Morning  g Brew")."""
    canvas = Image.new("RGB", (896, 300), (226, 236, 228))
    block = TextBlock(text, "headline", (0.07, 0.1, 0.93, 0.9), color=(20, 20, 28), font=font, treatment="none")
    draw_text(canvas, block)
    fitted = fit_text(block, canvas.size)
    assert fitted.gap > 0 and fitted.extent[0] <= 0.86 * 896 + 1
    found = sorted(reader.detect(canvas), key=lambda item: float(np.min(item[0][:, 0])))  # left to right
    read = "".join(text_fidelity.squash(t) for _, t in found)
    assert read == text_fidelity.squash(text)


def test_body_text_script_and_right_to_left_lines_keep_their_own_spaces() -> None:
    small = fit_text(TextBlock("Espresso and a croissant", "body", (0.1, 0.1, 0.9, 0.14)), (1000, 1000))
    assert small.gap == 0
    script = fit_text(TextBlock("June 14, 2025", "headline", (0.1, 0.1, 0.9, 0.4), font="script"), (1000, 1000))
    assert script.size > 60 and script.gap == 0  # joined letters keep the face's own spaces
    block = TextBlock("مرحبا بالعالم", "headline", (0.05, 0.1, 0.95, 0.9), font="geometric", treatment="none")
    fitted = fit_text(block, (900, 300))
    assert fitted.gap > 0 and fitted.extent[0] == math.ceil(fitted.widths[0])  # measured as the shaper sets it
