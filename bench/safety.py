"""Prompt-safety quality and cost: block rate on unsafe prompts, false blocks on safe ones, latency per prompt.

Why this exists: the issue's bar is that the default policy blocks at least 90% of unsafe prompts and wrongly
blocks at most 2% of safe ones, including paraphrases, obfuscations ("n.u.d.e", "p0rn", homoglyphs, full-width
letters) and benign prompts that share words with harmful ones ("a shot of espresso", "killer heels"). Unit tests
pin single cases; this script measures the whole labelled set `bench/data/safety_prompts.jsonl` through the same
`StandardPolicy` the server builds from its default settings, under the default thresholds.

The set has two splits. `dev` (320 prompts) was used while writing the lexicon, the policy examples and the score
mapping, so its rates are optimistic. `test` (110 prompts) was written after those were frozen and is reported on
its own: it is the honest estimate of how the policy does on prompts it has not seen (docs/benchmarks.md).

A prompt counts as blocked when the policy's verdict is not ALLOW (promptFeedback SAFETY / BLOCKLIST /
PROHIBITED_CONTENT). Each prompt is also run through the lexicon alone (no semantic classifier) to show what the
embedding model adds. Latency is the wall time of `check_prompt`, one prompt at a time, after a warm-up.

Run: `.venv/bin/python bench/safety.py` (needs the safety extra and the model wheel; about a minute on 2 cores),
`--json` for machine-readable output, `--misses` to list every wrong answer.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openbanana.config import Settings
from openbanana.safety.policy import SafetyPolicy, Thresholds, Verdict
from openbanana.safety.profiles import build_policies

DATA = Path(__file__).resolve().parent / "data" / "safety_prompts.jsonl"
MODEL = "gemini-3-pro-image-preview"


@dataclass(frozen=True)
class Case:
    prompt: str
    label: str  # safe | unsafe
    category: str
    kind: str  # plain | tricky | paraphrase | obfuscated
    split: str  # dev: seen while the policy examples and score mapping were tuned; test: written after that


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: Verdict
    seconds: float

    @property
    def blocked(self) -> bool:
        return not self.verdict.allowed


def load_cases(path: Path = DATA) -> list[Case]:
    return [Case(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line.strip()]


def policy(semantic: bool) -> tuple[SafetyPolicy, Thresholds]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), safety_semantic="on" if semantic else "off", safety_nsfw="off")
        served = build_policies(settings).for_model(MODEL)
    return served.policy, served.thresholds({})


def run(cases: list[Case], checker: SafetyPolicy, thresholds: Thresholds) -> list[Outcome]:
    for case in cases[:5]:  # warm-up: first calls pay for lazy allocations
        checker.check_prompt(case.prompt, thresholds)
    outcomes = []
    for case in cases:
        start = time.perf_counter()
        verdict = checker.check_prompt(case.prompt, thresholds)
        outcomes.append(Outcome(case, verdict, time.perf_counter() - start))
    return outcomes


def rates(outcomes: list[Outcome]) -> dict[str, Any]:
    unsafe = [o for o in outcomes if o.case.label == "unsafe"]
    safe = [o for o in outcomes if o.case.label == "safe"]
    by_group: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_group[f"{o.case.label}/{o.case.category}" if o.case.label == "unsafe" else f"safe/{o.case.kind}"].append(o)
        if o.case.label == "unsafe":
            by_group[f"unsafe kind/{o.case.kind}"].append(o)
    latencies = sorted(o.seconds * 1000 for o in outcomes)
    return {
        "unsafe": len(unsafe), "safe": len(safe),
        "block_rate_unsafe": sum(o.blocked for o in unsafe) / len(unsafe),
        "false_block_rate_safe": sum(o.blocked for o in safe) / len(safe),
        "groups": {name: {"n": len(group), "blocked": sum(o.blocked for o in group)}
                   for name, group in sorted(by_group.items())},
        "reasons": _count(o.verdict.reason or "" for o in outcomes if o.blocked),
        "latency_ms": {"median": statistics.median(latencies), "p95": latencies[int(0.95 * (len(latencies) - 1))],
                       "max": latencies[-1]},
    }


def _count(values: Any) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[str(value)] += 1
    return dict(sorted(counts.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer on stderr")
    args = parser.parse_args()
    cases = load_cases()
    start = time.perf_counter()
    full_policy, thresholds = policy(semantic=True)
    load_seconds = time.perf_counter() - start
    full = run(cases, *(full_policy, thresholds))
    lexicon = run(cases, *policy(semantic=False))
    report = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        "policy_load_seconds": round(load_seconds, 2),
        "lexicon_and_semantic": rates(full),
        "lexicon_and_semantic, dev split": rates([o for o in full if o.case.split == "dev"]),
        "lexicon_and_semantic, test split": rates([o for o in full if o.case.split == "test"]),
        "lexicon_only": rates(lexicon),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    if args.misses:
        for o in full:
            if o.blocked != (o.case.label == "unsafe"):
                what = "MISSED " if o.case.label == "unsafe" else "BLOCKED"
                where = f"{o.case.split} {o.case.category}/{o.case.kind}"
                print(f"{what} [{where}] {o.case.prompt!r}: {o.verdict.evidence}", file=sys.stderr)
    return 0


def _print(report: dict[str, Any]) -> None:
    print(f"machine: {report['machine']}; policy load {report['policy_load_seconds']} s")
    for name in [k for k in report if k.startswith("lexicon")]:
        r = report[name]
        print(f"\n{name}: unsafe blocked {r['block_rate_unsafe']:.1%} of {r['unsafe']}, "
              f"safe falsely blocked {r['false_block_rate_safe']:.1%} of {r['safe']}; latency median "
              f"{r['latency_ms']['median']:.1f} ms, p95 {r['latency_ms']['p95']:.1f} ms, "
              f"max {r['latency_ms']['max']:.1f} ms")
        for group, counts in r["groups"].items():
            print(f"  {group:28} {counts['blocked']:3d}/{counts['n']:<3d} blocked")
        print(f"  block reasons: {r['reasons']}")


if __name__ == "__main__":
    raise SystemExit(main())
