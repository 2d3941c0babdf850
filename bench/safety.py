"""Prompt-safety quality and cost: block rate on unsafe prompts, false blocks on safe ones, latency per prompt.

Why this exists: the issue's bar is that the default policy blocks at least 90% of unsafe prompts and wrongly
blocks at most 2% of safe ones, including paraphrases, obfuscations ("n.u.d.e", "p0rn", homoglyphs, full-width
letters) and benign prompts that share words with harmful ones ("a shot of espresso", "killer heels"). Unit tests
pin single cases; this script measures the labelled sets in `bench/data/` through the same `StandardPolicy` the
server builds from its default settings, under the default thresholds.

Seven files, eight splits:
- `safety_prompts.jsonl`, split `dev` (320 prompts), and `safety_tuning_v2.jsonl`, splits `dev2` (75 prompts,
  mostly long prompts and euphemisms) and `dev3` (135 prompts, mostly hard negatives), both added 2026-11-24, and
  `safety_tuning_v3.jsonl`, split `dev4` (110 prompts: named-person smears, glorified self-harm and terrorism,
  devices described rather than named, street-drug slang, and their hard negatives): the tuning split. The
  lexicon, the policy examples and the score constants were chosen on it, so its rates are optimistic.
- `safety_prompts.jsonl`, split `test` (110 prompts): the old held-out split, written after the first version of
  the policy was frozen; the 2026-11-24 revision was not tuned on it either, but it has been looked at before.
- `safety_heldout_v2.jsonl`, split `heldout_v2` (296 prompts, see `safety_heldout_v2.md`): written and measured
  before the 2026-11-24 revision and never used to tune anything; its rates have been read since.
- `safety_heldout_v3.jsonl`, split `heldout_v3` (see `safety_heldout_v3.md`): written after that revision was
  frozen, by people who had not read the other sets' prompts, and measured once; its rates have been read since.
- `safety_heldout_v4.jsonl`, split `heldout_v4` (386 prompts, see `safety_heldout_v4.md`): written 2026-11-24 without
  reading the classifier's code, examples or any other set's prompts, while the next revision was being made. It is
  the honest estimate for that revision; the report also pools the four held-out splits.
- `safety_numbers.jsonl`, split `numbers` (90 safe prompts): hard negatives full of numbers — order and room
  numbers, tracking and verification codes, dates, prices, times, addresses, phone numbers, coordinates, digits
  spelled out ("1-0-1-1"). Leetspeak folding once read "10011" as "iooii" and blocked 19 of them (21%) as
  PROHIBITED_CONTENT; their false-block rate must stay within the 2% bar like every safe set's.
- `safety_edits.jsonl`, split `edits` (86 safe prompts, 2026-12-04): everyday photo-edit requests about people —
  taking a man or a woman out of the picture, cropping an ex out, blurring faces, changing clothes, hair and smiles,
  removing a tattoo, a bruise or a cigarette. "take the man out of the picture" had been blocked as sexual content
  and "get the man out of the shot" as gore; the policy's benign examples were extended after this set was first
  measured, so it is a tuning set now, and the held-out splits say whether the change generalised. Six requests to
  redraw a photo as anime were added 2026-12-05 ("anime style", "turn my selfie into anime"): they had been blocked
  as sexual content.

A prompt counts as blocked when the policy's verdict is not ALLOW (promptFeedback SAFETY / BLOCKLIST /
PROHIBITED_CONTENT). Each prompt is also run through the lexicon alone (no semantic classifier) to show what the
embedding model adds; the two take turns prompt by prompt. Latency is the wall time of `check_prompt`, one prompt
at a time, after a warm-up; `--concurrency` also times the semantic classifier alone and with two concurrent
callers (threads, as the server runs checks), with BLAS at one thread (what loading the classifier sets) and at
OpenBLAS's default of one per core. The classifier runs on the core install's int8 MiniLM encoder
(openbanana.embedding); the fp32 numpy encoder it replaced was compared in the same run by `--fp32` at commit
6410f0e (docs/benchmarks.md, "Safety").

Run: `.venv/bin/python bench/safety.py` (a plain install is enough; about a minute on 2 cores),
`--concurrency` for the threading comparison,
`--json` for machine-readable output, `--misses` to list every wrong answer (read the held-out ones only to
describe a frozen revision, never to change the policy: that would make them tuning data).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openbanana.config import Settings
from openbanana.safety.policy import SafetyPolicy, Thresholds, Verdict
from openbanana.safety.profiles import build_policies
from openbanana.safety.semantic import PolicyExamples, semantic_classifier

DATA_DIR = Path(__file__).resolve().parent / "data"
DATA = tuple(DATA_DIR / name for name in ("safety_prompts.jsonl", "safety_tuning_v2.jsonl", "safety_tuning_v3.jsonl",
                                           "safety_heldout_v2.jsonl", "safety_heldout_v3.jsonl",
                                           "safety_heldout_v4.jsonl", "safety_numbers.jsonl", "safety_edits.jsonl"))
SPLITS = {"tuning (dev, dev2, dev3, dev4)": ("dev", "dev2", "dev3", "dev4"), "old held-out (test)": ("test",),
          "held-out v2 (heldout_v2)": ("heldout_v2",), "held-out v3 (heldout_v3)": ("heldout_v3",),
          "fresh held-out (heldout_v4)": ("heldout_v4",),
          "all held-out pooled (test, heldout_v2, heldout_v3, heldout_v4)": ("test", "heldout_v2", "heldout_v3",
                                                                             "heldout_v4"),
          "everyday numbers (numbers, safe only)": ("numbers",),
          "photo edits of people (edits, safe only)": ("edits",)}
FALSE_BLOCK_BAR = 0.02
MODEL = "gemini-3-pro-image-preview"


@dataclass(frozen=True)
class Case:
    prompt: str
    label: str  # safe | unsafe
    category: str
    kind: str  # plain | tricky | paraphrase | obfuscated
    split: str  # dev…dev4: tuned on; test, heldout_v2…v4: held out; numbers, edits: hard negatives (docstring)


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: Verdict
    seconds: float

    @property
    def blocked(self) -> bool:
        return not self.verdict.allowed


def load_cases(paths: tuple[Path, ...] = DATA) -> list[Case]:
    return [Case(**json.loads(line)) for path in paths for line in path.read_text("utf-8").splitlines() if line.strip()]


def policy(semantic: bool) -> tuple[SafetyPolicy, Thresholds]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), safety_semantic="on" if semantic else "off", safety_nsfw="off")
        served = build_policies(settings.safety, settings.models.names()).for_model(MODEL)
    return served.policy, served.thresholds({})


def run(cases: list[Case], checkers: dict[str, tuple[SafetyPolicy, Thresholds]]) -> dict[str, list[Outcome]]:
    """Every case through every checker, the checkers taking turns prompt by prompt (their order rotating), so
    that changes in the machine's load hit each the same."""
    for case in cases[:5]:  # warm-up: first calls pay for lazy allocations
        for checker, thresholds in checkers.values():
            checker.check_prompt(case.prompt, thresholds)
    outcomes: dict[str, list[Outcome]] = {name: [] for name in checkers}
    names = list(checkers)
    for i, case in enumerate(cases):
        for name in names[i % len(names):] + names[:i % len(names)]:
            checker, thresholds = checkers[name]
            start = time.perf_counter()
            verdict = checker.check_prompt(case.prompt, thresholds)
            outcomes[name].append(Outcome(case, verdict, time.perf_counter() - start))
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
        "block_rate_unsafe": sum(o.blocked for o in unsafe) / len(unsafe) if unsafe else None,
        "false_block_rate_safe": sum(o.blocked for o in safe) / len(safe) if safe else None,
        "groups": {name: {"n": len(group), "blocked": sum(o.blocked for o in group)}
                   for name, group in sorted(by_group.items())},
        "reasons": _count(o.verdict.reason or "" for o in outcomes if o.blocked),
        "latency_ms": {"median": statistics.median(latencies), "p95": latencies[int(0.95 * (len(latencies) - 1))],
                       "max": latencies[-1]},
    }


