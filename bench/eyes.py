"""Render a prompt set the way a user would get it, to be looked at and scored by a person.

Each prompt of `bench/data/eyes_dev.jsonl` ({"id", "prompt", "aspect"}; `--prompts bench/data/eyes_dev2.jsonl`,
`eyes_dev3.jsonl` … `eyes_dev19.jsonl` for the later rounds' fresh sets, or any file of that shape) is planned by
the rules planner and rendered by the draft engine at 1K in its aspect ratio (seed 1, as the gallery does). Every
picture is written to the output folder as `ID.png`, with a contact sheet (`sheet.png`, prompt under each cell) to
look through at once. Nothing here scores: relevance and "acceptable as a draft" are a person's judgement, recorded
in docs/benchmarks.md.

Run: `.venv/bin/python bench/eyes.py OUT_DIR` (about 10 s on 2 cores), `--only ID ...` for some prompts.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.fonts import text_font
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

DATA = Path(__file__).resolve().parent / "data" / "eyes_dev.jsonl"
SEED = 1
CELL = 360


def load(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def render(engine: DraftEngine, prompt: str, aspect: str) -> Image.Image:
    target = target_size(aspect, "1K")
    plan = plan_composition(PlanningInput(prompt, target.width, target.height, seed=SEED))
    return engine.render(RenderRequest(plan, target.width, target.height, seed=SEED)).image


def contact_sheet(cells: list[tuple[str, Image.Image]], columns: int = 5) -> Image.Image:
    """Thumbnails in a grid with each prompt under its picture."""
    font = text_font("sans", 13)
    rows = (len(cells) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * CELL, rows * (CELL + 40)), (255, 255, 255))
    draw = ImageDraw.Draw(sheet)
    for index, (caption, image) in enumerate(cells):
        x, y = (index % columns) * CELL, (index // columns) * (CELL + 40)
        thumb = image.copy()
        thumb.thumbnail((CELL - 8, CELL - 8))
        sheet.paste(thumb, (x + (CELL - thumb.width) // 2, y + (CELL - thumb.height) // 2))
        for line_no, line in enumerate(textwrap.wrap(caption, 52)[:3]):
            draw.text((x + 6, y + CELL + line_no * 13), line, fill=(30, 30, 30), font=font)
    return sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--prompts", type=Path, default=DATA)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    engine = DraftEngine()
    cells = []
    for item in load(args.prompts):
        if args.only and item["id"] not in args.only:
            continue
        image = render(engine, item["prompt"], item.get("aspect", "1:1"))
        image.save(args.out / f"{item['id']}.png")
        cells.append((f"{item['id']}: {item['prompt']}", image))
    contact_sheet(cells).save(args.out / "sheet.png")
    print(f"{len(cells)} pictures in {args.out}")


if __name__ == "__main__":
    main()
