"""An attribution's leading dash and a figure's degree ring: how many set strings read back exactly under the rule
before and the rule now, in the same run.

OCR (rapidocr, standing in for a person) drops a dash opening a line ("- Dalai Lama") when a word space follows it,
and reads the same dash touching the name; spacing.py now sets that space as a close joint (CLOSE_EM). A degree
sign after a figure ("23°") borrowed from League Spartan, whose small ring at the cap height is read as "O" at figure
sizes. Tried: Noto Sans Bold's heavier ring ("noto" below), which read worse (as the ordinal "º"), so the code keeps
League Spartan's. The strings come from no prompt set: random names and
figures, set by the real draft engine in several faces and sizes, on a light and a dark ground, and read back the
way bench/scene_fidelity.py reads a string (bench/symbol_strings.py's read_set).

Run: `.venv/bin/python bench/attribution_rings.py` (both kinds), `--kinds dash`, `--strings N`, `--seed N`,
`--misses`.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing import fonts, spacing
from openbanana.plan import FontName
from symbol_strings import GROUNDS, _clear, read_set
from text_fidelity import Reader

FIRST = ("Dalai", "Grandma", "Maya", "Oscar", "Aunt", "Coach", "Walt", "Frida", "Uncle", "Nina", "Marcus", "Ada")
LAST = ("Lama", "June", "Whitman", "Kahlo", "Lovelace", "Rivera", "Okafor", "Sato", "Bell", "Reyes", "Moss")
FACES: tuple[FontName, ...] = ("geometric", "display", "sans-bold", "serif-display", "sans-medium", "serif-italic")
KINDS = {"dash": (0.035, 0.06), "degrees": (0.04, 0.08, 0.12, 0.15)}  # sizes, a share of the canvas height


def strings(kind: str, count: int, seed: int) -> list[str]:
    """`count` random attributions ("- Maya Reyes") or figures ("23°", "-4°")."""
    rng = random.Random(seed)
    if kind == "dash":
        return [f"{rng.choice('-—')} {rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(count)]
    return [f"{rng.choice(('', '-'))}{rng.randint(0, 99)}°" for _ in range(count)]


@contextmanager
def other(kind: str) -> Iterator[None]:
    """The rule compared, while inside: for dashes the rule before (a leading dash's word space set as any other);
    for degrees the ring tried, Noto Sans Bold's, borrowed by every face but Bebas Neue."""
    swaps: dict[tuple[Any, str], Any] = {(spacing, "CLOSE_AFTER"): frozenset()} if kind == "dash" else {
        (fonts, "SMALL_DEGREE"): "sans-bold", (fonts, "OWN_DEGREE"): frozenset({"sans-bold", "condensed"})}
    kept = {place: getattr(*place) for place in swaps}
    for (module, name), value in swaps.items():
        setattr(module, name, value)
    _clear()
    try:
        yield
    finally:
        for (module, name), value in kept.items():
            setattr(module, name, value)
        _clear()


@contextmanager
def now(kind: str) -> Iterator[None]:
    yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for option, default in (("--kinds", ",".join(KINDS)), ("--strings", 6), ("--seed", 2026)):
        parser.add_argument(option, default=default, type=type(default))
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    engine, reader = DraftEngine(), Reader()
    print(f"attribution dashes and degree rings: {args.strings} random strings per face and size, faces {FACES}; "
          f"{platform.machine()} {platform.python_version()}")
    for kind in args.kinds.split(","):
        lines = strings(kind, args.strings, args.seed)
        for name, rule in ((("before" if kind == "dash" else "noto"), other), ("now", now)):
            with rule(kind):
                misses = []
                jobs = [(t, f, s, i) for f in FACES for s in KINDS[kind] for i, t in enumerate(lines)]
                for text, face, size, index in jobs:
                    ok, seen = read_set(engine, reader, text, face, 0.9, size, GROUNDS[index % len(GROUNDS)])
                    if not ok:
                        misses.append(f"{text!r} in {face} at {size} read {seen!r}")
            print(f"  {kind:<8} {name:<7} {len(jobs) - len(misses)}/{len(jobs)}")
            if args.misses:
                print("\n".join(f"      {miss}" for miss in misses))


if __name__ == "__main__":
    main()
