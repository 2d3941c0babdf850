"""Memory is bounded by admission: a per-request pixel budget, references reduced as they are decoded, and a
server-wide budget of bodies and decoded images that answers 429 with RetryInfo when it is full."""

from __future__ import annotations

import base64
import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from prometheus_client import REGISTRY

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.imaging.sizes import SEED_SIZES
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.service.generation import JobRules, new_job
from openbanana.service.generation.signatures import ThoughtSigner
from tests.api.engines import SteppingEngine, serving, wait_until
from tests.conftest import start_server, stop_server

MODEL = "gemini-3-pro-image-preview"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
HEADERS = {"x-goog-api-key": "any"}
MiB = 1024 * 1024


def png(width: int, height: int, colour: tuple[int, int, int] = (200, 40, 40)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def with_images(images: list[str], size: str = "1K") -> dict[str, Any]:
    parts: list[dict[str, Any]] = [{"text": "a collage of these"}]
    parts += [{"inlineData": {"mimeType": "image/png", "data": data}} for data in images]
    return {"contents": [{"parts": parts}],
            "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"imageSize": size}}}


def rejected(reason: str) -> float:
    return REGISTRY.get_sample_value("openbanana_rejected_total", {"reason": reason}) or 0.0


def test_a_request_over_the_pixel_budget_is_refused_from_the_headers(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_input_pixels=10_000, safety_semantic="off")
    with TestClient(create_app(settings), headers=HEADERS) as client:
        response = client.post(GENERATE, json=with_images([png(80, 80), png(80, 80)]))
        assert response.status_code == 400, response.text
        assert "12,800 pixels" in response.json()["error"]["message"]
        assert client.post(GENERATE, json=with_images([png(80, 80)])).status_code == 200


def test_references_are_kept_at_most_at_the_largest_output_cell() -> None:
    rules = JobRules(ThoughtSigner(b"k" * 32))
    wide = png(3150, 1350)
    for size in ("1K", "4K"):
        request = GenerateContentRequest.model_validate(with_images([wide, wide], size))
        job = new_job("m", request, rules, response_id="r")
        for reference in job.references:
            assert reference.width * reference.height <= SEED_SIZES.largest_pixels(size)
            assert abs(reference.width / reference.height - 7 / 3) < 0.01, "the ratio is kept"
        assert job.target.aspect_ratio == "21:9", "the ratio comes from the image's own size"
    assert job.references[0].size == (3150, 1350), "a 4K output can use every pixel of a 4.3 MP picture"


def test_a_full_budget_is_429_with_retry_info_and_is_given_back(tmp_path: Path) -> None:
    hold = threading.Event()
    engine = SteppingEngine(steps=1, step_seconds=0.0, hold=hold)
    settings = Settings(data_dir=tmp_path / "data", max_parallel_renders=1, safety_semantic="off",
                        max_decoded_bytes=16 * MiB)
    app = create_app(settings, engine=engine)
    two = with_images([png(1000, 1000), png(1000, 1000, (40, 200, 40))])  # 8 MB kept, 4 MB more while decoding
    memory = app.state.openbanana.memory
    with serving(app) as base_url, ThreadPoolExecutor(1) as pool, httpx.Client(base_url=base_url, headers=HEADERS,
                                                                              timeout=60) as http:
        first = pool.submit(http.post, GENERATE, json=two)
        assert engine.started.wait(20), "the first request decoded its images and holds the slot"
        assert memory.in_use >= 8_000_000
        before = rejected("memory_full")
        refused = http.post(GENERATE, json=two)
        assert refused.status_code == 429, refused.text
        error = refused.json()["error"]
        assert error["status"] == "RESOURCE_EXHAUSTED"
        retry = [d for d in error["details"] if d["@type"].endswith("RetryInfo")]
        assert retry and refused.headers["retry-after"] == retry[0]["retryDelay"].removesuffix("s")
        assert rejected("memory_full") == before + 1
        hold.set()
        assert first.result(60).status_code == 200
        assert wait_until(lambda: memory.in_use == 0), "everything is given back when the requests close"
        assert http.post(GENERATE, json=two).status_code == 200


def test_a_body_that_does_not_fit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_decoded_bytes=16 * MiB, safety_semantic="off")
    with TestClient(create_app(settings), headers=HEADERS) as client:
        big = {"contents": [{"parts": [{"text": "a red kite " * (6 * MiB // 11)}]}]}
        response = client.post(f"/v1beta/models/{MODEL}:countTokens", json=big)
        assert response.status_code == 429 and response.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
        assert "retry-after" in response.headers
        assert client.app.state.openbanana.memory.in_use == 0  # type: ignore[attr-defined]
        small = {"contents": [{"parts": [{"text": "a kite"}]}]}
        assert client.post(f"/v1beta/models/{MODEL}:countTokens", json=small).status_code == 200


def peak_rss_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1]) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the server's peak RSS from /proc")
def test_peak_memory_stays_under_the_budget_under_a_hostile_mix(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight requests at once, each with six 4-MP pictures (96 MB decoded, 770 MB for all of them unbounded),
    against a 96 MiB budget: the server's peak RSS grows by at most the budget and one render."""
    budget = 96
    monkeypatch.setenv("OPENBANANA_MAX_DECODED_BYTES", str(budget * MiB))
    monkeypatch.setenv("OPENBANANA_SAFETY_SEMANTIC", "off")
    monkeypatch.setenv("OPENBANANA_MAX_PARALLEL_RENDERS", "1")
    server = start_server(tmp_path / "data")
    try:
        with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=120) as http:
            assert http.post(GENERATE, json=with_images([png(64, 64)])).status_code == 200  # warm-up
            time.sleep(0.2)
            idle = peak_rss_mib(server.process.pid)
            body = with_images([png(2000, 2000, (i * 40, 90, 90)) for i in range(6)])
            with ThreadPoolExecutor(8) as pool:
                statuses = list(pool.map(lambda _: http.post(GENERATE, json=body).status_code, range(8)))
        peak = peak_rss_mib(server.process.pid)
    finally:
        stop_server(server)
    assert set(statuses) <= {200, 429} and 200 in statuses, statuses
    assert 429 in statuses, "the budget turned some away"
    assert peak - idle <= budget + 64, f"peak {peak:.0f} MiB, idle {idle:.0f} MiB, budget {budget} MiB"


def test_verify_image_reserves_its_decoded_image(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_decoded_bytes=16 * MiB, safety_semantic="off")
    with TestClient(create_app(settings), headers=HEADERS) as client:
        verify = "/v1beta/openbanana:verifyImage"
        memory = client.app.state.openbanana.memory  # type: ignore[attr-defined]
        assert client.post(verify, json={"image": {"mimeType": "image/png", "data": png(512, 512)}}).status_code == 200
        too_big = client.post(verify, json={"image": {"mimeType": "image/png", "data": png(2000, 2000)}})
        assert too_big.status_code == 400 and "more than this server's whole budget" in too_big.text
        held = memory.try_reserve(14 * MiB)
        assert held is not None
        busy = client.post(verify, json={"image": {"mimeType": "image/png", "data": png(512, 512)}})
        assert busy.status_code == 429 and "retry-after" in busy.headers
        held.release()
        assert memory.in_use == 0
