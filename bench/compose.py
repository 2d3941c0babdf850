"""Time of the composer (a scene graph → placed subjects and a world), against the 1K render of the same plan.

Graphs: the everyday prompts (bench/data/draft_everyday_prompts.jsonl) read by the rules planner, and crowded
hand-built graphs (a dozen things, relations, 24 copies). Each is composed `--repeat` times with the same seed; the
median per graph is kept. The ratio says how much of a request's time composing takes beside drawing.

Run: `.venv/bin/python bench/compose.py` (~5 s on 2 cores), `--json` for machine output.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.plan import Plan
from openbanana.planner.rules.scene import compose_scene
from openbanana.planner.rules.scene_reading import read_scene
from openbanana.scene import Entity, Relation, SceneGraph, Setting

DATA = Path(__file__).resolve().parent / "data"
AREA = (0.04, 0.06, 0.96, 0.94)
WIDTH, HEIGHT = 1376, 768


def graphs() -> list[SceneGraph]:
    lines = (DATA / "draft_everyday_prompts.jsonl").read_text(encoding="utf-8").splitlines()
    found = [read_scene(json.loads(line)["prompt"]) for line in lines if line.strip()]
    crowd = tuple(Entity(f"e{i}", f"thing{i}", g, count=1 + i % 4) for i, g in enumerate("🐈🐕🚗🌳🏠🚲🧑🎈☀🐦🦆🌷"))
    relations = (Relation("e0", "left_of", "e1"), Relation("e6", "holding", "e7"), Relation("e9", "above", "e4"))
    found.append(SceneGraph(crowd, relations, Setting("town", terrain="road", backdrop="city", time_of_day="dusk")))
    found.append(SceneGraph((Entity("e1", "star", "⭐", count=24), Entity("e2", "tree", "🌲", count=24)),
                            setting=Setting("forest", terrain="snow", time_of_day="night")))
    return found


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    engine = DraftEngine()
    composing, rendering = [], []
    for graph in graphs():
        composing.append(median_ms(lambda g=graph: compose_scene(g, AREA, WIDTH / HEIGHT, random.Random(3)),
                                   args.repeat))
        placed = compose_scene(graph, AREA, WIDTH / HEIGHT, random.Random(3))
        plan = Plan("bench", placed.background, (), placed.subjects, scene=graph, shapes=placed.shapes)
        engine.render(RenderRequest(plan, WIDTH, HEIGHT, seed=3))  # rasterise the pictograms once
        rendering.append(median_ms(lambda p=plan: engine.render(RenderRequest(p, WIDTH, HEIGHT, seed=3)), 3))
    ordered = sorted(composing)
    result = {"graphs": len(composing), "compose_p50_ms": statistics.median(composing),
              "compose_p90_ms": ordered[round(0.9 * (len(ordered) - 1))], "compose_max_ms": ordered[-1],
              "render_1k_p50_ms": statistics.median(rendering),
              "compose_over_render": statistics.median(composing) / statistics.median(rendering)}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value:.3f}" if isinstance(value, float) else f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
