"""Display word spacing per face: how many strings read back exactly under one rule and another, in the same run.

A reader takes a set line apart at its word gaps. OCR (rapidocr, standing in for a person) reads a big line as one
box per word, and each box reaches about a third of an em past its word's ink: where the gap is narrower than that
reach, the box takes in the edge of the next word and the letter there is read twice ("Sweet t Orchard"); where the
gap is much wider, a short word stands alone and is dropped or read upside down ("up" as "dn"). Which space reads
best is a property of the face (its own space, its x-height, the shapes at its words' edges), so it is measured
here per face, on strings that come from no prompt set: everyday phrases made at random from the word lists below
(names, places, short words, digits with units), each set by the real draft engine as a display line at the sizes
documents give headlines (5.5%, 8% and 11% of the canvas height), on a light and a dark ground, and read back the
way bench/scene_fidelity.py reads a string: its block's box cropped with a margin, padded, read by rapidocr, exact
when the string is in what was read (spaces aside).

Each rule is a display word space per face (`spacing.DISPLAY_SPACE_EM`, in ems; a face missing from it keeps its
own space): `uniform` is the rule before this bench (at least 0.34 em in every face but script and mono),
`current` is the table in spacing.py. Both run on the same phrases in the same run.

Run: `.venv/bin/python bench/word_gaps.py` (the faces headlines use, 36 phrases each, both rules: about 8 minutes
on a quiet 2-core machine), `--faces display,geometric`, `--phrases N`, `--misses`, `--json`.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing import spacing, typesetting
from openbanana.plan import RGB, Background, FontName, Plan, TextBlock
from scene_fidelity import crop_box, padded, same_glyphs
from text_fidelity import Reader

FACES: tuple[FontName, ...] = ("display", "geometric", "sans-bold", "serif-display", "serif-bold", "rounded",
                               "condensed", "comic")
SIZES = (0.055, 0.08, 0.11)  # headline sizes, as a share of the canvas height
GROUNDS: tuple[tuple[RGB, RGB], ...] = (((245, 240, 230), (30, 30, 30)), ((30, 40, 60), (250, 250, 247)))
CANVAS = (1024, 1024)
UNIFORM_EM = 0.34  # the rule before: display words at least this far apart in every face but script and mono

ADJECTIVES = ("Fresh", "Quiet", "Golden", "Little", "Sunny", "Wild", "Rustic", "Happy", "Green", "Silver", "Cozy",
              "Bright", "Old", "Blue", "Tiny", "Grand", "Sweet", "Urban", "Maple", "Cedar", "Lucky", "Salty",
              "Honest", "Daily")
NOUNS = ("Bakery", "Garden", "Market", "Studio", "Kitchen", "Corner", "Harbor", "Books", "Coffee", "Bikes", "Yoga",
         "Pantry", "Forest", "Lantern", "Table", "Orchard", "Bridge", "Supply", "Fields", "Print", "Noodles", "Tacos",
         "Records", "Barber", "Flowers", "Cycles", "Gallery", "Diner", "Brewery", "Workshop")
SHORT = ("in", "by", "at", "of", "on", "to", "&", "a", "is", "or", "up", "we")
PLACES = ("Leeds", "Oslo", "Porto", "Elm Street", "Main St", "the Park", "Bay Road", "Lyon", "Kyoto", "Hill Lane")
AMOUNTS = ("2 mi", "5 km", "7 pm", "9 am", "3 min", "10 kg", "4 lb", "1 hr", "8 oz", "6 ft")
VERBS = ("Made", "Baked", "Open", "Served", "Grown", "Built", "Roasted", "Painted", "Sold", "Brewed", "Picked")
SHAPES = ("{adj} {noun}", "The {adj} {noun}", "{adj} {noun} {noun2}", "{verb} {short} {place}",
          "{noun} {short} {noun2}", "{adj} {noun} {amount}", "{verb} by hand in {place}", "{noun} {amount}",
          "{adj} {noun} & {noun2}", "{noun} at {amount}", "{verb} {short} the {noun}", "A {adj} {noun}",
          "{noun} of {place}", "{adj} {noun} is {verb}")


def phrases(count: int, seed: int) -> list[str]:
    """`count` different everyday phrases, made at random from the word lists (no prompt set's strings)."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        phrase = rng.choice(SHAPES).format(adj=rng.choice(ADJECTIVES), noun=rng.choice(NOUNS),
                                           noun2=rng.choice(NOUNS), short=rng.choice(SHORT),
                                           place=rng.choice(PLACES), amount=rng.choice(AMOUNTS),
                                           verb=rng.choice(VERBS))
        if phrase not in out:
            out.append(phrase)
    return out


