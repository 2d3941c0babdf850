"""The scheduler through real HTTP: 429 with RetryInfo when the queue is full, 504 at the deadline, a client that
leaves stops the engine, long renders stream progress notes. Engines are injected with create_app(engine=...)."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from google import genai
from google.genai import errors, types
from prometheus_client import REGISTRY

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.api.engines import SteppingEngine, post_then_hang_up, serving, wait_until

MODEL = "gemini-3-pro-image-preview"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
STREAM = f"/v1beta/models/{MODEL}:streamGenerateContent?alt=sse"
HEADERS = {"x-goog-api-key": "any"}
THINKING = {"thinkingConfig": {"includeThoughts": True}}


def body(prompt: str, **config: Any) -> dict[str, Any]:
    return {"contents": [{"parts": [{"text": prompt}]}], "generationConfig": {"responseModalities": ["IMAGE"],
                                                                            **config}}


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data", max_parallel_renders=1, safety_semantic="off", **overrides)


def rejected(reason: str) -> float:
    return REGISTRY.get_sample_value("openbanana_rejected_total", {"reason": reason}) or 0.0


def sse_events(lines: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line.removeprefix("data: ")) for line in lines if line.startswith("data: ")]


def test_a_full_queue_is_429_with_retry_info_and_healthz_still_answers(tmp_path: Path) -> None:
    hold = threading.Event()
    engine = SteppingEngine(steps=1, step_seconds=0.0, hold=hold)
    app = create_app(settings_for(tmp_path, max_queue=0), engine=engine)
    with serving(app) as base_url, ThreadPoolExecutor(1) as pool:
        sdk = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=base_url))
        first = pool.submit(sdk.models.generate_content, model=MODEL, contents="a red bicycle")
        assert engine.started.wait(10), "the first request holds the only slot"
        before = rejected("queue_full")

        with pytest.raises(errors.ClientError) as refused:
            sdk.models.generate_content(model=MODEL, contents="a blue bicycle")
        assert refused.value.code == 429 and refused.value.status == "RESOURCE_EXHAUSTED"
        details = refused.value.details["error"]["details"]
        retry = [d for d in details if d["@type"] == "type.googleapis.com/google.rpc.RetryInfo"]
        assert len(retry) == 1 and retry[0]["retryDelay"].endswith("s")
        seconds = int(retry[0]["retryDelay"].removesuffix("s"))
        assert seconds >= 1
        assert refused.value.response.headers["retry-after"] == str(seconds)
        assert rejected("queue_full") == before + 1

        with httpx.stream("POST", base_url + STREAM, json=body("a green bicycle"), headers=HEADERS) as streamed:
            assert streamed.status_code == 429, "a stream is refused before its first byte, as plain HTTP"
        health = httpx.get(base_url + "/healthz", timeout=5)
        assert health.status_code == 200 and health.json()["status"] == "ok"

        hold.set()
        answer = first.result(30)
        assert any(p.inline_data is not None for p in answer.parts or []), "the admitted request still finishes"
        again = sdk.models.generate_content(model=MODEL, contents="a blue bicycle")
        assert any(p.inline_data is not None for p in again.parts or []), "a slot is free again"


def test_the_deadline_is_504_and_stops_the_engine(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=1, step_seconds=0.05)
    app = create_app(settings_for(tmp_path, generation_timeout_seconds=1.5), engine=engine)
    before = rejected("deadline")
    with serving(app) as base_url:
        warm = httpx.post(base_url + GENERATE, json=body("a quick sunrise"), headers=HEADERS, timeout=30)
        assert warm.status_code == 200  # first use loads fonts and classifiers: not part of what is measured
        engine.steps = 200
        response = httpx.post(base_url + GENERATE, json=body("a slow sunrise"), headers=HEADERS, timeout=30)
        assert response.status_code == 504
        assert response.json()["error"]["status"] == "DEADLINE_EXCEEDED"
        assert engine.stopped.wait(5), "the engine saw its cancel event at the next step"
        assert engine.steps_run < 200
        assert rejected("deadline") == before + 1

        with httpx.stream("POST", base_url + STREAM, json=body("a slow sunset"), headers=HEADERS,
                          timeout=30) as streamed:
            assert streamed.status_code == 200
            events = sse_events(list(streamed.iter_lines()))
        assert events[-1]["error"]["status"] == "DEADLINE_EXCEEDED", "after the first byte: an in-band frame"


def test_a_disconnected_stream_stops_the_render(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=200, step_seconds=0.05)  # ten seconds if nobody stops it
    app = create_app(settings_for(tmp_path), engine=engine)
    before = rejected("disconnect")
    with serving(app) as base_url:
        with httpx.stream("POST", base_url + STREAM, json=body("a long poster", **THINKING), headers=HEADERS,
                          timeout=30) as streamed:
            lines = streamed.iter_lines()  # kept: dropping the iterator would close the connection already
            first = next(lines)
            assert first.startswith("data: ") and '"thought":true' in first
            assert engine.started.wait(10)
        # leaving the block closed the connection mid-render
        assert engine.stopped.wait(5), "the render stopped at its next step"
        assert engine.steps_run < 100
        assert wait_until(lambda: rejected("disconnect") == before + 1)
        assert wait_until(lambda: REGISTRY.get_sample_value("openbanana_running", {"profile": "stepping"}) == 0)
        engine.steps = 1  # the slot is free for the next request
        after = httpx.post(base_url + GENERATE, json=body("a short poster"), headers=HEADERS, timeout=30)
        assert after.status_code == 200


def test_a_disconnected_unary_request_stops_the_render(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=200, step_seconds=0.05)
    app = create_app(settings_for(tmp_path), engine=engine)
    with serving(app) as base_url:
        post_then_hang_up(base_url, GENERATE, body("a long poster"), engine)  # closed while the engine renders
        assert engine.stopped.wait(5), "the engine stopped at its next step"
        assert engine.steps_run < 100


def test_long_renders_stream_progress_notes_but_unary_answers_keep_none(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=16, step_seconds=0.1)  # 1.6 s per render: one note each (the first after 1 s)
    app = create_app(settings_for(tmp_path), engine=engine)
    with serving(app) as base_url:
        with httpx.stream("POST", base_url + STREAM, json=body("a slow poster", **THINKING), headers=HEADERS,
                          timeout=60) as streamed:
            events = sse_events(list(streamed.iter_lines()))
        parts = [part for event in events for part in event["candidates"][0]["content"]["parts"]]
        notes = [p["text"] for p in parts if p.get("thought") and "%" in p.get("text", "")]
        assert 2 <= len(notes) <= 4, notes  # at most one a second, over two renders of 1.6 s
        assert all(note.startswith(("Sketching a preview…", "Rendering the image…")) for note in notes)
        assert events[-1]["candidates"][0]["finishReason"] == "STOP"

        engine.steps = 11  # 1.1 s: long enough for a note if unary answers collected them
        unary = httpx.post(base_url + GENERATE, json=body("a slow poster", **THINKING), headers=HEADERS,
                           timeout=60).json()
        texts = [p.get("text", "") for p in unary["candidates"][0]["content"]["parts"]]
        assert not any("%" in text for text in texts), "the merged answer carries no progress notes"
