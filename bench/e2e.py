"""End-to-end HTTP latency of :generateContent against the raw render + encode it wraps.

Why this exists: the project's goal is that a 4K image costs a client at most 1.3x what rendering and
encoding it costs in-process, i.e. that the HTTP layer (pydantic, JSON, base64, uvicorn, the socket and the
client's own decoding) stays a thin wrapper around the engine. Unit tests cannot show that; this script measures
both sides in one run, on one machine, with the same prompt and seed, so the ratio means something.

What one run does:

1. starts `python -m openbanana serve` as its own process (exactly as a user would) and waits for /healthz;
2. per size (1K, 2K, 4K at 16:9), interleaves N in-process iterations of plan → DraftEngine.render → PNG encode
   with N sequential HTTP requests (httpx, loopback), each timed until the body is read, JSON-decoded and the
   image base64-decoded, which is what a client does before it holds the image;
3. checks that the image that came over HTTP is byte-identical to the in-process one (same work on both sides);
4. breaks the in-process time down by step, including the server's own post-processing (base64, signing,
   orjson.dumps) and the client's decoding (json.loads, base64 decode);
5. compares the PNG writer with Pillow's `Image.save(format="PNG")` on the same rendered image.

Run: `.venv/bin/python bench/e2e.py` (about two minutes on 2 cores), `--quick` for a smoke run, `--json` for
machine-readable output. Progress goes to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import io
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import orjson
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.serving, when run as a script

from bench.serving import Cost, Server, running_server

from openbanana import __file__ as openbanana_file
from openbanana import __version__
from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.codecs import encode_image
from openbanana.imaging.provenance import Provenance
from openbanana.imaging.sizes import size_label
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.service.generation.finishing import WATERMARK_KEY_FILE, Finisher
from openbanana.service.generation.signatures import ThoughtSigner

MODEL = "gemini-3-pro-image-preview"
PROMPT = "Create a picture of a nano banana dish in a fancy restaurant with a Gemini theme"
SEED = 20251120
API_KEY = "bench-key"
ASPECT_RATIO = "16:9"
SIZES: dict[str, tuple[int, int]] = {"1K": (1376, 768), "2K": (2752, 1536), "4K": (5504, 3072)}
DEFAULT_N = {"1K": 20, "2K": 20, "4K": 10}
QUICK_N = {"1K": 3, "2K": 3, "4K": 2}
GOAL_RATIO = 1.3
BUSY_CORES = 0.1  # CPU used by other processes, in cores averaged over the run, above which figures are suspect
PROVENANCE_FOR_PNG = Provenance("openbanana", __version__, DraftEngine.name)  # metadata as the server writes it
BENCH_WATERMARK_KEY = bytes(range(32))  # written into the server's data dir so both sides mark identically


# ---------------------------------------------------------------------------------------------- measurements


@dataclass
class Samples:
    """Named lists of seconds, one value per iteration."""

    values: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.values.setdefault(name, []).append(seconds)

    def p(self, name: str, q: float) -> float:
        return float(np.percentile(self.values[name], q))

    def summary(self) -> dict[str, dict[str, float]]:
        return {name: {"p50": self.p(name, 50), "p95": self.p(name, 95), "min": min(v), "max": max(v)}
                for name, v in self.values.items()}


@dataclass
class SizeResult:
    size: str
    width: int
    height: int
    n: int
    inproc: Samples
    service: Samples
    e2e: Samples
    response_bytes: int
    png_bytes: int
    identical: bool

    @property
    def ratio(self) -> float:
        return self.e2e.p("total", 50) / self.inproc.p("render+encode", 50)

    @property
    def service_ratio(self) -> float | None:
        """e2e p50 / service-path p50: what HTTP alone adds."""
        return self.e2e.p("total", 50) / self.service.p("total", 50) if self.service.values else None

    @property
    def min_ratio(self) -> float:
        """Best case against best case: less sensitive to a noisy neighbour than the p50s."""
        return min(self.e2e.values["total"]) / min(self.inproc.values["render+encode"])

    def as_json(self) -> dict[str, Any]:
        return {
            "size": self.size, "width": self.width, "height": self.height, "n": self.n,
            "e2e": self.e2e.summary(), "inproc": self.inproc.summary(), "service": self.service.summary(),
            "overhead_ratio_p50": self.ratio, "http_only_ratio_p50": self.service_ratio,
            "overhead_ratio_min": self.min_ratio,
            "response_bytes": self.response_bytes, "png_bytes": self.png_bytes,
            "http_image_identical_to_inproc": self.identical,
        }


class InProcess:
    """The server's work minus HTTP: plan → render → finish (watermark, metadata) + encode, then the response steps.

    Nothing is kept from one iteration to the next (only a digest): a live 4K image would pin the top of the
    malloc heap and spare this side page faults that the server, which keeps nothing either, does pay.
    """

    def __init__(self) -> None:
        self.engine = DraftEngine()
        self.finisher = Finisher(DraftEngine.name, BENCH_WATERMARK_KEY, 1, credit=DraftEngine.traits.credit)
        self.signer = ThoughtSigner(b"\x00" * 32)
        self.last_digest = b""
        self.last_png_bytes = 0

    def render(self, width: int, height: int) -> Image.Image:
        plan = plan_composition(PlanningInput(prompt=PROMPT, width=width, height=height, seed=SEED))
        return self.engine.render(RenderRequest(plan, width, height, (), SEED, False)).image

    def run(self, width: int, height: int, body: bytes, samples: Samples | None) -> None:
        c0 = _self_cost()
        t0 = time.perf_counter()
        plan = plan_composition(PlanningInput(prompt=PROMPT, width=width, height=height, seed=SEED))
        t1 = time.perf_counter()
        image = self.engine.render(RenderRequest(plan, width, height, (), SEED, False)).image
        t2 = time.perf_counter()
        png = self.finisher.finish(image, image_size=size_label(width, height), mime_type="image/png", quality=90,
                                   response_id="x" * 24, model=MODEL, thought=False,
                                   fingerprint=_fingerprint(body)).data
        t3 = time.perf_counter()
        c1 = _self_cost()
        # What the service and route do next (service/generation/, api/models.py), then what a client does.
        data = base64.b64encode(png).decode("ascii")
        t4 = time.perf_counter()
        signature = base64.b64encode(self.signer.sign("x" * 24, png)).decode("ascii")
        t5 = time.perf_counter()
        body = orjson.dumps(_response_dict(data, signature))
        t6 = time.perf_counter()
        decoded = json.loads(body)
        t7 = time.perf_counter()
        base64.b64decode(decoded["candidates"][0]["content"]["parts"][1]["inlineData"]["data"])
        t8 = time.perf_counter()
        self.last_digest, self.last_png_bytes = hashlib.sha256(png).digest(), len(png)
        if samples is None:
            return
        for name, seconds in (("plan", t1 - t0), ("render", t2 - t1), ("finish+encode", t3 - t2),
                              ("render+encode", t3 - t0), ("base64", t4 - t3), ("sign", t5 - t4),
                              ("orjson.dumps", t6 - t5), ("client json.loads", t7 - t6),
                              ("client b64decode", t8 - t7)):
            samples.add(name, seconds)
        _add_cost(samples, "", c0, c1)


def _fingerprint(body: bytes) -> bytes:
    """What GenerationService derives a fixed-seed request's image id from (service/generation/job.py)."""
    request = GenerateContentRequest.model_validate(json.loads(body))
    return hashlib.sha256(MODEL.encode() + request.model_dump_json().encode()).digest()


