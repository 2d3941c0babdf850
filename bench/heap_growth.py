"""Python-heap growth of the real app across many requests (tracemalloc), to tell a leak from allocator noise.

Why this exists: bench/load.py sees the server's RSS creep a few MiB per 10,000 requests, unevenly. RSS also counts
glibc arenas holding freed multi-MB image buffers, so it cannot say whether Python objects accumulate. This runs the
app in-process over httpx's ASGI transport (the same routes, services and engine as `openbanana serve`), warms it
up, then compares tracemalloc snapshots taken before and after `--requests` more mixed requests (countTokens, TEXT,
1K images) and prints the allocation sites that grew most. A leak shows up as a site growing with the request count.

Run: `.venv/bin/python bench/heap_growth.py [--requests 600] [--top 8]`
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import tempfile
import tracemalloc
from pathlib import Path

import httpx

from openbanana.api.app import create_app
from openbanana.config import Settings

MODEL = "/v1beta/models/gemini-3-pro-image-preview"
PROMPTS = ("a red bicycle leaning on a wall", "a lighthouse at dusk", 'a poster that says "OPEN"', "two cats on a sofa")


async def send(client: httpx.AsyncClient, count: int, seed: int, concurrency: int = 8) -> None:
    chooser = random.Random(seed)
    kinds = [chooser.choice(("count", "text", "image", "image")) for _ in range(count)]
    async def one(kind: str) -> None:
        body: dict[str, object] = {"contents": [{"parts": [{"text": chooser.choice(PROMPTS)}]}]}
        method = "countTokens" if kind == "count" else "generateContent"
        if kind != "count":
            body["generationConfig"] = {"responseModalities": ["TEXT"] if kind == "text" else ["TEXT", "IMAGE"],
                                        "imageConfig": {"imageSize": "1K"}}
        response = await client.post(f"{MODEL}:{method}", json=body)
        response.raise_for_status()

    for start in range(0, count, concurrency):  # bounded waves: the probe itself holds no growing state
        await asyncio.gather(*(one(kind) for kind in kinds[start:start + concurrency]))

async def measure(requests: int, top: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(data_dir=Path(tmp)))
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=120,
                                         headers={"x-goog-api-key": "bench"}) as client:
                await send(client, max(100, requests // 2), seed=1)  # warm-up: caches, pools, lazy imports
                gc.collect()
                tracemalloc.start(12)
                before = tracemalloc.take_snapshot()
                await send(client, requests, seed=2)
                gc.collect()
                after = tracemalloc.take_snapshot()
    stats = after.compare_to(before, "traceback")
    total = sum(stat.size_diff for stat in stats)
    print(f"{requests} requests after warm-up: Python heap {total / 1024:+.1f} KiB "
          f"({total / requests:+.1f} B/request); sites that grew most:")
    for stat in stats[:top]:
        frame = next((f for f in reversed(stat.traceback) if "/openbanana/" in f.filename), stat.traceback[-1])
        print(f"  {stat.size_diff / 1024:+8.1f} KiB {stat.count_diff:+6d} objects  {frame.filename}:{frame.lineno}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(measure(args.requests, args.top))


if __name__ == "__main__":
    main()
