"""Symbols and dashes in set strings: how many read back exactly under the rule before and the rule now,
in the same run.

The draft engine sets a string's characters exactly; what can still go wrong is what a reader makes of them. OCR
(rapidocr, standing in for a person) drops a spaced dash left alone at a line's end and reads the two halves as two
strings; a symbol that no face in the fallback chain has was drawn as a blank box. The strings here come from no
prompt set: random everyday strings made from the word lists below, one kind per family of symbols (a spaced dash,
currency and fractions, marks like ™ and ©, arrows and bullets, degrees, signs the Noto faces lack), each set by the
real draft engine in the faces documents give such strings, at a small and a display size, on a light and a dark
ground, and read back the way bench/scene_fidelity.py reads a string (its block's box cropped with a margin, padded,
rapidocr; exact when the string is in what was read, spaces aside, the three dashes one).

`before` is the rule at the branch point: a spaced dash may end a line, the fallback chain stops at the pictogram
font (a symbol only Inter has was drawn as a blank box), every face draws its own degree sign. `now` is the rule in
the code. Both run on the same strings in the same run.

Run: `.venv/bin/python bench/symbol_strings.py` (every kind, 6 strings each, both rules), `--kinds dash,signs`,
`--strings N`, `--seed N`, `--misses`, `--json`.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing import fonts, typesetting
from openbanana.plan import RGB, Background, FontName, Plan, TextBlock
from scene_fidelity import crop_box, padded, same_glyphs
from text_fidelity import Reader

GROUNDS: tuple[tuple[RGB, RGB], ...] = (((245, 240, 230), (30, 30, 30)), ((30, 40, 60), (250, 250, 247)))
CANVAS = (1024, 1024)

NOUNS = ("Bakery", "Garden", "Market", "Studio", "Kitchen", "Harbor", "Books", "Coffee", "Bikes", "Pantry", "Lantern",
         "Orchard", "Supply", "Noodles", "Records", "Barber", "Flowers", "Gallery", "Diner", "Workshop", "Soap", "Tea")
PHRASES = ("Open Daily", "Cash Only", "Ring the Bell", "Back Soon", "Fresh Bread", "Ask Inside", "Free Parking",
           "Closed Mondays", "Self Service", "Since 1987", "Mind the Step", "Pick Your Own", "All Welcome")


@dataclass(frozen=True)
class Kind:
    """A family of strings: how one is made, the faces it is set in, and the box's width (a narrow box wraps)."""

    make: Callable[[random.Random], str]
    faces: tuple[FontName, ...]
    width: float = 0.92


def _amount(rng: random.Random) -> str:
    return str(rng.choice((3, 4, 7, 9, 12, 15, 18, 24, 35, 49)))


KINDS: dict[str, Kind] = {
    "dash": Kind(lambda r: f"{r.choice(PHRASES)} {r.choice('-–—')} {r.choice(PHRASES)}", ("geometric", "display",
                                                                                        "serif-display"), 0.5),
    "money": Kind(lambda r: r.choice((f"{r.choice('€£¥')}{_amount(r)} {r.choice(NOUNS)}", f"½ {r.choice(NOUNS)}",
                                      f"{r.choice(NOUNS)} {_amount(r)} × {_amount(r)}")), ("sans-medium", "serif")),
    "marks": Kind(lambda r: r.choice((f"{r.choice(NOUNS)}™", f"{r.choice(NOUNS)}®", f"© 2026 {r.choice(NOUNS)}")),
                  ("display", "sans-medium")),
    "arrows": Kind(lambda r: r.choice((f"{r.choice(NOUNS)} → {r.choice(NOUNS)}", f"{r.choice(NOUNS)} • "
                                       f"{r.choice(NOUNS)}", f"{r.choice(PHRASES)}…")), ("sans-medium", "geometric")),
    "degrees": Kind(lambda r: r.choice((f"{_amount(r)}°", f"Low {_amount(r)}°F", f"High {_amount(r)}°C")),
                    ("sans-medium", "serif")),
    "signs": Kind(lambda r: r.choice((f"{r.choice(NOUNS)} ✓", f"★ {r.choice(PHRASES)}", f"∆ {r.choice(NOUNS)}",
                                      f"Press ⌘ {r.choice('CSVZ')}")), ("sans-medium", "serif")),
}
SIZES = (0.035, 0.08)  # a small line and a display line, as a share of the canvas height


def strings(kind: Kind, count: int, seed: int) -> list[str]:
    """`count` different strings of one kind, made at random (no prompt set's strings)."""
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(count * 50):
        text = kind.make(rng)
        if text not in out:
            out.append(text)
        if len(out) == count:
            break
    return out