def _response_dict(data: str, signature: str) -> dict[str, Any]:
    """Shaped like the server's unary answer (TEXT + IMAGE modalities), so orjson does the same work."""
    return {
        "candidates": [{
            "content": {"role": "model", "parts": [
                {"text": "Here is a nano banana dish in a fancy restaurant.", "thoughtSignature": signature},
                {"inlineData": {"mimeType": "image/png", "data": data}, "thoughtSignature": signature},
            ]},
            "index": 0,
            "finishReason": "STOP",
        }],
        "usageMetadata": {"promptTokenCount": 20, "candidatesTokenCount": 2012, "thoughtsTokenCount": 60,
                          "totalTokenCount": 2092},
        "modelVersion": MODEL,
        "responseId": "x" * 24,
    }


class ServicePath:
    """The server's own GenerationService, wired by create_app exactly as `serve` wires it, called without HTTP.

    Its time minus render+encode is what the service adds (request validation, input and output safety checks,
    thought text, signing, base64, orjson.dumps); e2e minus its time is what HTTP adds (ASGI, uvicorn, the
    socket, the client's decoding).
    """

    def __init__(self, data_dir: Path) -> None:
        app = create_app(Settings(data_dir=data_dir))
        self.service: Any = app.state.openbanana.generation
        self.loop = asyncio.new_event_loop()

    def run(self, body: bytes, samples: Samples | None) -> None:
        t0 = time.perf_counter()
        request = GenerateContentRequest.model_validate(orjson.loads(body))
        job = self.loop.run_until_complete(self.service.prepare(MODEL, request))
        t1 = time.perf_counter()
        response = self.loop.run_until_complete(self.service.generate(job))
        t2 = time.perf_counter()
        orjson.dumps(response)
        t3 = time.perf_counter()
        if samples is not None:
            for name, seconds in (("total", t3 - t0), ("validate+prepare", t1 - t0), ("generate", t2 - t1),
                                  ("orjson.dumps", t3 - t2)):
                samples.add(name, seconds)

    def close(self) -> None:
        self.loop.close()


