"""Glyphs read twice beside a word gap: exact reads of everyday short strings per face, size and word space.

A display line is read by OCR (rapidocr, standing in for a person) as one box per stretch of words that its detector
keeps together; where it splits the line at a gap, each box reaches past its ink, and a box that ends inside the next
word's edge letter (or a comma) makes the recogniser read that glyph twice ("Out t of Order", "Row F, , Seat 12").
Whether it happens depends on the face, the size, the gap and the glyphs at the gap's two edges, so this bench sets
short strings of the kinds signs, tickets, invitations and lists carry (none from a prompt set) in each face at the
sizes layouts give display lines (5%, 8% and 11% of the canvas height, light and dark grounds), through the real
draft engine, under several display word spaces in the same run, and reads each block back as
bench/scene_fidelity.py does (bench/word_gaps.py's `read_back`): exact when the string's glyphs are all read, in
order, with none added.

Each space is a display word space in ems for every face measured (`own` keeps the face's own space, `rule` is the
table in spacing.py). `--separators` sets ranges and lists split by a lone dash or bar instead ("9am - 4pm", "Tea |
Cake") and compares the rule (a lone separator set close to both words) with `open` (word spaces either side).

Run: `.venv/bin/python bench/doubled_glyphs.py --faces sans-medium,geometric
--spaces own,rule,0.5 --strings 24` (one face, 24 strings and three spaces: about 3 minutes on a loaded 2-core
machine), `--misses`, `--json`.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing import spacing, typesetting
from openbanana.plan import FontName
from text_fidelity import Reader
from word_gaps import SIZES, print_rules, read_lines

FACES: tuple[FontName, ...] = ("sans-medium", "geometric", "display", "sans-bold", "serif-bold", "serif-display",
                               "rounded", "condensed", "narrow", "sans")
DAYS = ("Monday", "Tuesday", "Friday", "Sunday", "Thursday", "Saturday")
NAMES = ("Nina's", "Omar's", "Lucy's", "Theo's", "Priya's", "Ruth's", "the Hall", "Pier 4")
SIGNS = ("Staff Only", "Wet Floor", "No Entry", "Keep Left", "Exit Only", "Push to Open", "Lift Out of Use",
         "Toilets Upstairs", "Back Soon", "Fully Booked", "No Dogs", "Mind the Step", "Cash Only", "Sold Out",
         "Please Knock", "Quiet Zone")
ITEMS = ("Tea", "Cake", "Soup", "Bread", "Jam", "Eggs", "Milk", "Rice", "Figs", "Pies", "Toast", "Salad")
VERBS = ("Open", "Closed", "Back", "Doors", "Lunch", "Last Entry")
SEPARATED = ("{hour}am - {hour2}pm", "{day} - {day2}", "{item} | {item2}", "{verb} {hour} - {hour2}",
             "{item} | {item2} | {item3}", "Row {row} - Seat {seat}", "{sign} | {day}", "{hour}:30 \u2013 {hour2}:00",
             "Gate {seat} \u2014 {sign}", "{item} - {price}")
SHAPES = ("{sign}", "{day} {hour} pm at {name}", "{verb} {hour} am", "{verb} at {hour} pm", "Row {row}, Seat {seat}",
          "Gate {row}, Door {seat}", "{item}, {item2}, {item3}", "{item} & {item2}", "{day} {date} May",
          "Back in {hour} min", "Platform {seat}", "{item} {price}", "Table {seat} of {hour}")


def strings(count: int, seed: int, shapes: tuple[str, ...] = SHAPES) -> list[str]:
    """`count` different short strings made at random from the lists above."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        picked = rng.sample(ITEMS, 3)
        text = rng.choice(shapes).format(sign=rng.choice(SIGNS), day=rng.choice(DAYS), hour=rng.randint(1, 11),
                                         name=rng.choice(NAMES), verb=rng.choice(VERBS), row=rng.choice("ABCDEFGH"),
                                         seat=rng.randint(2, 40), item=picked[0], item2=picked[1], item3=picked[2],
                                         date=rng.randint(1, 28), price=f"{rng.randint(2, 9)}.{rng.randint(10, 95)}",
                                         hour2=rng.randint(1, 11), day2=rng.choice(DAYS))
        if text not in out:
            out.append(text)
    return out


def table_for(space: str, faces: tuple[FontName, ...]) -> dict[FontName, float]:
    """The display word-space table a named space stands for."""
    if space == "rule":
        return dict(spacing.DISPLAY_SPACE_EM)
    kept = {face: em for face, em in spacing.DISPLAY_SPACE_EM.items() if face not in faces}
    return kept if space == "own" else kept | dict.fromkeys(faces, float(space))


@contextmanager
def separators(marks: frozenset[str]) -> Iterator[None]:
    """Set the lone separators in `marks` close to their words while inside (the others with word spaces)."""
    kept = spacing.SEPARATORS
    spacing.SEPARATORS = marks
    typesetting.fit_text.cache_clear()
    try:
        yield
    finally:
        spacing.SEPARATORS = kept
        typesetting.fit_text.cache_clear()


def measure(faces: tuple[FontName, ...], spaces: tuple[str, ...], count: int, seed: int,
            separated: bool = False) -> dict[str, Any]:
    engine, reader = DraftEngine(), Reader()
    lines = strings(count, seed, SEPARATED if separated else SHAPES)
    report: dict[str, Any] = {"machine": f"{platform.machine()} {platform.python_version()}", "strings": count,
                              "seed": seed, "faces": {}}
    for face in faces:
        report["faces"][face] = {}
        for space in spaces:
            if space == "open":
                with separators(frozenset()):
                    report["faces"][face][space] = read_lines(engine, reader, lines, face, table_for("rule", ()))
            else:
                report["faces"][face][space] = read_lines(engine, reader, lines, face, table_for(space, (face,)))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faces", default=",".join(FACES))
    parser.add_argument("--spaces", default="own,rule", help="own, rule, or a word space in ems, comma-separated")
    parser.add_argument("--strings", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1204)
    for flag in ("--misses", "--json", "--separators"):
        parser.add_argument(flag, action="store_true")
    args = parser.parse_args()
    report = measure(cast(tuple[FontName, ...], tuple(args.faces.split(","))), tuple(args.spaces.split(",")),
                     args.strings, args.seed, args.separators)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    print(f"glyphs read twice: {args.strings} strings per face, sizes {SIZES}, light and dark grounds; "
          f"{report['machine']}")
    print_rules(report, args.misses, lambda space, _: space)


if __name__ == "__main__":
    main()
