"""What the OpenAI front door costs over the Gemini route it translates to: same prompt, same size, same server.

Why this exists: `POST /v1/images/generations` runs the same generation service as `:generateContent` and only
translates on the way in and out (and, for `response_format: url`, stores the image as a file and signs a link).
That translation should cost next to nothing beside a render; this measures it on a real `openbanana serve`.

What one run does: starts the server, warms it up, then sends `--rounds` rounds of four 1K requests, interleaved so
that load on the machine hits each kind alike: Gemini `:generateContent` (IMAGE only, the baseline), OpenAI
`b64_json`, OpenAI `url` (plus fetching the link), and OpenAI `n=2` (per image). It prints each kind's median
wall time and its ratio to the baseline measured in the same run.

Run: `.venv/bin/python bench/openai_front_door.py` (about a minute on 2 cores).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import running_server

MODEL = "gemini-3-pro-image-preview"
PROMPT = 'a poster of a red bicycle that says "RIDE"'
GEMINI = {"contents": [{"parts": [{"text": PROMPT}]}],
          "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "1:1"}}}


def kinds(client: httpx.Client) -> dict[str, Callable[[], int]]:
    """Each kind of request, returning how many images it produced."""

    def gemini() -> int:
        response = client.post(f"/v1beta/models/{MODEL}:generateContent", json=GEMINI,
                               headers={"x-goog-api-key": "bench"})
        response.raise_for_status()
        return 1

    def openai(**fields: object) -> int:
        response = client.post("/v1/images/generations", json={"model": MODEL, "prompt": PROMPT,
                                                                "size": "1024x1024", **fields},
                               headers={"Authorization": "Bearer bench"})
        response.raise_for_status()
        data = response.json()["data"]
        for item in data:
            if "url" in item:
                client.get(item["url"]).raise_for_status()
        return len(data)

    return {
        "gemini :generateContent (baseline)": gemini,
        "openai b64_json": lambda: openai(),
        "openai url + fetch": lambda: openai(response_format="url"),
        "openai n=2 (per image)": lambda: openai(n=2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with running_server() as server, httpx.Client(base_url=server.base_url, timeout=300) as client:
        requests = kinds(client)
        for call in requests.values():  # warm-up: imports, caches, the first render
            call()
        times: dict[str, list[float]] = {name: [] for name in requests}
        for _ in range(args.rounds):
            for name, call in requests.items():
                started = time.perf_counter()
                images = call()
                times[name].append((time.perf_counter() - started) / images)
    baseline = statistics.median(times[next(iter(times))])
    print(f"{platform.machine()}, {platform.python_version()}, {args.rounds} rounds, 1K PNG, median per image")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:38s} {median * 1000:8.1f} ms   ×{median / baseline:.2f}")


if __name__ == "__main__":
    main()
