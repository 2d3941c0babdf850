"""How well and how fast `read_scene` reads prompts it was not tuned on (bench/data/reading_heldout.jsonl).

The held-out prompts and their expectations were written by hand from the English before the grammar was tuned on
the unit tests' table. Prints entity recall and precision (nouns; a compound counts when its head matches), count
accuracy on matched entities, relation recall (near/next_to either way round), setting-field accuracy, then
`read_scene` time per prompt (a first read, then warm p50/p99) and the time for prompts of 1 KB and 10 KB (it
must grow linearly).

    python bench/reading.py
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

from openbanana.planner.rules import read_scene
from openbanana.scene import SceneGraph

DATA = Path(__file__).parent / "data" / "reading_heldout.jsonl"
SYMMETRIC = {"near", "next_to"}
SETTING_FIELDS = {"place": "place", "time": "time_of_day", "weather": "weather", "season": "season"}


def _same(expected: str, noun: str) -> bool:
    return expected == noun or expected.split()[-1] == noun.split()[-1]


def score(cases: list[dict[str, Any]]) -> dict[str, float]:
    found = expected_total = drawn_total = matched_drawn = counts_right = counts_seen = 0
    relations_right = relations_total = fields_right = fields_total = 0
    for case in cases:
        graph = read_scene(case["prompt"])
        nouns = [e.noun for e in graph.entities]
        expected = case["entities"]
        expected_total += len(expected)
        drawn_total += len(nouns)
        matched_drawn += sum(any(_same(noun_e, n) for noun_e, _ in expected) for n in nouns)
        unused = list(graph.entities)
        for noun, count in expected:
            entity = next((e for e in unused if _same(noun, e.noun)), None)
            if entity is not None:
                found += 1
                unused.remove(entity)
                counts_seen += 1
                counts_right += entity.count == count
        relations_total += len(case["relations"])
        relations_right += sum(_has_relation(graph, *relation) for relation in case["relations"])
        for key, attribute in SETTING_FIELDS.items():
            if key in case:
                fields_total += 1
                fields_right += _setting_value(graph, attribute) == case[key]
        for key in ("camera", "style"):
            if key in case:
                fields_total += 1
                fields_right += getattr(graph, key) == case[key]
    return {"entity recall": found / expected_total, "entity precision": matched_drawn / max(drawn_total, 1),
            "count accuracy": counts_right / max(counts_seen, 1),
            "relation recall": relations_right / max(relations_total, 1),
            "setting/camera/style accuracy": fields_right / max(fields_total, 1)}


def _setting_value(graph: SceneGraph, attribute: str) -> object:
    return getattr(graph.setting, attribute)


def _has_relation(graph: SceneGraph, subject: str, predicate: str, obj: str) -> bool:
    nouns = {e.id: e.noun for e in graph.entities}
    for relation in graph.relations:
        pair = (nouns[relation.subject], nouns[relation.object])
        pairs = [pair, pair[::-1]] if predicate in SYMMETRIC else [pair]
        if relation.predicate == predicate and any(_same(subject, a) and _same(obj, b) for a, b in pairs):
            return True
    return False


def timings(prompts: list[str]) -> dict[str, float]:
    read_scene("a man reading beside a gazebo and two hummingbirds")  # load the lexicon, tables and encoder
    first = []
    for prompt in prompts:  # first reads: new words are tagged, and nouns without a pictogram embedded
        start = time.perf_counter()
        read_scene(prompt)
        first.append((time.perf_counter() - start) * 1000)
    first.sort()
    samples = []
    for _ in range(5):
        for prompt in prompts:
            start = time.perf_counter()
            read_scene(prompt)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    text = " ".join(prompts)
    one_kb = (text * (1024 // len(text) + 1))[:1024]
    ten_kb = (text * (10240 // len(text) + 1))[:10240]
    sized = {}
    for name, prompt in (("1 KB", one_kb), ("10 KB", ten_kb)):
        start = time.perf_counter()
        read_scene(prompt)
        sized[name] = (time.perf_counter() - start) * 1000
    return {"first read p50 ms": statistics.median(first), "first read max ms": first[-1],
            "p50 ms": statistics.median(samples), "p99 ms": samples[int(len(samples) * 0.99) - 1],
            "1 KB prompt ms": sized["1 KB"], "10 KB prompt ms": sized["10 KB"],
            "10 KB / 1 KB": sized["10 KB"] / sized["1 KB"]}


def main() -> None:
    cases = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(cases)} held-out prompts")
    timed = timings([c["prompt"] for c in cases])  # first, while no prompt's words are cached
    for name, value in {**score(cases), **timed}.items():
        print(f"  {name:32s} {value:8.3f}")


if __name__ == "__main__":
    main()
