"""Contact sheet of the draft engine: docs/gallery.png, 15 prompts across aspect ratios, one of them a photo edit.

Run: `.venv/bin/python scripts/gallery.py` (a few seconds). Each image is planned by the rules planner and rendered
by the draft engine at 1K in its aspect ratio with seed 1, then shown with its prompt underneath. The edit uses
scikit-image's `coffee.png` sample photo (CC0, Rachel Michetti) when scikit-image is installed (the `bench` extra),
else a generated stand-in.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.engines.draft.fonts import load_font, split_runs
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

OUT = Path(__file__).resolve().parents[1] / "docs" / "gallery.png"
EDIT = "Make it warmer, add the text 'Morning Fuel' at the top and a croissant sticker. Also remove the spoon."
PROMPTS: list[tuple[str, str]] = [
    ("Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme", "16:9"),
    ('A neon poster for a jazz night with a saxophone that says "LIVE JAZZ TONIGHT" and "Doors open at 8:30 pm"',
     "3:4"),
    ("A red car on a mountain road at sunset with a dog", "21:9"),
    ('A birthday card that reads "Happy Birthday, Maya!" with balloons and a cake', "5:4"),
    ("An astronaut floating in space next to a planet and a rocket", "1:1"),
    ('A summer sale banner: "SUMMER SALE" and "Up to 50% off everything!" on the beach', "16:9"),
    ("A cozy cafe with a cup of coffee and a croissant on the table", "4:3"),
    ('Grand opening poster "盛大开业 Grand Opening 🎉" with fireworks at night', "9:16"),
    ("A snowman and a christmas tree in winter", "2:3"),
    ('A minimal product label: "Organic Honey" and "Net wt. 340 g (12 oz)" with a bee on a yellow background', "1:1"),
    ("A blue whale and a turtle underwater", "3:2"),
    ('A vintage travel poster with the text "Visit Lisbon" and "The City of Seven Hills" with a tram', "2:3"),
    ("A pastel bedroom with a cat sleeping on the bed", "4:5"),
    ('A tech startup banner "Ship faster with AI" with a robot and a laptop, futuristic', "21:9"),
]
CELL = 360
CAPTION = 64
COLUMNS = 5


def reference_photo() -> Image.Image:
    try:
        from skimage import data

        return Image.fromarray(np.asarray(data.coffee()))
    except ImportError:
        rng = np.random.default_rng(1)
        base = np.linspace(60, 200, 400)[:, None, None] * np.ones((1, 600, 3)) * np.array([1.0, 0.7, 0.45])
        return Image.fromarray(np.clip(base + rng.normal(0, 10, base.shape), 0, 255).astype(np.uint8))


def render(prompt: str, aspect: str, references: tuple[Image.Image, ...] = ()) -> Image.Image:
    target = target_size(aspect, "1K")
    plan = plan_composition(PlanningInput(prompt, target.width, target.height, len(references), seed=1))
    return DraftEngine().render(RenderRequest(plan, target.width, target.height, references, seed=1)).image


def main() -> None:
    items = [(render(prompt, aspect), prompt, aspect) for prompt, aspect in PROMPTS]
    photo = reference_photo()
    items.insert(1, (render(EDIT, "1:1", (photo,)), "EDIT of the photo on the left: " + EDIT, "1:1"))
    items.insert(1, (photo, "Reference photo (scikit-image coffee.png, CC0)", "3:2"))
    rows = (len(items) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (COLUMNS * CELL, rows * (CELL + CAPTION)), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    for index, (image, prompt, aspect) in enumerate(items):
        row, column = divmod(index, COLUMNS)
        thumb = image.copy()
        thumb.thumbnail((CELL - 16, CELL - 16), Image.Resampling.LANCZOS)
        x = column * CELL + (CELL - thumb.width) // 2
        y = row * (CELL + CAPTION) + (CELL - thumb.height) // 2
        sheet.paste(thumb, (x, y))
        caption = textwrap.wrap(f"[{aspect}] {prompt}", 54)[:4]
        for line_index, line in enumerate(caption):  # per-run fallback, so CJK in a prompt shows as CJK
            x, y = column * CELL + 10, row * (CELL + CAPTION) + CELL - 4 + line_index * 16
            for run in split_runs(line, "sans-medium"):
                if run.is_emoji:
                    x += 13
                    continue
                run_font = load_font(run.path, 13)
                draw.text((x, y), run.text, font=run_font, fill=(225, 225, 230))
                x += run_font.getlength(run.text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(OUT, optimize=True)
    print(f"wrote {OUT} ({sheet.width}x{sheet.height}, {len(items)} images)")


if __name__ == "__main__":
    main()
