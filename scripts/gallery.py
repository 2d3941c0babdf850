"""Contact sheets of the offline path (rules planner + draft engine), one per thing the picture must get right.

Run: `.venv/bin/python scripts/gallery.py` (about a minute on 2 cores) writes every sheet; name sheets to write only
those (`scripts/gallery.py scenes edits`). Every image is planned by the rules planner and rendered by the draft
engine at 1K with seed 1 (the seeds sheet varies it), and shown with its prompt underneath:

- `docs/gallery.png` (overview): fifteen everyday prompts across aspect ratios, one of them a photo edit;
- `docs/gallery/scenes.jpg`: places × times of day and weather;
- `docs/gallery/people.jpg`: people standing, sitting, walking, holding things, flying a kite, swimming, on a
  road's verge, and a village;
- `docs/gallery/styles.jpg`: the same scenes in each render style;
- `docs/gallery/templates.png`: each layout template (poster, menu, steps, diagram, comic, quote, social card,
  book cover, logo, label, words on a sign and on a shirt);
- `docs/gallery/edits.jpg`: each kind of photo edit on the test photos (tests/data/photos), the photo inset top
  left and the answer text (what was done and what was not) under it, refusals included;
- `docs/gallery/seeds.jpg`: the same prompts with four seeds;
- `docs/gallery/smoke.png`: one cell of each, a quick look.

The photos are listed once, in PHOTOS: a file in the repository when it is there, else scikit-image's sample of
the same kind (the `bench` extra), else a generated stand-in.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.fonts import load_font, split_runs
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.service.generation.thoughts import admissions

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SEED = 1
MAX_BYTES = 1_500_000


@dataclass(frozen=True)
class Photo:
    path: str  # in the repository, used when present
    sample: str  # else this scikit-image sample
    credit: str


PHOTOS: dict[str, Photo] = {
    "portrait": Photo("tests/data/photos/astronaut.jpg", "astronaut", "Eileen Collins, NASA, public domain"),
    "coffee": Photo("tests/data/photos/coffee.jpg", "coffee", "coffee cup, Rachel Michetti, CC0"),
    "cat": Photo("tests/data/photos/chelsea.jpg", "chelsea", "Chelsea the cat, Stefan van der Walt, CC0"),
    "sky": Photo("tests/data/photos/rocket.jpg", "rocket", "DSCOVR launch, SpaceX, public domain"),
    "palace": Photo("tests/data/photos/china.jpg", "", "Summer Palace, danielbuechele, CC BY 2.0"),
    "flower": Photo("tests/data/photos/flower.jpg", "", "dahlia, vultilion, CC BY 2.0"),
}

OVERVIEW_EDIT = "Make it warmer, add the text 'Morning Fuel' at the top and a croissant sticker. Also remove the spoon."
OVERVIEW: list[tuple[str, str]] = [
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
PLACES = ["A red car on a city street", "A wooden cabin by a mountain lake", "Kids playing on a sandy beach",
          "A girl flying a kite on a grassy hill", "A camel in the desert", "A cat asleep on a sofa in a living room",
          "A dog swimming in a lake", "A cup of coffee and a croissant on a wooden table"]
CONDITIONS = ["on a sunny morning", "at sunset", "at night", "in the rain", "in the snow", "in thick fog"]
STYLE_SCENES = ["A fox sitting by a lake in front of mountains at sunset",
                "Two kids and a dog having a picnic under a tree in a park",
                "A sailboat on a stormy sea at night", "A cup of coffee and a croissant on a wooden table"]
STYLES = ["flat illustration", "watercolor painting", "pencil sketch", "pixel art", "photorealistic", "3D render",
          "vintage poster"]
TEMPLATES: list[tuple[str, str]] = [
    ('A poster for a jazz night with a saxophone, the headline "LIVE JAZZ" at the top and "Fridays 9 pm" at the '
     'bottom', "3:4"),
    ('A cafe menu titled "Morning Brew" with "Espresso $3", "Latte $4", "Cappuccino $4", "Mocha $5" and '
     '"Croissant $2"', "3:4"),
    ('A recipe card with the steps "Boil water", "Add pasta", "Cook 10 minutes" and "Drain and serve"', "3:4"),
    ('A diagram of a plant, label each part: "Flower", "Leaf", "Stem" and "Roots"', "3:4"),
    ('A comic panel of a dog saying "Where is my bone?" to a cat', "4:3"),
    ('A quote card: "Be kind, always." with "— Maya Angelou" under it', "1:1"),
    ('A social media post announcing "New Flavours!" with three ice cream cones', "4:5"),
    ('A book cover titled "The Quiet Forest" by "Anna Berg" with a deer in the woods', "2:3"),
    ('A logo for a bakery called "Sunrise Bakery" with a croissant', "1:1"),
    ('A label on a glass jar that says "Homemade Jam" in red serif letters', "1:1"),
    ('A wooden sign that reads "Fresh Eggs" next to a farm gate', "4:3"),
    ('A black T-shirt with the print "Coffee First" on it', "1:1"),
]
EDITS: list[tuple[str, tuple[str, ...], str]] = [  # (kind, photos, instruction)
    ("style", ("palace",), "Turn this photo into a watercolor painting"),
    ("style", ("cat",), "Make it a pencil sketch"),
    ("relight", ("coffee",), "Relight it as if at golden hour"),
    ("relight", ("palace",), "Make it night"),
    ("sky", ("sky",), "Replace the sky with a starry night sky"),
    ("recolor", ("portrait",), "Make the suit blue"),
    ("recolor", ("coffee",), "Make the cup blue"),
    ("remove", ("coffee",), "Remove the red cup"),
    ("remove", ("coffee",), "Remove the spoon"),
    ("accessory", ("portrait",), "Add sunglasses to her face"),
    ("add", ("palace",), "Add a rainbow in the sky"),
    ("add", ("portrait",), "Put a dog next to her"),
    ("background", ("portrait",), "Replace the background with a sunny beach"),
    ("background", ("cat",), "Replace the background with a sunny beach"),
    ("combine", ("palace", "portrait"), "Put the woman from the second photo in front of the tower"),
    ("combine", ("coffee", "cat"), "Put the cat from the second photo next to the coffee cup"),
    ("outpaint", ("cat",), "Zoom out and extend the picture to 16:9"),
    ("text", ("coffee",), "Add the text 'Morning Fuel' at the top"),
    ("add", ("palace",), "Add fireworks in the sky"),
    ("add", ("palace",), "Add a hot-air balloon in the sky"),
    ("accessory", ("cat",), "Give the cat a party hat"),
    ("style", ("cat",), "Make it pop art"),
    ("add", ("palace",), "Add some birds flying in the sky"),
    ("add", ("flower",), "Add a butterfly on the flower"),
]
PEOPLE = ["A farmer with two cows on a farm at sunrise", "Kids playing on a beach with a kite",
          "A woman holding a cup of coffee in the city", "An old man and a woman walking in a park",
          "A boy holding an umbrella in the rain", "A Black woman in a red dress in the city",
          "A girl swimming in the sea", "Two boys playing football on a field",
          "An old man sitting on a park bench feeding pigeons", "A boy flying a kite on a windy hill",
          "A woman walking on a country road at sunset", "A quiet village in the hills at dusk"]
SEED_PROMPTS = ["A sailboat on a lake at night", "Two cats and a dog in a garden", "A cup of coffee on a table",
                "A girl holding a red balloon in the park"]


@dataclass(frozen=True)
class Cell:
    image: Image.Image
    caption: str


def load_photo(key: str) -> Image.Image:
    photo = PHOTOS[key]
    if (ROOT / photo.path).is_file():
        return Image.open(ROOT / photo.path).convert("RGB")
    try:
        from skimage import data

        return Image.fromarray(np.asarray(getattr(data, photo.sample)()))
    except (ImportError, AttributeError):
        rng = np.random.default_rng(len(key))
        base = np.linspace(60, 200, 400)[:, None, None] * np.ones((1, 600, 3)) * np.array([1.0, 0.7, 0.45])
        return Image.fromarray(np.clip(base + rng.normal(0, 10, base.shape), 0, 255).astype(np.uint8))


def render(prompt: str, aspect: str, references: tuple[Image.Image, ...] = (), seed: int = SEED
           ) -> tuple[Image.Image, list[str]]:
    """The picture, and what its answer admits was not done."""
    target = target_size(aspect, "1K")
    plan = plan_composition(PlanningInput(prompt, target.width, target.height, len(references), seed=seed))
    result = DraftEngine().render(RenderRequest(plan, target.width, target.height, references, seed=seed))
    return result.image, admissions(plan, result.shortfalls)


def edit_cell(kind: str, keys: tuple[str, ...], instruction: str) -> Cell:
    photos = tuple(load_photo(key) for key in keys)
    image, admitted = render(instruction, "16:9" if kind == "outpaint" else "4:3", photos)
    x = 12
    for photo in photos:  # the inputs, inset top left
        inset = ImageOps.expand(ImageOps.contain(photo, (image.width // 5, image.height // 5)), 4, (255, 255, 255))
        image.paste(inset, (x, 12))
        x += inset.width + 8
    answer = " ".join(admitted) or "(the answer admits nothing left undone)"
    return Cell(image, f"{kind.upper()}: {instruction}. Answer: {answer}")


def sheet_cells(name: str) -> tuple[list[Cell], int]:
    """The cells of a sheet and its number of columns."""
    if name == "overview":
        cells = [Cell(render(p, a)[0], f"[{a}] {p}") for p, a in OVERVIEW]
        photo = load_photo("coffee")
        edited = render(OVERVIEW_EDIT, "1:1", (photo,))[0]
        cells.insert(1, Cell(edited, f"EDIT of the photo on the left: {OVERVIEW_EDIT}"))
        cells.insert(1, Cell(photo, f"Reference photo ({PHOTOS['coffee'].credit})"))
        return cells, 5
    if name == "scenes":
        return [Cell(render(f"{p} {c}", "4:3")[0], f"{p} {c}") for p in PLACES for c in CONDITIONS], len(CONDITIONS)
    if name == "people":
        return [Cell(render(p, "4:3")[0], p) for p in PEOPLE], 4
    if name == "styles":
        return [Cell(render(f"{s}, {style}", "4:3")[0], f"{s}, {style}") for s in STYLE_SCENES for style in STYLES], 7
    if name == "templates":
        return [Cell(render(p, a)[0], f"[{a}] {p}") for p, a in TEMPLATES], 5
    if name == "edits":
        return [edit_cell(*edit) for edit in EDITS], 6
    if name == "seeds":
        return [Cell(render(p, "4:3", seed=s)[0], f"{p} (seed {s})") for p in SEED_PROMPTS for s in (1, 2, 3, 4)], 4
    if name == "smoke":
        return [Cell(render(f"{PLACES[0]} {CONDITIONS[1]}", "4:3")[0], f"{PLACES[0]} {CONDITIONS[1]}"),
                Cell(render(f"{STYLE_SCENES[0]}, {STYLES[1]}", "4:3")[0], f"{STYLE_SCENES[0]}, {STYLES[1]}"),
                Cell(render(*TEMPLATES[1])[0], TEMPLATES[1][0]), edit_cell(*EDITS[4])], 4
    raise ValueError(f"unknown sheet {name!r}")


SHEETS: dict[str, Path] = {
    "overview": DOCS / "gallery.png", "scenes": DOCS / "gallery" / "scenes.jpg",
    "people": DOCS / "gallery" / "people.jpg", "styles": DOCS / "gallery" / "styles.jpg",
    "templates": DOCS / "gallery" / "templates.png", "edits": DOCS / "gallery" / "edits.jpg",
    "seeds": DOCS / "gallery" / "seeds.jpg", "smoke": DOCS / "gallery" / "smoke.png",
}


def contact_sheet(cells: Sequence[Cell], columns: int, cell: int = 360, caption_lines: int = 4) -> Image.Image:
    """Thumbnails in a grid on a dark ground, each with its caption wrapped underneath; a row is as tall as its
    tallest thumbnail."""
    caption_h = 16 * caption_lines + 8
    thumbs = [ImageOps.contain(c.image, (cell - 16, cell - 16), Image.Resampling.LANCZOS) for c in cells]
    rows = [thumbs[i:i + columns] for i in range(0, len(thumbs), columns)]
    heights = [max(t.height for t in row) + 16 + caption_h for row in rows]
    sheet = Image.new("RGB", (columns * cell, sum(heights)), (24, 24, 28))
    draw = ImageDraw.Draw(sheet)
    width = max(20, (cell - 20) // 7)
    for index, (item, thumb) in enumerate(zip(cells, thumbs, strict=True)):
        row, column = divmod(index, columns)
        base = sum(heights[:row]) + heights[row] - caption_h  # thumbnails stand on their captions
        sheet.paste(thumb, (column * cell + (cell - thumb.width) // 2, base - 8 - thumb.height))
        for line_index, line in enumerate(textwrap.wrap(item.caption, width)[:caption_lines]):
            write(draw, (column * cell + 10, base + line_index * 16), line)
    return sheet


def write(draw: ImageDraw.ImageDraw, at: tuple[int, int], line: str) -> None:
    """One caption line, font by font, so CJK in a prompt shows as CJK (emoji leave a gap)."""
    x, y = at
    for run in split_runs(line, "sans-medium"):
        if run.is_emoji:
            x += 13
            continue
        font = load_font(run.path, 13)
        draw.text((x, y), run.text, font=font, fill=(225, 225, 230))
        x += int(font.getlength(run.text))


def save(sheet: Image.Image, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jpg":
        sheet.save(path, quality=86, optimize=True, progressive=True)
    else:
        sheet.save(path, optimize=True)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{path} is {size / 1e6:.1f} MB, over {MAX_BYTES / 1e6:.1f} MB: fewer or smaller cells")
    return size


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sheets", nargs="*", metavar="SHEET", help=f"which sheets (default: all): {', '.join(SHEETS)}")
    names = parser.parse_args(argv).sheets or list(SHEETS)
    unknown = [name for name in names if name not in SHEETS]
    if unknown:
        parser.error(f"unknown sheet(s) {', '.join(unknown)}; known: {', '.join(SHEETS)}")
    for name in names:
        cells, columns = sheet_cells(name)
        sheet = contact_sheet(cells, columns)
        size = save(sheet, SHEETS[name])
        print(f"wrote {SHEETS[name].relative_to(ROOT)} ({sheet.width}x{sheet.height}, {len(cells)} images, "
              f"{size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