@contextmanager
def rule(table: dict[FontName, float]) -> Iterator[None]:
    """Set display words by `table` (face → ems) while inside; the measured text sizes are recomputed."""
    kept = dict(spacing.DISPLAY_SPACE_EM)
    spacing.DISPLAY_SPACE_EM.clear()
    spacing.DISPLAY_SPACE_EM.update(table)
    typesetting.fit_text.cache_clear()
    try:
        yield
    finally:
        spacing.DISPLAY_SPACE_EM.clear()
        spacing.DISPLAY_SPACE_EM.update(kept)
        typesetting.fit_text.cache_clear()


def read_back(engine: DraftEngine, reader: Reader, text: str, face: FontName, index: int) -> tuple[bool, str]:
    """Set `text` as one display line (size and ground by `index`) and read its block back."""
    size = SIZES[index % len(SIZES)]
    ground, ink = GROUNDS[index % len(GROUNDS)]
    block = TextBlock(text, "headline", (0.04, 0.4, 0.96, 0.4 + size * 1.4), color=ink, font=face, max_size=size)
    plan = Plan(prompt=text, background=Background("solid", (ground,)), palette=(ink,), texts=(block,))
    picture = engine.render(RenderRequest(plan, *CANVAS, seed=7)).image
    seen = reader.read(padded(crop_box(picture, block.box)))
    return same_glyphs(text) in same_glyphs(seen), seen


def measure(faces: tuple[FontName, ...], count: int, seed: int) -> dict[str, Any]:
    engine, reader = DraftEngine(), Reader()
    lines = phrases(count, seed)
    uniform = {face: max(UNIFORM_EM, spacing.word_space(face)) for face in faces if face not in ("script", "mono")}
    rules = {"uniform": uniform, "current": dict(spacing.DISPLAY_SPACE_EM)}
    report: dict[str, Any] = {"machine": f"{platform.machine()} {platform.python_version()}", "phrases": count,
                              "seed": seed, "faces": {}}
    for face in faces:
        report["faces"][face] = {}
        for name, table in rules.items():
            report["faces"][face][name] = {"em": table.get(face), **read_lines(engine, reader, lines, face, table)}
    return report


def read_lines(engine: DraftEngine, reader: Reader, lines: list[str], face: FontName,
               table: dict[FontName, float]) -> dict[str, Any]:
    """Every line set in `face` under the display word-space `table` and read back: how many read exactly (in all,
    and per size), the seconds it took, and what was read instead of each miss."""
    started = time.perf_counter()
    with rule(table):
        results = [(text, *read_back(engine, reader, text, face, i)) for i, text in enumerate(lines)]
    return {"read": sum(ok for _, ok, _ in results), "of": len(results),
            "by size": {size: sum(ok for i, (_, ok, _) in enumerate(results) if SIZES[i % len(SIZES)] == size)
                        for size in SIZES},
            "seconds": round(time.perf_counter() - started, 1),
            "misses": [f"{text!r} read {seen!r} at {SIZES[i % len(SIZES)]}"
                       for i, (text, ok, seen) in enumerate(results) if not ok]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faces", default=",".join(FACES))
    parser.add_argument("--phrases", type=int, default=36)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    faces = cast(tuple[FontName, ...], tuple(args.faces.split(",")))
    report = measure(faces, args.phrases, args.seed)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    print(f"display word gaps: {args.phrases} random phrases per face, sizes {SIZES}, light and dark grounds; "
          f"{report['machine']}")
    print_rules(report, args.misses, lambda name, result: f"{name} ({_em(result['em'])})")


def _em(em: float | None) -> str:
    return "own" if em is None else f"{em:.2f} em"


def print_rules(report: dict[str, Any], misses: bool, label: Callable[[str, dict[str, Any]], str]) -> None:
    """Per face, each rule's exact reads (and with `misses`, what was read instead); then all faces together."""
    totals: dict[str, tuple[int, int]] = {}
    for face, rules in report["faces"].items():
        cells = []
        for name, result in rules.items():
            read, of = totals.get(name, (0, 0))
            totals[name] = (read + result["read"], of + result["of"])
            cells.append(f"{label(name, result)} {result['read']}/{result['of']}")
        print(f"  {face:<14} " + "   ".join(cells))
        if misses:
            for name, result in rules.items():
                for miss in result["misses"]:
                    print(f"      {name}: {miss}")
    print("  all faces      " + "   ".join(f"{name} {r}/{n} ({r / max(1, n):.1%})" for name, (r, n) in totals.items()))


if __name__ == "__main__":
    main()