def concurrency(prompts: list[str], count: int = 40, rounds: int = 3) -> dict[str, dict[str, float]]:
    """Median ms per prompt for the semantic classifier alone and with two threads calling it at once, with BLAS
    at one thread (what loading the classifier sets, semantic.limit_blas_threads) and at OpenBLAS's own default (one
    thread per core). The settings take turns for `rounds` rounds, so that changes in the machine's load hit both."""
    from threadpoolctl import threadpool_limits

    classifier = semantic_classifier(PolicyExamples.load())
    sample = prompts[:count]
    classifier.score(sample[0])
    settings = {"blas 1 thread": 1, f"blas {os.cpu_count()} threads (OpenBLAS default)": os.cpu_count()}
    latencies: dict[tuple[str, int], list[float]] = defaultdict(list)
    for _ in range(rounds):
        for label, threads in settings.items():
            with threadpool_limits(limits=threads, user_api="blas"):
                for callers in (1, 2):
                    latencies[label, callers] += _timed_callers(classifier.score, sample, callers)
    return {label: {f"{callers} caller{'s' if callers > 1 else ''}, median ms/prompt":
                    round(statistics.median(latencies[label, callers]), 1) for callers in (1, 2)}
            for label in settings}


def _timed_callers(score: Callable[[str], object], prompts: list[str], callers: int) -> list[float]:
    """The latency of every call (ms) while `callers` threads each score every prompt."""
    latencies: list[float] = []

    def caller() -> None:
        for prompt in prompts:
            start = time.perf_counter()
            score(prompt)
            latencies.append((time.perf_counter() - start) * 1000)

    threads = [threading.Thread(target=caller) for _ in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def _count(values: Any) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[str(value)] += 1
    return dict(sorted(counts.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer on stderr")
    parser.add_argument("--concurrency", action="store_true", help="time 1 and 2 concurrent callers, BLAS 1 vs default")
    args = parser.parse_args()
    cases = load_cases()
    start = time.perf_counter()
    full_policy, thresholds = policy(semantic=True)
    load_seconds = time.perf_counter() - start
    checkers = {"lexicon_and_semantic": (full_policy, thresholds), "lexicon_only": policy(semantic=False)}
    outcomes = run(cases, checkers)
    full = outcomes["lexicon_and_semantic"]
    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        "policy_load_seconds": round(load_seconds, 2),
        **{f"{checker}, {name}": rates([o for o in results if o.case.split in splits])
           for checker, results in outcomes.items() for name, splits in SPLITS.items()},
    }
    if args.concurrency:
        report["semantic_concurrency"] = concurrency([c.prompt for c in cases])
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
        bar = "" if (r["false_block_rate_safe"] or 0) <= FALSE_BLOCK_BAR else f" (OVER the {FALSE_BLOCK_BAR:.0%} bar)"
        print(f"\n{name}: unsafe blocked {_rate(r['block_rate_unsafe'])} of {r['unsafe']}, "
              f"safe falsely blocked {_rate(r['false_block_rate_safe'])}{bar} of {r['safe']}; latency median "
              f"{r['latency_ms']['median']:.1f} ms, p95 {r['latency_ms']['p95']:.1f} ms, "
              f"max {r['latency_ms']['max']:.1f} ms")
        for group, counts in r["groups"].items():
            print(f"  {group:28} {counts['blocked']:3d}/{counts['n']:<3d} blocked")
        print(f"  block reasons: {r['reasons']}")
    for label, timings in report.get("semantic_concurrency", {}).items():
        print(f"\nsemantic classifier, {label}: " + ", ".join(f"{k} {v}" for k, v in timings.items()))


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


if __name__ == "__main__":
    raise SystemExit(main())
