"""Strings set on a plate: exact reads per plate opacity, on a split's prompts, in one run.

A plate is the panel the draft engine lays under words set over a busy or low-contrast ground. Where it lets the
ground through, the ground's own marks (floor tiles, grass blades, seams) stay faintly inside the words, and thin
strokes (an italic capital's hairline arms) are lost among them or read with them ("Every" read "Lvery" on a quote
card over a tiled floor). This bench plans every prompt of a split that quotes a string (the real rules planner),
renders it with each pair of plate opacities (`--opacities`, of 255: the plate over a ground of spread tone, then the
one over a ground whose edges run through the line, `170/220` the rule before; the first pair is the baseline), and
reads each expected string back as bench/scene_fidelity.py does (`check_texts`). A prompt whose picture does not
change with the opacity (no plate, or a plate on an even ground) is read once and counted for every opacity.

Run: `.venv/bin/python bench/plated_strings.py --split heldout23 --opacities 170/220,235/235` (`--only ID,ID`,
`--misses`; `--file FILE` for prompts of your own in a split's format).
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing import typography
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from scene_fidelity import CHOICES, HELD_OUT, SPLITS, check_texts, load_items
from text_fidelity import Reader

SEED = 7


def pair(spec: str) -> tuple[int, int]:
    """`170/220` (a plate, an edged plate) or `235` (both alike)."""
    plain, _, edged = spec.partition("/")
    return int(plain), int(edged or plain)


def label(opacity: tuple[int, int]) -> str:
    return f"{opacity[0]}/{opacity[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=[s for s in CHOICES if s not in HELD_OUT and s != "all"])
    parser.add_argument("--file", type=Path, help="prompts of your own, one JSON object a line in a split's format")
    parser.add_argument("--opacities", default="170/220,235/235")
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    opacities = [pair(v) for v in args.opacities.split(",")]
    only = set(filter(None, args.only.split(",")))
    planner, engine, reader = RulesPlanner(), DraftEngine(), Reader()
    read: dict[tuple[int, int], list[bool]] = {o: [] for o in opacities}
    misses: list[str] = []
    changed: list[str] = []
    started = time.perf_counter()
    kept = typography.PLATE, typography.EDGED_PLATE
    try:
        files = [args.file] if args.file else [SPLITS[split] for split in CHOICES[args.split]]
        for path in files:
            for item in load_items(path):
                if not item.get("texts") or (only and item["id"] not in only):
                    continue
                target = target_size(item.get("aspect", "1:1"), "1K")
                plan = planner.plan(PlanningInput(item["prompt"], target.width, target.height, seed=SEED)).plan
                first: np.ndarray | None = None
                reads: list[bool] | None = None
                for opacity in opacities:
                    typography.PLATE, typography.EDGED_PLATE = opacity
                    picture = engine.render(RenderRequest(plan, target.width, target.height, seed=SEED)).image
                    pixels = np.asarray(picture)
                    if first is not None and reads is not None and np.array_equal(first, pixels):
                        read[opacity] += reads
                        continue
                    if first is not None:
                        changed.append(f"{item['id']}@{label(opacity)}")
                    checks = [c for c in check_texts(item, plan, picture, reader.read) if c.metric == "strings"]
                    read[opacity] += [c.ok for c in checks]
                    if first is None:
                        first, reads = pixels, [c.ok for c in checks]
                    misses += [f"  {c.item} @{label(opacity)}: {c.what} — {c.why}" for c in checks if not c.ok]
    finally:
        typography.PLATE, typography.EDGED_PLATE = kept
    print(f"strings on plates: {args.file or args.split}, 1K, seed {SEED}; "
          f"{platform.machine()} {platform.python_version()}, "
          f"{time.perf_counter() - started:.0f} s; pictures that change with the opacity: {len(changed)}")
    for opacity, oks in read.items():
        print(f"  plate {label(opacity)}: {sum(oks)}/{len(oks)} strings read exactly")
    if args.misses:
        print("\n".join(misses))
        print("changed:", " ".join(changed))


if __name__ == "__main__":
    main()
