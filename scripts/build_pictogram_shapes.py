"""Measure every bundled pictogram once, so the planner can size and anchor boxes without the font.

The composer fits boxes to what will be drawn: a car is wider than tall, a hat sits on the top of a head, a person
pictogram takes a skin tone. Those facts live in the font, which only the engines open, so this script writes them to
`src/openbanana/assets/pictograms/shapes.tsv` (one line per emoji without a skin-tone modifier):

    emoji <TAB> drawn ink width / ink height <TAB> 1 if it has skin-tone variants, else 0 <TAB> advance / ink height

The first width is the drawn ink's (`drawn_box`): the engine fits a glyph to its box by the same measure, so a box
this ratio wide is filled by the figure, and things placed side by side stand side by side. The advance's (the
font's own box, `ink_box`) is the frame what is attached to a thing (a hat, a held cup) was placed and sized in.

Run it after `scripts/build_draft_assets.py` whenever the pictogram font changes:

    PYTHONPATH=src python scripts/build_pictogram_shapes.py
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from openbanana.imaging.drawing.glyph_fit import drawn_box
from openbanana.imaging.drawing.glyphs import ink_box

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "openbanana" / "assets" / "pictograms" / "shapes.tsv"
TONES = tuple(chr(c) for c in range(0x1F3FB, 0x1F400))
MEDIUM = "\U0001F3FD"


def with_tone(glyph: str) -> str:
    """The medium-tone sequence: the modifier goes after the first code point (and before any VS16)."""
    head, rest = glyph[0], glyph[1:].removeprefix("\ufe0f")
    return head + MEDIUM + rest


def main() -> None:
    glyphs = json.loads(files("openbanana.assets.pictograms").joinpath("layers.json").read_text("utf-8"))["glyphs"]
    lines = []
    for glyph in sorted(glyphs):
        if any(tone in glyph for tone in TONES):
            continue
        left, top, right, bottom = drawn_box(glyph)
        aspect = (right - left) / max(1e-6, bottom - top)
        advance_left, _, advance_right, _ = ink_box(glyph)
        advance = (advance_right - advance_left) / max(1e-6, bottom - top)
        tones = int(with_tone(glyph) in glyphs or with_tone(glyph).replace("\ufe0f", "") in glyphs)
        lines.append(f"{glyph}\t{aspect:.3f}\t{tones}\t{advance:.2f}")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} pictograms measured into {OUTPUT}")


if __name__ == "__main__":
    main()
