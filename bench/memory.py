"""Peak memory under the worst request mix we could construct: does the server stay under its configured ceiling?

Why this exists: a solid-colour 8000×8000 PNG is ~200 KB on the wire and 64 MP decoded; fourteen fit in one small
request. Before the memory budget one such request peaked at 7.1 GB RSS and two at once passed 12 GB. Now every
request reserves what it will hold before it holds it (request bodies as they are read, input images from their
headers, reduced to the output's largest cell right after decoding; verifyImage's decoded image), in one
server-wide budget (`max_decoded_bytes`); what does not fit gets 429 with RetryInfo.

What one run does: starts `openbanana serve` with the budget given (`--budget-mib`, default the shipped 2048),
measures its RSS after a warm-up (idle), then runs `--clients` concurrent clients for `--seconds`, each cycling
through the hostile kinds below (retrying nothing: a 429 is counted and the next request goes out), and reads the
server's peak RSS (VmHWM) afterwards:

- `many-4k`: 14 solid 3700×3700 RGB PNGs (13.7 MP each, 192 MP together: just inside the per-request pixel
  budget), 4K output: about the most a request can hold (14 × 13.7 MP kept, 767 MB)
- `many-1k`: the same at 1K (each kept at 1.07 MP)
- `bombs-4k`: 3 solid 8000×8000 PNGs (64 MP each, the most one image may have), 4K output
- `palette-2k`: 14 3700×3700 palette PNGs with transparency (decoded in P, converted to RGBA before reduction)
- `jpeg-4k`: 3 8000×8000 JPEGs (decoded at a DCT scale, then reduced)
- `verify`: verifyImage of one 8000×8000 PNG (decoded in full for the watermark search)
- `bodies`: a 24 MB prompt (a 400 for the token limit, but read and parsed first: the body budget)
- `too-many`: 14 solid 8000×8000 PNGs (896 MP): refused with 400 by the pixel budget from their headers

The ceiling it checks is idle RSS + the budget + `--slot-mib` per render slot (what one 4K render and its
encoding take beyond the budget, measured alone first as `render-4k`). "unbounded" is what the admitted requests
of the first second alone would have held with the old code (every image decoded at full size and kept).

Run: `.venv/bin/python bench/memory.py` (about 2 minutes on 2 cores; `--seconds 20 --clients 8` for a quick look).
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import platform
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import Server, running_server

MODEL = "gemini-3-pro-image-preview"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
VERIFY = "/v1beta/openbanana:verifyImage"
BOMB = 8000  # 64 MP, the most one image may have
SIDE = 3700  # 13.7 MP: fourteen of them (192 MP) just fit the per-request pixel budget (200 MP)
MiB = 1024 * 1024


def encoded(image: Image.Image, fmt: str, **options: Any) -> str:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return base64.b64encode(buffer.getvalue()).decode()


def bodies() -> dict[str, tuple[str, dict[str, Any]]]:
    """Each kind's (path, body), built once: the images are the same for every request of a kind."""
    rgb = encoded(Image.new("RGB", (SIDE, SIDE), (200, 30, 30)), "PNG")
    bomb = encoded(Image.new("RGB", (BOMB, BOMB), (30, 30, 200)), "PNG")
    palette_image = Image.new("P", (SIDE, SIDE), 1)
    palette = encoded(palette_image, "PNG", transparency=0)
    jpeg = encoded(Image.new("RGB", (BOMB, BOMB), (30, 200, 30)), "JPEG", quality=50)

    def generation(data: str, mime: str, size: str, count: int = 14) -> dict[str, Any]:
        parts: list[dict[str, Any]] = [{"text": "a collage of these"}]
        parts += [{"inlineData": {"mimeType": mime, "data": data}} for _ in range(count)]
        return {"contents": [{"parts": parts}], "generationConfig": {
            "responseModalities": ["IMAGE"], "imageConfig": {"imageSize": size, "aspectRatio": "1:1"}}}

    return {
        "many-4k": (GENERATE, generation(rgb, "image/png", "4K")),
        "many-1k": (GENERATE, generation(rgb, "image/png", "1K")),
        "bombs-4k": (GENERATE, generation(bomb, "image/png", "4K", 3)),
        "palette-2k": (GENERATE, generation(palette, "image/png", "2K")),
        "jpeg-4k": (GENERATE, generation(jpeg, "image/jpeg", "4K", 3)),
        "verify": (VERIFY, {"image": {"mimeType": "image/png", "data": bomb}}),
        "bodies": (GENERATE, {"contents": [{"parts": [{"text": "a red kite " * (24 * MiB // 11)}]}]}),
        "too-many": (GENERATE, generation(bomb, "image/png", "4K")),
    }


RENDER_4K = {"contents": [{"parts": [{"text": 'a poster of a lighthouse at dusk that says "NORTH"'}]}],
             "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"imageSize": "4K",
                                                                                   "aspectRatio": "21:9"}}}


def peak_of(server: Server) -> float:
    memory = server.memory_mib()
    return memory["peak_rss"] if memory else 0.0


def rss_of(server: Server) -> float:
    memory = server.memory_mib()
    return memory["rss"] if memory else 0.0


def hammer(base: str, kinds: dict[str, tuple[str, dict[str, Any]]], clients: int,
           seconds: float) -> Counter[tuple[str, int]]:
    answers: Counter[tuple[str, int]] = Counter()
    lock = threading.Lock()
    names = sorted(kinds)
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        with httpx.Client(base_url=base, timeout=600, headers={"x-goog-api-key": "bench"}) as http:
            turn = index
            while time.monotonic() < stop:
                kind = names[turn % len(names)]
                path, body = kinds[kind]
                try:
                    status = http.post(path, json=body).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    answers[(kind, status)] += 1
                turn += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget-mib", type=int, default=2048)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--slot-mib", type=float, default=512.0, help="allowance per render slot in the ceiling")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server's environment")
    parser.add_argument("--kinds", default="", help="comma-separated subset of the kinds (default: all)")
    args = parser.parse_args()
    slots = os.cpu_count() or 1
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; budget "
          f"{args.budget_mib} MiB, {slots} render slots, {args.clients} clients for {args.seconds:g} s")
    kinds = bodies()
    if args.kinds:
        kinds = {name: kinds[name] for name in args.kinds.split(",")}
    env = {**dict(item.split("=", 1) for item in args.env),
           "OPENBANANA_MAX_DECODED_BYTES": str(args.budget_mib * MiB), "OPENBANANA_SAFETY_SEMANTIC": "off",
           "OPENBANANA_MAX_QUEUE": "64", "OPENBANANA_GENERATION_TIMEOUT_SECONDS": "600"}
    with running_server(env) as server, httpx.Client(base_url=server.base_url, timeout=600,
                                                     headers={"x-goog-api-key": "bench"}) as http:
        assert http.post(GENERATE, json=RENDER_4K).status_code == 200  # warm-up: fonts, pictograms, encoders
        idle = rss_of(server)
        before = peak_of(server)
        assert http.post(GENERATE, json=RENDER_4K).status_code == 200
        render = max(0.0, peak_of(server) - idle)
        started = time.monotonic()
        answers = hammer(server.base_url, kinds, args.clients, args.seconds)
        elapsed = time.monotonic() - started
        peak = peak_of(server)
    ceiling = idle + args.budget_mib + slots * args.slot_mib
    print(f"\nidle RSS {idle:,.0f} MiB (peak before the mix {before:,.0f} MiB); one 4K render alone: "
          f"+{render:,.0f} MiB")
    print(f"{'kind':<12} {'200':>5} {'400':>5} {'429':>5} {'other':>6}")
    for kind in sorted(kinds):
        counts = {status: n for (name, status), n in answers.items() if name == kind}
        other = sum(n for status, n in counts.items() if status not in (200, 400, 429))
        print(f"{kind:<12} {counts.get(200, 0):>5} {counts.get(400, 0):>5} {counts.get(429, 0):>5} {other:>6}")
    full = 14 * BOMB * BOMB * 4 / MiB
    print(f"\nrequests: {sum(answers.values())} in {elapsed:.0f} s; unbounded, each too-many request would hold "
          f"{full:,.0f} MiB decoded ({args.clients} at once: {args.clients * full / 1024:,.1f} GiB)")
    print(f"peak RSS {peak:,.0f} MiB; ceiling (idle + budget + {slots} × {args.slot_mib:g} MiB) {ceiling:,.0f} MiB; "
          f"peak / ceiling = {peak / ceiling:.2f}; peak − idle = {(peak - idle) / args.budget_mib:.2f} × budget")
    print("OK: under the ceiling" if peak <= ceiling else "OVER THE CEILING")


if __name__ == "__main__":
    main()
