"""Load: many concurrent clients against a real `openbanana serve`, then the server's memory over many requests.

Why this exists: a server that answers one request well can still lose requests, leak memory or stall under
concurrency. This drives a mixed workload (countTokens, TEXT-only and 1K-image :generateContent, SSE
:streamGenerateContent) with httpx from `--clients` concurrent tasks, treats 429 RESOURCE_EXHAUSTED as back-pressure
(waits for its RetryInfo / Retry-After delay and retries, counting retries), checks every answer's content, and
reports lost requests, unexpected errors, p50/p99 latency and throughput. `--rss-requests` then sends that many more
requests and reports the server's RSS before and after them.

Run: `.venv/bin/python bench/load.py` (full scale: 2,000 requests at 64 clients, then RSS over 10,000 requests).
tests/load/test_load.py runs the same client at CI scale.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import Server, running_server

MODEL_PATH = "/v1beta/models/gemini-3-pro-image-preview"
API_KEY = "load-key"
MAX_RETRIES = 50
PROMPTS = ("a red bicycle leaning on a wall", "a lighthouse at dusk", 'a poster that says "OPEN"', "two cats on a sofa",
           "a bowl of ramen, top view", "a mountain lake in autumn", "a blue vintage car", "a cup of coffee and a book")
KINDS = {"count": 0.40, "text": 0.20, "image": 0.25, "stream": 0.15}
"""The default mix; images are 1K. Each generation also runs the safety checks, planner, watermark and encoding."""


@dataclass
class Report:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    errors: list[str] = field(default_factory=list)
    completed: int = 0
    wall: float = 0.0

    def summary(self, sent: int) -> dict[str, Any]:
        every = sorted(value for values in self.latencies.values() for value in values)
        out: dict[str, Any] = {
            "requests": sent, "completed": self.completed, "lost": sent - self.completed,
            "unexpected_errors": len(self.errors), "retries_after_429": self.retries,
            "throughput_rps": round(self.completed / self.wall, 1) if self.wall else 0.0,
            "wall_s": round(self.wall, 1), "p50_ms": ms(every, 0.50), "p99_ms": ms(every, 0.99),
            "answers": dict(self.statuses),
            "by_kind": {kind: {"n": len(values), "p50_ms": ms(sorted(values), 0.5), "p99_ms": ms(sorted(values), 0.99)}
                        for kind, values in sorted(self.latencies.items())},
        }
        if self.errors:
            out["first_errors"] = self.errors[:5]
        return out


def ms(ordered: list[float], quantile: float) -> float:
    if not ordered:
        return 0.0
    return round(1000 * ordered[min(len(ordered) - 1, int(quantile * len(ordered)))], 1)


def request_for(kind: str, index: int) -> tuple[str, dict[str, Any]]:
    prompt = PROMPTS[index % len(PROMPTS)]
    contents = [{"parts": [{"text": prompt}]}]
    if kind == "count":
        return f"{MODEL_PATH}:countTokens", {"contents": contents}
    modalities = ["TEXT"] if kind == "text" else ["TEXT", "IMAGE"]
    body = {"contents": contents, "generationConfig": {"responseModalities": modalities, "seed": index,
                                                       "imageConfig": {"imageSize": "1K", "aspectRatio": "1:1"}}}
    path = f"{MODEL_PATH}:streamGenerateContent?alt=sse" if kind == "stream" else f"{MODEL_PATH}:generateContent"
    return path, body


def check_answer(kind: str, response: httpx.Response) -> str | None:
    """What is wrong with a 200 answer, or None: every answer is read, not just its status."""
    if kind == "stream":
        events = [json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:")]
        if not events or "error" in events[-1]:
            return f"stream ended without a final chunk: {response.text[-200:]!r}"
        images = [p for e in events for c in e.get("candidates", []) for p in c.get("content", {}).get("parts", [])
                  if "inlineData" in p]
        return None if images else "stream carried no image"
    body = response.json()
    if kind == "count":
        return None if body.get("totalTokens", 0) > 0 else f"no token count: {body}"
    parts = [p for c in body.get("candidates", []) for p in c.get("content", {}).get("parts", [])]
    if kind == "image" and not any(p.get("inlineData", {}).get("data") for p in parts):
        return f"no image in the answer: {str(body)[:200]}"
    if kind == "text" and not any(p.get("text") for p in parts):
        return f"no text in the answer: {str(body)[:200]}"
    return None


def retry_delay(response: httpx.Response) -> float:
    """The RetryInfo detail's delay ("3s"), else Retry-After, else one second."""
    try:
        details = response.json()["error"].get("details", [])
        delay = next(d["retryDelay"] for d in details if str(d.get("@type", "")).endswith("RetryInfo"))
        return float(str(delay).removesuffix("s"))
    except (ValueError, KeyError, StopIteration, TypeError):
        header = response.headers.get("retry-after", "")
        return float(header) if header.replace(".", "", 1).isdigit() else 1.0