# ---------------------------------------------------------------------------------------------------- server


def _self_cost() -> Cost:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Cost(usage.ru_utime, usage.ru_stime, usage.ru_minflt)


def _add_cost(samples: Samples, prefix: str, before: Cost | None, after: Cost | None) -> None:
    if before is None or after is None:
        return
    samples.add(f"{prefix}cpu user", after.user - before.user)
    samples.add(f"{prefix}cpu system", after.system - before.system)
    samples.add(f"{prefix}cpu", after.user - before.user + after.system - before.system)
    samples.add(f"{prefix}minor faults", after.minor_faults - before.minor_faults)


def _request_body(size: str) -> bytes:
    return json.dumps({
        "contents": [{"role": "user", "parts": [{"text": PROMPT}]}],
        "generationConfig": {
            "responseModalities": ["TEXT", "IMAGE"],
            "seed": SEED,
            "imageConfig": {"aspectRatio": ASPECT_RATIO, "imageSize": size},
        },
    }).encode()


def http_once(client: httpx.Client, url: str, body: bytes, samples: Samples | None) -> tuple[bytes, int]:
    """One request as a client makes it; returns the decoded image's sha256 and the response body size."""
    t0 = time.perf_counter()
    with client.stream("POST", url, content=body) as response:
        t1 = time.perf_counter()  # status line and headers: the server has finished the response body by now
        raw = response.read()
    t2 = time.perf_counter()
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}: {raw[:500]!r}")
    payload = response.json()
    t3 = time.perf_counter()
    parts = payload["candidates"][0]["content"]["parts"]
    image = base64.b64decode(next(p["inlineData"]["data"] for p in parts if "inlineData" in p and not p.get("thought")))
    t4 = time.perf_counter()
    if samples is not None:
        for name, seconds in (("total", t4 - t0), ("to headers", t1 - t0), ("body read", t2 - t1),
                              ("json decode", t3 - t2), ("b64decode", t4 - t3)):
            samples.add(name, seconds)
    return hashlib.sha256(image).digest(), len(raw)


def http_floor(server: Server, client: httpx.Client, n: int) -> Samples:
    """The fixed cost of one round trip through auth, body parsing, pydantic and JSON, with no image in it."""
    url = f"{server.base_url}/v1beta/models/{MODEL}:countTokens"
    body = json.dumps({"contents": [{"role": "user", "parts": [{"text": PROMPT}]}]}).encode()
    samples = Samples()
    for i in range(n + 1):
        t0 = time.perf_counter()
        response = client.post(url, content=body)
        response.json()
        if response.status_code != 200:
            raise RuntimeError(f"countTokens: HTTP {response.status_code}: {response.text[:500]}")
        if i:  # the first one warms the connection
            samples.add("total", time.perf_counter() - t0)
    return samples


