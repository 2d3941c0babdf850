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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

MODEL = "gemini-3-pro-image-preview"
BODY = {"contents": [{"parts": [{"text": 'a poster of a red bicycle that says "RIDE"'}]}],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "16:9"}, "seed": 7}}


def start(data_dir: Path, port: int, slots: int, queue: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "OPENBANANA_MAX_PARALLEL_RENDERS": str(slots), "OPENBANANA_MAX_QUEUE": str(queue)}
    return subprocess.Popen([sys.executable, "-m", "openbanana", "serve", "--port", str(port), "--data-dir",
                             str(data_dir), "--log-level", "error"], env=env)


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


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


async def wait_healthy(base: str) -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(300):
            try:
                if (await client.get("/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=40)
    parser.add_argument("--slots", type=int, default=2)
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--port", type=int, default=8787)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = start(Path(tmp) / "data", args.port, args.slots, args.queue)
        base = f"http://127.0.0.1:{args.port}"
        try:
            asyncio.run(wait_healthy(base))
            asyncio.run(burst(base, 2))  # warm-up: imports, fonts, first allocations
            answers, health = asyncio.run(burst(base, args.burst))
            rss = peak_rss_mib(server.pid)
        finally:
            server.terminate()
            server.wait(10)
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
