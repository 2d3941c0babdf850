"""OpenAI's `n` through real HTTP: all `n` renders are admitted together before the first starts (a queue without
room for all of them is a 429 before anything is rendered, and leaves no place taken), and a unary request renders
them side by side when the engine has the slots."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.engines.base import ProgressCallback, RenderRequest, RenderResult
from tests.api.engines import SteppingEngine, serving, wait_until

GENERATE = "/v1/images/generations"
BEARER = {"Authorization": "Bearer any"}


class CountingEngine(SteppingEngine):
    """A SteppingEngine that counts its renders and the most that ran at once."""

    def __init__(self, hold: threading.Event | None = None) -> None:
        super().__init__(steps=1, step_seconds=0.0, hold=hold)
        self.renders = self.running = self.peak = 0
        self._lock = threading.Lock()

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        with self._lock:
            self.renders += 1
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            return super().render(request, progress)
        finally:
            with self._lock:
                self.running -= 1


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data", safety_semantic="off", **overrides)


def generate(base_url: str, n: int) -> httpx.Response:
    return httpx.post(base_url + GENERATE, headers=BEARER, timeout=60,
                      json={"model": "gemini-3-pro-image-preview", "prompt": "a red bicycle", "n": n})


def test_n_beyond_the_queue_is_refused_before_any_render(tmp_path: Path) -> None:
    engine = CountingEngine()
    app = create_app(settings_for(tmp_path, max_parallel_renders=1, max_queue=1), engine=engine)
    with serving(app) as base_url:
        refused = generate(base_url, 3)  # one slot and one queue place: room for two
        assert refused.status_code == 429, refused.text
        error = refused.json()["error"]
        assert error["type"] == "rate_limit_error" and "waiting for the image engine" in error["message"]
        assert engine.renders == 0, "nothing is rendered (or charged) for a request that cannot be admitted whole"

        answered = generate(base_url, 2)  # the refused request left no place taken
        assert answered.status_code == 200, answered.text
        assert len(answered.json()["data"]) == 2 and engine.renders == 2


def test_n_renders_side_by_side(tmp_path: Path) -> None:
    hold = threading.Event()
    engine = CountingEngine(hold=hold)
    app = create_app(settings_for(tmp_path, max_parallel_renders=2), engine=engine)
    with serving(app) as base_url:
        result: list[httpx.Response] = []
        caller = threading.Thread(target=lambda: result.append(generate(base_url, 2)))
        caller.start()
        try:
            assert wait_until(lambda: engine.running == 2), "both renders hold a slot at once"
        finally:
            hold.set()
            caller.join(60)
        assert result and result[0].status_code == 200, result
        data = result[0].json()["data"]
        assert len(data) == 2 and data[0]["b64_json"] != data[1]["b64_json"]
        assert engine.peak == 2
