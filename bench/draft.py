"""Render time of the draft engine (render only: no planning, no encoding), at 1K, 2K and 4K.

Prompts: bench/data/draft_everyday_prompts.jsonl, draft_text_prompts.jsonl and document_prompts.jsonl (menus,
steps, diagrams, comics and the other layout templates; 86 in all), each planned
once per size in its own aspect ratio (16:9 for the everyday ones), then rendered `--repeat` times with the same
seed. "first" is the first render of each prompt at that size: pictogram layers are rasterised then (the sprite
cache only helps a later request for the same emoji at the same size); "repeat" is the median of the later renders.
One warm-up render loads the fonts before timing (a server does that once per process).

Run: `.venv/bin/python bench/draft.py` (~1 min on 2 cores), `--sizes 1K` for one size, `--json` for machine output.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

DATA = Path(__file__).resolve().parent / "data"


def prompts() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for name, default in (("draft_everyday_prompts.jsonl", "16:9"), ("draft_text_prompts.jsonl", "1:1"),
                          ("document_prompts.jsonl", "1:1")):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item["prompt"], item.get("aspect", default)))
    return items


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(image_size: str, repeat: int, seed: int = 11) -> dict[str, float]:
    engine = DraftEngine()
    first, again = [], []
    for prompt, aspect in prompts():
        target = target_size(aspect, image_size)
        plan = plan_composition(PlanningInput(prompt, target.width, target.height, seed=seed))
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            engine.render(RenderRequest(plan, target.width, target.height, seed=seed))
            times.append((time.perf_counter() - started) * 1000)
        first.append(times[0])
        if len(times) > 1:
            again.append(statistics.median(times[1:]))
    result = {"prompts": float(len(first)), "first_p50_ms": percentile(first, 0.5),
              "first_p90_ms": percentile(first, 0.9), "first_max_ms": max(first)}
    if again:
        result |= {"repeat_p50_ms": percentile(again, 0.5), "repeat_p90_ms": percentile(again, 0.9)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["1K", "2K", "4K"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warm = plan_composition(PlanningInput('warm-up "Ready" 盛 🍌 مرحبا', 512, 512))
    DraftEngine().render(RenderRequest(warm, 512, 512))
    results = {size: measure(size, args.repeat) for size in args.sizes}
    if args.json:
        print(json.dumps({"machine": platform.machine(), "python": platform.python_version(), "results": results},
                         indent=2))
        return
    print(f"{'size':>4} {'prompts':>7} {'first p50':>10} {'first p90':>10} {'first max':>10} {'repeat p50':>11}"
          f" {'repeat p90':>11}")
    for size, r in results.items():
        print(f"{size:>4} {int(r['prompts']):>7} {r['first_p50_ms']:>8.1f}ms {r['first_p90_ms']:>8.1f}ms "
              f"{r['first_max_ms']:>8.1f}ms {r.get('repeat_p50_ms', 0):>9.1f}ms {r.get('repeat_p90_ms', 0):>9.1f}ms")


if __name__ == "__main__":
    main()
