"""Backpressure under a burst: how fast refusals come back, and whether /healthz stays responsive meanwhile.

Why this exists: the scheduler promises that a full queue is answered at once with 429 RESOURCE_EXHAUSTED (not
after the client waited), that memory stays bounded, and that the event loop stays free for /healthz and streams
while the engine threads are busy. Unit tests show the rules; this measures them on a real `openbanana serve`.

What one run does: starts the server with a small queue (`--slots`, `--queue`), sends `--burst` concurrent 1K
:generateContent requests (httpx, loopback) while polling /healthz every 20 ms, and reports the answers by status,
the latency of each kind, /healthz latency during the burst, and the server's peak RSS.

Run: `.venv/bin/python bench/backpressure.py` (about half a minute on 2 cores).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import running_server

MODEL = "gemini-3-pro-image-preview"
BODY = {"contents": [{"parts": [{"text": 'a poster of a red bicycle that says "RIDE"'}]}],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "16:9"}, "seed": 7}}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def burst(base: str, count: int) -> tuple[list[tuple[int, float]], list[float]]:
    health: list[float] = []
    done = asyncio.Event()
    limits = httpx.Limits(max_connections=count + 2)
    async with httpx.AsyncClient(base_url=base, timeout=300, limits=limits,
                                 headers={"x-goog-api-key": "bench"}) as client:

        async def poll() -> None:
            while not done.is_set():
                started = time.perf_counter()
                assert (await client.get("/healthz")).status_code == 200
                health.append(time.perf_counter() - started)
                await asyncio.sleep(0.02)

        async def one() -> tuple[int, float]:
            started = time.perf_counter()
            response = await client.post(f"/v1beta/models/{MODEL}:generateContent", json=BODY)
            return response.status_code, time.perf_counter() - started

        poller = asyncio.create_task(poll())
        answers = await asyncio.gather(*(one() for _ in range(count)))
        done.set()
        await poller
    return list(answers), health


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=40)
    parser.add_argument("--slots", type=int, default=2)
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--port", type=int, default=8787)
    args = parser.parse_args()
    env = {"OPENBANANA_MAX_PARALLEL_RENDERS": str(args.slots), "OPENBANANA_MAX_QUEUE": str(args.queue)}
    with running_server(env, log_level="error", port=args.port) as server:
        asyncio.run(burst(server.base_url, 2))  # warm-up: imports, fonts, first allocations
        answers, health = asyncio.run(burst(server.base_url, args.burst))
        memory = server.memory_mib()
        rss = memory["peak_rss"] if memory else float("nan")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"burst {args.burst}, slots {args.slots}, queue {args.queue}")
    for status in sorted({code for code, _ in answers}):
        times = [seconds * 1000 for code, seconds in answers if code == status]
        print(f"HTTP {status}: {len(times)} answers, p50 {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms")
    ms = [seconds * 1000 for seconds in health]
    print(f"/healthz during the burst: n {len(ms)}, p50 {statistics.median(ms):.1f} ms, "
          f"p99 {percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms")
    print(f"server peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
