"""Planning time against prompt size, from 1 KB up to the model's input token limit: is planning linear?

Why this exists: the rules planner once rescanned the whole prefix for every colour word (10 KB of prompt took
0.5 s, 100 KB 16.4 s), and a planning thread cannot be killed, only asked to stop. The service now refuses prompts
over the advertised input token limit (131,072 tokens, about 512 KB at four characters a token) before planning,
so this is the largest prompt a planner ever sees; linear planning makes that bounded too.

What one run does: builds prompts of doubling size (1 KB, 2 KB, … up to the limit's worth of characters) from the
everyday prompts in bench/data (colour words, subjects, relations, quoted text), plans each with the rules planner
(`--repeat` times, the median is kept), and prints the time per size and the growth ratio per doubling: about 2 is
linear, about 4 quadratic. A size that takes longer than `--max-seconds` ends the run (the larger ones would
take longer still) and says so.

Run: `.venv/bin/python bench/planning.py` (seconds once planning is linear; minutes for a quadratic planner, which
`--max-seconds` cuts short), `--json` for machine-readable output. `--refusals` instead times what a prompt over the
limit costs a real `openbanana serve` process (one token over, and 10 MB): the 400 comes before any planning, so
its time is the body's transfer and parse; beside it, a prompt at the limit planned in full, for the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import RulesPlanner
from openbanana.service.catalog import INPUT_TOKEN_LIMIT
from openbanana.service.generation.usage import text_tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script
from bench.serving import running_server

DATA = Path(__file__).resolve().parent / "data"
CHARS_PER_TOKEN = 4


def source_text() -> str:
    """Everyday prompts joined into one long description: what a client pasting a long brief would send."""
    lines = []
    for name in ("draft_everyday_prompts.jsonl", "draft_text_prompts.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                lines.append(json.loads(line)["prompt"].rstrip("."))
    return ". ".join(lines) + ". "


def prompt_of(size: int, text: str) -> str:
    return (text * (size // len(text) + 1))[:size]


def sizes(limit_chars: int) -> list[int]:
    out, size = [], 1024
    while size < limit_chars:
        out.append(size)
        size *= 2
    return [*out, limit_chars]


def post_seconds(url: str, prompt: str) -> tuple[int, float]:
    """(status, seconds) of one generateContent with `prompt`, as a client sees it."""
    body = json.dumps({"contents": [{"parts": [{"text": prompt}]}]}).encode()
    request = urllib.request.Request(url, body, {"content-type": "application/json", "x-goog-api-key": "bench"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, time.perf_counter() - started


def refusals(repeat: int) -> None:
    """What an oversized prompt costs the server, against a prompt at the limit that is planned in full."""
    text, limit = source_text(), INPUT_TOKEN_LIMIT * CHARS_PER_TOKEN
    cases = [("1 KB, planned and drawn", 1024), ("one token over", limit + CHARS_PER_TOKEN),
             ("10 MB", 10 * 1024 * 1024)]
    with running_server({"OPENBANANA_SAFETY_SEMANTIC": "off"}, log_level="error") as server:
        url = f"{server.base_url}/v1beta/models/gemini-3-pro-image-preview:generateContent"
        post_seconds(url, "a red kite")  # warm-up
        print(f"openbanana serve, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        baseline = None
        for name, size in cases:
            runs = [post_seconds(url, prompt_of(size, text)) for _ in range(repeat)]
            seconds = statistics.median(seconds for _, seconds in runs)
            baseline = baseline or seconds
            print(f"{name:>24} {size / 1024:>8.0f} KB  status {runs[0][0]}  {seconds * 1000:>9.1f} ms  "
                  f"{seconds / baseline:>6.3f}× the 1 KB prompt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=30.0, help="stop after a size that took longer")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--refusals", action="store_true", help="time the 400 for prompts over the limit instead")
    args = parser.parse_args()
    if args.refusals:
        refusals(args.repeat)
        return
    planner, text = RulesPlanner(), source_text()
    planner.plan(PlanningInput(prompt_of(1024, text), 1024, 1024))  # warm-up: vocabularies, regexes
    rows: list[dict[str, float]] = []
    stopped = None
    planned = sizes(INPUT_TOKEN_LIMIT * CHARS_PER_TOKEN)
    for size in planned:
        prompt = prompt_of(size, text)
        times = []
        for _ in range(args.repeat if size <= 64 * 1024 else 1):
            started = time.perf_counter()
            planner.plan(PlanningInput(prompt, 1376, 768, seed=7))
            times.append(time.perf_counter() - started)
        seconds = statistics.median(times)
        ratio = seconds / rows[-1]["seconds"] if rows else float("nan")
        per_kb = seconds / (size / 1024)
        rows.append({"bytes": size, "tokens": text_tokens(prompt), "seconds": seconds, "ratio": ratio,
                     "ms_per_kb": per_kb * 1000})
        if seconds > args.max_seconds and size != planned[-1]:
            stopped = size
            break
    if args.json:
        print(json.dumps({"rows": rows, "stopped_after": stopped}, indent=2))
        return
    print(f"rules planner, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'prompt':>10} {'tokens':>8} {'time':>10} {'× per doubling':>15} {'ms per KB':>10}")
    for row in rows:
        ratio = "" if row["ratio"] != row["ratio"] else f"{row['ratio']:.2f}"
        print(f"{row['bytes'] / 1024:>8.0f}KB {row['tokens']:>8.0f} {row['seconds'] * 1000:>8.1f}ms {ratio:>15} "
              f"{row['ms_per_kb']:>10.2f}")
    ratios = [row["ratio"] for row in rows[1:] if row["bytes"] >= 8 * 1024]
    if ratios:
        growth = statistics.median(ratios)
        verdict = "linear" if growth < 2.6 else "quadratic" if growth > 3.4 else "between linear and quadratic"
        print(f"median growth per doubling (from 8 KB): {growth:.2f} ({verdict}; 2 is linear, 4 quadratic)")
    if stopped is not None:
        print(f"stopped after {stopped / 1024:.0f} KB: it took more than {args.max_seconds:g} s", file=sys.stderr)


if __name__ == "__main__":
    main()
