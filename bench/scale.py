"""Scale-out on Ray Serve: throughput and p50/p99 latency at a fixed concurrency with 1 and 2 draft-engine replicas,
and the per-request cost of the Ray hop against the single-process server, all in one run on one machine.

Why this exists: Ray Serve adds processes (proxy, ingress, engine replicas) and two network hops to every request;
this says what that costs, and what a second engine replica buys on this machine. It drives the same workload
(unary 1K `:generateContent` with distinct prompts, httpx, 429s retried after their RetryInfo) against:

  single  `openbanana serve` (one process, its default slots: one per core)
  ray-1   `openbanana serve --ray`'s application on a local Ray cluster, 1 engine replica
  ray-2   the same with 2 engine replicas

The Ray hop's cost is the p50 difference at concurrency 1 (one request at a time, so no queueing blurs it). The three
setups take turns for `--rounds` rounds and each figure is the median over them, so that a busy spell of a shared
machine does not fall on one setup alone.

Run: `pip install 'openbanana[cluster]'`, then `python bench/scale.py` (defaults: 3 rounds of 32 requests at
concurrency 4 and 16 at concurrency 1).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.load import ms
from bench.serving import free_port, running_server

MODEL_PATH = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
SUBJECTS = ("a red bicycle", "a lighthouse", "a bowl of ramen", "a blue vintage car", "two cats on a sofa",
            "a mountain lake", "a cup of coffee", "a paper kite")


@dataclass
class Run:
    latencies: list[float]
    wall: float
    retries: int

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.latencies)
        return {"requests": len(ordered), "throughput_rps": round(len(ordered) / self.wall, 2),
                "p50_ms": ms(ordered, 0.50), "p99_ms": ms(ordered, 0.99), "retries_after_429": self.retries}


async def drive(base_url: str, requests: int, concurrency: int) -> Run:
    """`requests` generations from `concurrency` clients; every answer must carry an image."""
    latencies: list[float] = []
    retries = 0
    todo = iter(range(requests))

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal retries
        for i in todo:
            body = {"contents": [{"parts": [{"text": f"{SUBJECTS[i % len(SUBJECTS)]}, number {i}"}]}]}
            started = time.perf_counter()
            while True:
                answer = await http.post(MODEL_PATH, json=body)
                if answer.status_code != 429:
                    break
                retries += 1
                await asyncio.sleep(float(answer.headers.get("retry-after", "1")))
            answer.raise_for_status()
            assert '"inlineData"' in answer.text, answer.text[:300]
            latencies.append(time.perf_counter() - started)

    async with httpx.AsyncClient(base_url=base_url, timeout=300, headers={"x-goog-api-key": "bench"}) as http:
        for _ in range(2):  # every engine replica draws its first image (fonts, pictograms load) before timing
            warm = [http.post(MODEL_PATH, json={"contents": [{"parts": [{"text": f"warm up {i}"}]}]}) for i in range(4)]
            await asyncio.gather(*warm)
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
        return Run(latencies, time.perf_counter() - started, retries)


def measure(base_url: str, args: argparse.Namespace) -> dict[str, Any]:
    return {"concurrency_1": asyncio.run(drive(base_url, args.sequential, 1)).summary(),
            f"concurrency_{args.concurrency}": asyncio.run(drive(base_url, args.requests, args.concurrency)).summary()}


def rounds_on_ray(args: argparse.Namespace, single_url: str) -> dict[str, list[dict[str, Any]]]:
    """`args.rounds` rounds of single, ray-1, ray-2, one after the other, so that a busy spell of the machine falls
    on all three alike; no Ray application is deployed while the single process is measured."""
    import ray
    from ray import serve

    from openbanana.cluster.app import APP_NAME, build_application
    from openbanana.config import Settings

    runs: dict[str, list[dict[str, Any]]] = {"single": [], "ray-1": [], "ray-2": []}
    port = free_port()
    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False, namespace=APP_NAME)
    try:
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        with tempfile.TemporaryDirectory(prefix="openbanana-scale-") as tmp:
            for _ in range(args.rounds):
                runs["single"].append(measure(single_url, args))
                for replicas in (1, 2):
                    settings = Settings(data_dir=Path(tmp) / "data", port=port,
                                        ray_engine_min_replicas=replicas, ray_engine_max_replicas=replicas,
                                        ray_max_ongoing_requests=2, ray_max_queued_requests=-1)
                    serve.run(build_application(settings), name=APP_NAME, route_prefix="/")
                    runs[f"ray-{replicas}"].append(measure(f"http://127.0.0.1:{port}", args))
                serve.delete(APP_NAME)
    finally:
        serve.shutdown()
        ray.shutdown()
    return runs


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure's median over the rounds."""
    return {level: {name: statistics.median(run[level][name] for run in runs) for name in runs[0][level]}
            for level in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=32, help="requests at --concurrency")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--sequential", type=int, default=16, help="requests at concurrency 1 (the hop's cost)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the three setups; medians are reported")
    parser.add_argument("--out", type=Path, help="also write the report here (JSON)")
    args = parser.parse_args()
    with running_server() as server:
        runs = rounds_on_ray(args, server.base_url)
    results = {name: median_of(each) for name, each in runs.items()}
    wide = f"concurrency_{args.concurrency}"
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores", "python": platform.python_version(),
        "rounds": args.rounds, "medians": results,
        "ray_2_over_ray_1_throughput": round(results["ray-2"][wide]["throughput_rps"]
                                             / results["ray-1"][wide]["throughput_rps"], 2),
        "ray_1_over_single_throughput": round(results["ray-1"][wide]["throughput_rps"]
                                              / results["single"][wide]["throughput_rps"], 2),
        "ray_hop_p50_ms": round(results["ray-1"]["concurrency_1"]["p50_ms"]
                                - results["single"]["concurrency_1"]["p50_ms"], 1),
        "rounds_detail": runs,
    }
    text = json.dumps(report, indent=2)
    if args.out:
        args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
