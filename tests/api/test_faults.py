"""Engine faults fail only their own request, in Google's envelope, and the server keeps serving: an engine that
raises, one that dies (RuntimeError, MemoryError), one that hangs past the deadline and ignores its cancel event."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.api.engines import FaultyEngine, serving

GENERATE = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
STREAM = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse"
HEADERS = {"x-goog-api-key": "any"}


def body(prompt: str) -> dict[str, Any]:
    return {"contents": [{"parts": [{"text": prompt}]}], "generationConfig": {"responseModalities": ["IMAGE"]}}


@pytest.fixture(scope="module")
def engine() -> FaultyEngine:
    return FaultyEngine()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, engine: FaultyEngine) -> Iterator[str]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("faults") / "data", max_parallel_renders=2,
                        generation_timeout_seconds=4.0, safety_semantic="off")
    try:
        with serving(create_app(settings, engine=engine)) as url:
            assert generate(url, "a warm-up").status_code == 200  # first use loads fonts and classifiers
            yield url
    finally:
        engine.release.set()  # let the hung thread end with the tests


def generate(base_url: str, prompt: str) -> httpx.Response:
    return httpx.post(base_url + GENERATE, json=body(prompt), headers=HEADERS, timeout=30)


def assert_serves(base_url: str) -> None:
    assert httpx.get(base_url + "/healthz", timeout=5).status_code == 200
    answer = generate(base_url, "a red bicycle")
    assert answer.status_code == 200
    assert answer.json()["candidates"][0]["finishReason"] == "STOP"


@pytest.mark.parametrize(("prompt", "code", "status", "says"), [
    ("an unavailable engine", 503, "UNAVAILABLE", "The image engine is unavailable: the device was lost."),
    ("a crash", 500, "INTERNAL", "An internal error has occurred."),
    ("out of memory", 503, "UNAVAILABLE", "The image engine ran out of memory."),
])
def test_a_failing_engine_fails_only_that_request(base_url: str, prompt: str, code: int, status: str,
                                                  says: str) -> None:
    with ThreadPoolExecutor(2) as pool:
        failing = pool.submit(generate, base_url, prompt)
        fine = pool.submit(generate, base_url, "a blue bicycle")
        error = failing.result().json()["error"]
        assert failing.result().status_code == code
        assert error["code"] == code and error["status"] == status and error["message"].startswith(says)
        assert "CUDA" not in error["message"], "no internals in the envelope"
        assert fine.result().status_code == 200, "the other request finishes"
    assert_serves(base_url)


def test_a_failure_after_the_first_byte_is_an_in_band_error(base_url: str) -> None:
    with httpx.stream("POST", base_url + STREAM, json=body("an unavailable engine"), headers=HEADERS,
                      timeout=30) as streamed:
        assert streamed.status_code == 200
        events = [json.loads(line[6:]) for line in streamed.iter_lines() if line.startswith("data: ")]
    assert events[-1]["error"]["status"] == "UNAVAILABLE"


def test_a_hung_engine_is_504_and_gives_its_slot_back(base_url: str, engine: FaultyEngine) -> None:
    with ThreadPoolExecutor(2) as pool:
        hung = pool.submit(generate, base_url, "a market stall")
        assert engine.hung.wait(10)
        fine = pool.submit(generate, base_url, "a green bicycle")
        assert fine.result().status_code == 200, "the other slot keeps working"
        assert hung.result().status_code == 504
        assert hung.result().json()["error"]["status"] == "DEADLINE_EXCEEDED"
    # the hung thread still runs (it ignores its cancel event), but no longer holds a slot: both are free
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda prompt: generate(base_url, prompt), ["a cat", "a dog"]))
    assert [a.status_code for a in answers] == [200, 200]
