"""Render time of the draft engine (render only: no planning, no encoding), at 1K, 2K and 4K.

Two sets, timed in the same run:

* prompts — bench/data/draft_everyday_prompts.jsonl, draft_text_prompts.jsonl and document_prompts.jsonl (menus,
  steps, diagrams, comics and the other layout templates; 86 in all), each planned by the rules planner once per
  size in its own aspect ratio (16:9 for the everyday ones), then rendered `--repeat` times with the same seed.
  "first" is the first render of each prompt at that size (pictogram layers are rasterised then: the sprite cache
  only helps a later request for the same emoji at the same size); "repeat" is the median of the later renders.
* scenes — bench/data/draft_scenes.jsonl: hand-built Plans (terrain, backdrop, time of day, weather, subjects at
  depths, a headline) in several aspect ratios, rendered in every style. "gradient" renders the same plans with the
  world fields cleared (a gradient and the subjects in a row: what the engine drew before it painted worlds), the
  baseline every ratio is taken against; each style's ratio is also given against the flat style. Each figure is
  the p50 over scenes of the median of `--repeat` renders.

One warm-up render loads the fonts before timing (a server does that once per process). Renders are single
threaded, so on an idle machine wall time and the process's CPU time agree; on a shared one, `--clock cpu` times
the CPU the render itself used (less disturbed by other jobs than the wall clock).

Run: `.venv/bin/python bench/draft.py` (~5 min on 2 cores), `--sizes 1K` for one size, `--sets scenes` for one
set, `--clock cpu`, `--json` for machine output.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.sizes import target_size
from openbanana.plan import Background, Plan, Subject, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.scene import RenderStyle, SceneGraph

DATA = Path(__file__).resolve().parent / "data"
STYLES: tuple[RenderStyle, ...] = ("flat", "watercolor", "sketch", "pixel", "photo", "poster", "3d")


def prompts() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for name, default in (("draft_everyday_prompts.jsonl", "16:9"), ("draft_text_prompts.jsonl", "1:1"),
                          ("document_prompts.jsonl", "1:1")):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items.append((item["prompt"], item.get("aspect", default)))
    return items


def scenes() -> list[tuple[Plan, str]]:
    """The hand-built scene Plans and their aspect ratios."""
    items = []
    for line in (DATA / "draft_scenes.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item: dict[str, Any] = json.loads(line)
        subjects = tuple(Subject(label, glyph, tuple(box), role="hero" if i == 0 else "support", depth=depth)
                         for i, (label, glyph, box, depth) in enumerate(item["subjects"]))
        texts = tuple(TextBlock(text, "headline", tuple(box)) for text, box in item["texts"])
        background = Background("gradient", ((150, 190, 230), (225, 235, 245)), **item["background"])
        items.append((Plan(item["name"], background, ((200, 60, 40),), subjects, texts), item["aspect"]))
    return items


def gradient_only(plan: Plan) -> Plan:
    """The plan as the engine drew it before worlds: the same subjects and text over a gradient and a ground band."""
    background = replace(plan.background, terrain="none", backdrop="none", time_of_day=None, weather=None,
                         season=None, window=None, scene="ground" if plan.background.terrain != "space" else "none")
    return replace(plan, background=background, scene=SceneGraph())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


Clock = Callable[[], float]


def timed(engine: DraftEngine, request: RenderRequest, repeat: int, clock: Clock) -> list[float]:
    times = []
    for _ in range(repeat):
        started = clock()
        engine.render(request)
        times.append((clock() - started) * 1000)
    return times


def measure_prompts(image_size: str, repeat: int, clock: Clock, seed: int = 11) -> dict[str, float]:
    engine = DraftEngine()
    first, again = [], []
    for prompt, aspect in prompts():
        target = target_size(aspect, image_size)
        plan = plan_composition(PlanningInput(prompt, target.width, target.height, seed=seed))
        times = timed(engine, RenderRequest(plan, target.width, target.height, seed=seed), repeat, clock)
        first.append(times[0])
        if len(times) > 1:
            again.append(statistics.median(times[1:]))
    result = {"prompts": float(len(first)), "first_p50_ms": percentile(first, 0.5),
              "first_p90_ms": percentile(first, 0.9), "first_max_ms": max(first)}
    if again:
        result |= {"repeat_p50_ms": percentile(again, 0.5), "repeat_p90_ms": percentile(again, 0.9)}
    return result


def measure_scenes(image_size: str, repeat: int, clock: Clock, seed: int = 11) -> dict[str, float]:
    """p50 (over scenes) of the median render time: the gradient baseline, then every style."""
    engine = DraftEngine()
    medians: dict[str, list[float]] = {"gradient": [], **{style: [] for style in STYLES}}
    for plan, aspect in scenes():
        target = target_size(aspect, image_size)
        variants = {"gradient": gradient_only(plan), **{s: replace(plan, scene=SceneGraph(style=s)) for s in STYLES}}
        for name, variant in variants.items():
            times = timed(engine, RenderRequest(variant, target.width, target.height, seed=seed), repeat, clock)
            medians[name].append(statistics.median(times))
    result = {"scenes": float(len(medians["flat"]))}
    for name, values in medians.items():
        result[f"{name}_p50_ms"] = percentile(values, 0.5)
    result["flat_p90_ms"] = percentile(medians["flat"], 0.9)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["1K", "2K", "4K"])
    parser.add_argument("--sets", nargs="+", default=["prompts", "scenes"], choices=["prompts", "scenes"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    clock: Clock = time.process_time if args.clock == "cpu" else time.perf_counter
    warm = plan_composition(PlanningInput('warm-up "Ready" 盛 🍌 مرحبا', 512, 512))
    DraftEngine().render(RenderRequest(warm, 512, 512))
    results: dict[str, dict[str, dict[str, float]]] = {}
    if "prompts" in args.sets:
        results["prompts"] = {size: measure_prompts(size, args.repeat, clock) for size in args.sizes}
    if "scenes" in args.sets:
        results["scenes"] = {size: measure_scenes(size, args.repeat, clock) for size in args.sizes}
    if args.json:
        print(json.dumps({"machine": platform.machine(), "python": platform.python_version(), "clock": args.clock,
                          "results": results}, indent=2))
        return
    if "prompts" in results:
        print(f"{'size':>4} {'prompts':>7} {'first p50':>10} {'first p90':>10} {'first max':>10} {'repeat p50':>11}"
              f" {'repeat p90':>11}")
        for size, r in results["prompts"].items():
            repeat = f"{r.get('repeat_p50_ms', 0):>9.1f}ms {r.get('repeat_p90_ms', 0):>9.1f}ms"
            print(f"{size:>4} {int(r['prompts']):>7} {r['first_p50_ms']:>8.1f}ms {r['first_p90_ms']:>8.1f}ms "
                  f"{r['first_max_ms']:>8.1f}ms {repeat}")
    if "scenes" in results:
        print(f"\n{'size':>4} {'gradient':>9} " + " ".join(f"{style:>16}" for style in STYLES))
        for size, r in results["scenes"].items():
            base, flat = r["gradient_p50_ms"], r["flat_p50_ms"]
            cells = [f"{r[f'{s}_p50_ms']:6.1f}ms {r[f'{s}_p50_ms'] / (base if s == 'flat' else flat):4.2f}x"
                     for s in STYLES]
            print(f"{size:>4} {base:7.1f}ms " + " ".join(f"{cell:>16}" for cell in cells))
        print("(flat: ratio to the gradient baseline; other styles: ratio to flat)")


if __name__ == "__main__":
    main()