@contextmanager
def before() -> Iterator[None]:
    """The rule at the branch point, while inside: a spaced dash may end a line, the chain stops at the
    pictogram font, and every face draws its own degree sign."""
    kept = (typesetting.BINDING_DASHES, fonts.LAST_RESORT, fonts.OWN_DEGREE)
    typesetting.BINDING_DASHES, fonts.LAST_RESORT, fonts.OWN_DEGREE = frozenset(), (), frozenset(fonts.FONT_FILES)
    _clear()
    try:
        yield
    finally:
        typesetting.BINDING_DASHES, fonts.LAST_RESORT, fonts.OWN_DEGREE = kept
        _clear()


@contextmanager
def now() -> Iterator[None]:
    yield


def _clear() -> None:
    typesetting.fit_text.cache_clear()
    typesetting._tokens.cache_clear()


def read_back(engine: DraftEngine, reader: Reader, text: str, face: FontName, width: float,
              index: int) -> tuple[bool, str]:
    """Set `text` (size and ground by `index`) in a box `width` of the canvas wide, and read its block back."""
    size = SIZES[index % len(SIZES)]
    return read_set(engine, reader, text, face, width, size, GROUNDS[(index // len(SIZES)) % len(GROUNDS)])


def read_set(engine: DraftEngine, reader: Reader, text: str, face: FontName, width: float, size: float,
             colours: tuple[RGB, RGB]) -> tuple[bool, str]:
    """Set `text` at `size` (a share of the canvas height) in a box `width` of the canvas wide, on a (ground, ink)
    pair, and read its block back: (exact, what was read)."""
    ground, ink = colours
    box = (0.5 - width / 2, 0.3, 0.5 + width / 2, 0.3 + size * 3.6)
    block = TextBlock(text, "headline", box, color=ink, font=face, max_size=size)
    plan = Plan(prompt=text, background=Background("solid", (ground,)), palette=(ink,), texts=(block,))
    picture = engine.render(RenderRequest(plan, *CANVAS, seed=7)).image
    seen = reader.read(padded(crop_box(picture, block.box)))
    return same_glyphs(text) in same_glyphs(seen), seen


def measure(kinds: tuple[str, ...], count: int, seed: int) -> dict[str, Any]:
    engine, reader = DraftEngine(), Reader()
    report: dict[str, Any] = {"machine": f"{platform.machine()} {platform.python_version()}", "strings": count,
                              "seed": seed, "kinds": {}}
    for name in kinds:
        kind = KINDS[name]
        lines = strings(kind, count, seed)
        jobs = [(text, face, i) for face in kind.faces for i, text in enumerate(lines)]
        report["kinds"][name] = {rule_name: _tally(jobs, rule, engine, reader, kind.width)
                                 for rule_name, rule in (("before", before), ("now", now))}
    return report


def _tally(jobs: list[tuple[str, FontName, int]], rule: Callable[[], Any], engine: DraftEngine, reader: Reader,
           width: float) -> dict[str, Any]:
    """Every (string, face, index) read back under one rule: how many read exactly, and how the others read."""
    started = time.perf_counter()
    with rule():
        seen = [read_back(engine, reader, text, face, width, i) for text, face, i in jobs]
    return {"read": sum(ok for ok, _ in seen), "of": len(seen), "seconds": round(time.perf_counter() - started, 1),
            "misses": [f"{text!r} in {face} at {SIZES[i % len(SIZES)]} read {read!r}"
                       for (text, face, i), (ok, read) in zip(jobs, seen, strict=True) if not ok]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for option, default in (("--kinds", ",".join(KINDS)), ("--strings", 6), ("--seed", 2026)):
        parser.add_argument(option, default=default, type=type(default))
    for switch in ("--misses", "--json"):
        parser.add_argument(switch, action="store_true")
    args = parser.parse_args()
    report = measure(tuple(args.kinds.split(",")), args.strings, args.seed)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    print(f"symbol strings: {args.strings} random strings per kind and face, sizes {SIZES}; {report['machine']}")
    kinds = report["kinds"]
    for name, rules in kinds.items():
        print(f"  {name:<10} " + "   ".join(f"{r} {v['read']}/{v['of']}" for r, v in rules.items()))
        misses = [f"      {r}: {miss}" for r, v in rules.items() for miss in v["misses"]] if args.misses else []
        print("\n".join(misses), end="\n" if misses else "")
    read = {r: (sum(k[r]["read"] for k in kinds.values()), sum(k[r]["of"] for k in kinds.values()))
            for r in ("before", "now")}
    print("  all kinds  " + "   ".join(f"{r} {a}/{n} ({a / max(1, n):.1%})" for r, (a, n) in read.items()))

if __name__ == "__main__":
    main()