def bench_size(size: str, n: int, server: Server, client: httpx.Client, inproc: InProcess,
               service: ServicePath | None) -> SizeResult:
    width, height = SIZES[size]
    url = f"{server.base_url}/v1beta/models/{MODEL}:generateContent"
    body = _request_body(size)
    # Warm-up (fonts, caches, thread pools, the connection), not counted.
    inproc.run(width, height, body, None)
    if service is not None:
        service.run(body, None)
    http_once(client, url, body, None)
    inproc_samples, service_samples, e2e_samples = Samples(), Samples(), Samples()
    digest, response_bytes = b"", 0
    for i in range(n):
        # Interleaved so that drift (other load, turbo, page cache) hits both sides alike.
        inproc.run(width, height, body, inproc_samples)
        if service is not None:
            service.run(body, service_samples)
        before = server.cost()
        digest, response_bytes = http_once(client, url, body, e2e_samples)
        _add_cost(e2e_samples, "server ", before, server.cost())
        via_service = f", service {service_samples.values['total'][-1] * 1e3:7.1f} ms" if service else ""
        _progress(f"  {size} {i + 1}/{n}: e2e {e2e_samples.values['total'][-1] * 1e3:7.1f} ms, "
                  f"render+encode {inproc_samples.values['render+encode'][-1] * 1e3:7.1f} ms{via_service}")
    identical = digest == inproc.last_digest
    return SizeResult(size, width, height, n, inproc_samples, service_samples, e2e_samples, response_bytes,
                      inproc.last_png_bytes, identical)


# -------------------------------------------------------------------------------------------- PNG vs Pillow


def compare_png_writers(image: Image.Image, reps: int) -> dict[str, Any]:
    """The server's PNG writer against Pillow's own, on the same image; median seconds and output bytes."""

    def pillow(**options: Any) -> Callable[[], bytes]:
        def encode() -> bytes:
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", **options)
            return buffer.getvalue()
        return encode

    writers: dict[str, Callable[[], bytes]] = {
        "openbanana encode_image(PNG)": lambda: encode_image(image, "image/png", provenance=PROVENANCE_FOR_PNG),
        "Pillow save(PNG) default": pillow(),
        "Pillow save(PNG, compress_level=1)": pillow(compress_level=1),
    }
    results: dict[str, Any] = {"width": image.width, "height": image.height, "reps": reps, "writers": {}}
    for name, encode in writers.items():
        encode()  # warm-up
        times: list[float] = []
        size = 0
        for _ in range(reps):
            t0 = time.perf_counter()
            size = len(encode())
            times.append(time.perf_counter() - t0)
        results["writers"][name] = {"median_s": float(np.median(times)), "bytes": size}
        _progress(f"  {name}: {float(np.median(times)) * 1e3:.0f} ms, {size:,} bytes")
    ours = results["writers"]["openbanana encode_image(PNG)"]["median_s"]
    for entry in results["writers"].values():
        entry["ours_faster_by"] = entry["median_s"] / ours
    return results


# ----------------------------------------------------------------------------------------------------- report


def environment() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    with suppress(ValueError, OSError, AttributeError):
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import PIL

    return {
        "date": time.strftime("%Y-%m-%d"), "python": platform.python_version(), "machine": platform.machine(),
        "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory, 1) if memory else None,
        "pillow": PIL.__version__, "orjson": orjson.__version__, "httpx": httpx.__version__,
        "openbanana": f"{__version__} from {Path(openbanana_file).parent}",
    }


def _machine_busy_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy (steal included), from /proc/stat; None without /proc."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    except (OSError, ValueError, IndexError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


@dataclass
class OtherLoad:
    """How busy everything but this benchmark kept the machine: on 2 cores, any of it skews every figure here."""

    wall: float = 0.0
    machine_busy: float | None = None
    ours: float = 0.0

    @property
    def cores(self) -> float | None:
        if self.machine_busy is None or self.wall <= 0:
            return None
        return max(0.0, (self.machine_busy - self.ours) / self.wall)