async def one(client: httpx.AsyncClient, kind: str, index: int, report: Report) -> None:
    path, body = request_for(kind, index)
    started = time.perf_counter()
    for _ in range(MAX_RETRIES):
        try:
            response = await client.post(path, json=body)
        except httpx.HTTPError as exc:
            report.errors.append(f"{kind} #{index}: {type(exc).__name__}: {exc}")
            return
        report.statuses[str(response.status_code)] += 1
        if response.status_code == 429:  # back-pressure, not failure: wait as told, then try again
            report.retries += 1
            await asyncio.sleep(retry_delay(response))
            continue
        problem = (check_answer(kind, response) if response.status_code == 200
                   else f"HTTP {response.status_code}: {response.text[:200]}")
        if problem:
            report.errors.append(f"{kind} #{index}: {problem}")
            return
        report.latencies.setdefault(kind, []).append(time.perf_counter() - started)
        report.completed += 1
        return
    report.errors.append(f"{kind} #{index}: still 429 after {MAX_RETRIES} tries")


async def run_load(base_url: str, requests: int, clients: int, *, mix: dict[str, float] | None = None, seed: int = 0,
                   api_key: str = API_KEY) -> Report:
    """`requests` requests of the mix, `clients` at a time; deterministic for a given seed."""
    mix = mix or KINDS
    kinds = random.Random(seed).choices(list(mix), weights=list(mix.values()), k=requests)
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for item in enumerate(kinds):
        queue.put_nowait(item)
    report = Report()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, headers={"x-goog-api-key": api_key}, limits=limits,
                                 timeout=httpx.Timeout(300.0)) as client:

        async def worker() -> None:
            while not queue.empty():
                index, kind = queue.get_nowait()
                await one(client, kind, index, report)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        report.wall = time.perf_counter() - started
    return report


def rss_mib(server: Server) -> float:
    memory = server.memory_mib()
    return memory["rss"] if memory else float("nan")


def rss_rounds(server: Server, args: argparse.Namespace) -> dict[str, Any]:
    """RSS before and after each of `--rss-rounds` rounds of `--rss-requests`: a leak keeps growing round after
    round, while allocator warm-up (arenas, caches filling) shows in the first round only."""
    samples = [rss_mib(server)]
    lost = errors = retries = 0
    for round_number in range(args.rss_rounds):
        result = asyncio.run(run_load(server.base_url, args.rss_requests, args.clients, mix=args.rss_mix,
                                      seed=2 + round_number))
        samples.append(rss_mib(server))
        lost += args.rss_requests - result.completed
        errors += len(result.errors)
        retries += result.retries
    mib = [round(sample, 1) for sample in samples]
    return {"requests_per_round": args.rss_requests, "mix": args.rss_mix, "rss_mib_after_each_round": mib,
            "growth_mib_per_round": [round(b - a, 1) for a, b in itertools.pairwise(mib)],
            "lost": lost, "unexpected_errors": errors, "retries_after_429": retries}


def measure(args: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    with running_server(env, log_level="error") as server:
        load = asyncio.run(run_load(server.base_url, args.requests, args.clients, mix=args.mix, seed=1))
        out: dict[str, Any] = {"server_env": env, "mix": args.mix, "load": load.summary(args.requests)}
        if args.rss_requests:
            out["rss"] = rss_rounds(server, args)
        return out


def parse_mix(text: str) -> dict[str, float]:
    mix = {name.strip(): float(weight) for name, _, weight in (item.partition("=") for item in text.split(","))}
    if not set(mix) <= set(KINDS):
        raise argparse.ArgumentTypeError(f"kinds are {', '.join(KINDS)}")
    return mix


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--rss-requests", type=int, default=10_000)
    parser.add_argument("--mix", type=parse_mix, default=KINDS, help="e.g. count=0.8,text=0.1,image=0.1")
    parser.add_argument("--rss-rounds", type=int, default=1, help="rounds of --rss-requests, RSS after each")
    parser.add_argument("--rss-mix", type=parse_mix, default=KINDS, help="the mix of the RSS phase")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="environment of the server process, e.g. MALLOC_ARENA_MAX=1 (repeat for several)")
    args = parser.parse_args()
    env = dict(item.split("=", 1) for item in args.env)
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "clients": args.clients, **measure(args, env)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