def _cores(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms" if seconds < 10 else f"{seconds:,.2f} s"


def render_report(env: dict[str, Any], results: list[SizeResult], png: dict[str, Any] | None,
                  floor: Samples) -> str:
    lines = [
        f"{env['date']} · Python {env['python']} · {env['machine']} · {env['cpu']} · {env['cores']} cores"
        f" · {env['memory_gib']} GiB · Pillow {env['pillow']} · openbanana {env['openbanana']}"
        f" · other processes kept {_cores(env['other_load_cores'])} cores busy during the run",
        *([f"WARNING: other processes used more than {BUSY_CORES} cores on average; these figures are skewed."]
          if (env["other_load_cores"] or 0) > BUSY_CORES else []),
        "",
        "| size | pixels | n | e2e p50 | e2e p95 | in-process render+encode p50 | in-process p95 "
        "| server overhead ratio (e2e p50 / in-proc p50) | service path p50 | e2e / service path | response bytes |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        service = (f"{_ms(r.service.p('total', 50))} | {r.service_ratio:.3f}×" if r.service_ratio is not None
                   else "n/a | n/a")
        lines.append(
            f"| {r.size} | {r.width}×{r.height} | {r.n} | {_ms(r.e2e.p('total', 50))} | {_ms(r.e2e.p('total', 95))} "
            f"| {_ms(r.inproc.p('render+encode', 50))} | {_ms(r.inproc.p('render+encode', 95))} "
            f"| {r.ratio:.3f}× | {service} | {r.response_bytes:,} |"
        )
    lines += ["", "Where the end-to-end time goes (p50 per request; CPU and minor page faults of each side):", "",
              "| size | to response headers | body read | json decode (httpx .json()) | b64decode "
              "| server CPU user + sys | server page faults | in-process CPU user + sys | in-process page faults "
              "| PNG bytes | HTTP image == in-process |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        server = (f"{_ms(r.e2e.p('server cpu user', 50))} + {_ms(r.e2e.p('server cpu system', 50))} "
                  f"| {r.e2e.p('server minor faults', 50):,.0f}") if "server cpu" in r.e2e.values else "n/a | n/a"
        lines.append(
            f"| {r.size} | {_ms(r.e2e.p('to headers', 50))} | {_ms(r.e2e.p('body read', 50))} "
            f"| {_ms(r.e2e.p('json decode', 50))} | {_ms(r.e2e.p('b64decode', 50))} | {server} "
            f"| {_ms(r.inproc.p('cpu user', 50))} + {_ms(r.inproc.p('cpu system', 50))} "
            f"| {r.inproc.p('minor faults', 50):,.0f} "
            f"| {r.png_bytes:,} | {'yes' if r.identical else 'NO'} |"
        )
    biggest = results[-1]
    base = biggest.inproc.p("render+encode", 50)
    lines += ["", f"In-process breakdown at {biggest.size} ({biggest.width}×{biggest.height}), share of render+encode "
              "p50:", "", "| step | p50 | p95 | share |", "|---|---|---|---|"]
    for step in ("plan", "render", "finish+encode", "base64", "sign", "orjson.dumps", "client json.loads",
                 "client b64decode"):
        p50 = biggest.inproc.p(step, 50)
        lines.append(f"| {step} | {_ms(p50)} | {_ms(biggest.inproc.p(step, 95))} | {p50 / base:.1%} |")
    for step in ("total", "validate+prepare", "generate", "orjson.dumps") if biggest.service.values else ():
        p50 = biggest.service.p(step, 50)
        lines.append(f"| service path: {step} | {_ms(p50)} | {_ms(biggest.service.p(step, 95))} | {p50 / base:.1%} |")
    if png is not None:
        lines += ["", f"PNG writers on the same {png['width']}×{png['height']} rendered image "
                  f"(median of {png['reps']}):", "", "| writer | median | bytes | ours is faster by |",
                  "|---|---|---|---|"]
        for name, entry in png["writers"].items():
            lines.append(f"| {name} | {_ms(entry['median_s'])} | {entry['bytes']:,} | {entry['ours_faster_by']:.1f}× |")
    lines += ["", f"HTTP floor (a :countTokens round trip, no image): p50 {_ms(floor.p('total', 50))}, "
              f"p95 {_ms(floor.p('total', 95))}"]
    if memory := env.get("server_memory_mib"):
        lines.append(f"Server resident memory after the run: {memory['rss']:,.0f} MiB "
                     f"(peak {memory['peak_rss']:,.0f} MiB)")
    lines.append("")
    for r in results:
        verdict = "within" if r.ratio <= GOAL_RATIO else "OVER"
        lines.append(f"{r.size}: overhead ratio {r.ratio:.3f}× at p50, {r.min_ratio:.3f}× best against best "
                     f"({verdict} the {GOAL_RATIO}× goal)")
    return "\n".join(lines)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1K,2K,4K", help="comma-separated image sizes (default 1K,2K,4K)")
    parser.add_argument("--n", type=int, help="requests per size (default 20 for 1K/2K, 10 for 4K)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 requests per size (2 at 4K)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of tables")
    parser.add_argument("--png-reps", type=int, help="repetitions per PNG writer (default 5, 1 with --quick)")
    parser.add_argument("--no-service", action="store_true",
                        help="skip the in-process GenerationService column (e.g. if its wiring changed)")
    parser.add_argument("--server-env", action="append", default=[], metavar="NAME=VALUE",
                        help="extra environment for the server process, e.g. MALLOC_ARENA_MAX=1; repeatable")
    args = parser.parse_args(argv)
    if any("=" not in item for item in args.server_env):
        parser.error("--server-env takes NAME=VALUE")
    args.server_env = dict(item.split("=", 1) for item in args.server_env)
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown or not sizes:
        parser.error(f"unknown size(s) {unknown}; choose from {', '.join(SIZES)}")
    args.sizes = sorted(sizes, key=list(SIZES).index)
    if args.n is not None and args.n < 1:
        parser.error("--n must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    counts = QUICK_N if args.quick else DEFAULT_N
    png_reps = args.png_reps or (1 if args.quick else 5)
    env = environment()
    inproc = InProcess()
    results: list[SizeResult] = []
    _progress("starting server …")
    headers = {"x-goog-api-key": API_KEY, "Content-Type": "application/json"}
    load = OtherLoad()
    with (running_server(args.server_env, data_files={WATERMARK_KEY_FILE: BENCH_WATERMARK_KEY}) as server,
          httpx.Client(headers=headers, timeout=300.0) as client,
          tempfile.TemporaryDirectory(prefix="openbanana-bench-service-") as service_dir):
        service = None if args.no_service else ServicePath(Path(service_dir))
        start, busy_start, me, server_start = time.perf_counter(), _machine_busy_seconds(), _self_cost(), server.cost()
        floor = http_floor(server, client, 50)
        for size in args.sizes:
            n = args.n or counts[size]
            _progress(f"{size}: {n} requests, {n} render+encode and {n if service else 0} service-path iterations")
            results.append(bench_size(size, n, server, client, inproc, service))
        if service is not None:
            service.close()
        server_end = server.cost()
        env["server_memory_mib"] = server.memory_mib()
        if server_start is not None and server_end is not None:
            load.ours += server_end.user + server_end.system - server_start.user - server_start.system
    png = None
    if results:
        _progress(f"PNG writers on the {results[-1].size} image …")
        png = compare_png_writers(inproc.render(results[-1].width, results[-1].height), png_reps)
    load.wall = time.perf_counter() - start
    busy_end = _machine_busy_seconds()
    mine = _self_cost()
    load.ours += mine.user + mine.system - me.user - me.system
    if busy_start is not None and busy_end is not None:
        load.machine_busy = busy_end - busy_start
    env["other_load_cores"] = load.cores
    if args.json:
        print(json.dumps({"environment": env, "goal_ratio": GOAL_RATIO, "prompt": PROMPT, "seed": SEED,
                          "aspect_ratio": ASPECT_RATIO, "sizes": [r.as_json() for r in results],
                          "http_floor_countTokens": floor.summary()["total"], "png_writers": png}, indent=2))
    else:
        print(render_report(env, results, png, floor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
