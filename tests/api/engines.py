"""Engines that misbehave on purpose, and a real uvicorn server (in this process) that serves an app built on one.

The server runs in a thread of the test process so that a test can reach into its engine (how many steps ran,
whether the cancel event was seen); the HTTP traffic is real, over a socket, like `openbanana serve`.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from openbanana.engines.base import (
    EngineCancelledError,
    EngineTraits,
    EngineUnavailableError,
    ProgressCallback,
    RenderRequest,
    RenderResult,
)
from openbanana.engines.draft.engine import DraftEngine
from tests.conftest import free_port


class SteppingEngine:
    """Works in steps like a diffusion loop: reports progress and looks at `request.cancel` after each step, then
    draws with the draft engine. `hold` (when given) keeps it at step 0 until set, for filling the queue."""

    name = "stepping"
    traits = EngineTraits()
    loaded = True
    loading = False

    def __init__(self, steps: int = 40, step_seconds: float = 0.05, hold: threading.Event | None = None) -> None:
        self.steps = steps
        self.step_seconds = step_seconds
        self.hold = hold
        self.started = threading.Event()
        self.stopped = threading.Event()  # set when a render saw its cancel event
        self.steps_run = 0
        self._draft = DraftEngine()

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        self.started.set()
        while self.hold is not None and not self.hold.wait(0.02):
            self._check(request)
        for step in range(self.steps):
            self._check(request)
            time.sleep(self.step_seconds)
            self.steps_run += 1
            if progress is not None:
                progress((step + 1) / self.steps, f"denoising {step + 1}/{self.steps}")
        return self._draft.render(request)

    def _check(self, request: RenderRequest) -> None:
        if request.cancel is not None and request.cancel.is_set():
            self.stopped.set()
            raise EngineCancelledError("the request was cancelled")


class FaultyEngine:
    """Fails as the prompt says: "unavailable" (an engine error), "crash" (RuntimeError), "out of memory"
    (MemoryError), "stall" (blocks, ignoring its cancel event, until `release` is set); else draws normally."""

    name = "faulty"
    traits = EngineTraits()
    loaded = True
    loading = False

    def __init__(self) -> None:
        self.release = threading.Event()
        self.hung = threading.Event()
        self._draft = DraftEngine()

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        prompt = request.plan.prompt
        if "unavailable" in prompt:
            raise EngineUnavailableError("the device was lost")
        if "crash" in prompt:
            raise RuntimeError("CUDA error: an illegal memory access was encountered")
        if "out of memory" in prompt:
            raise MemoryError
        if "stall" in prompt:
            self.hung.set()
            self.release.wait(30)
        return self._draft.render(request, progress)


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """A real uvicorn server for `app` on a free port; yields its base URL, stops it afterwards."""
    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-under-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


def post_then_hang_up(base_url: str, path: str, payload: dict[str, object], engine: SteppingEngine,
                      auth: str = "x-goog-api-key: any") -> None:
    """POST `payload` over a raw socket, wait until the engine starts rendering it, then close the socket without
    reading the answer: a client that leaves while its request is being served."""
    body = json.dumps(payload).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: test\r\n{auth}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    port = int(base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(head + body)
        assert engine.started.wait(10)


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `condition()` until it is true or `timeout` passes; the last value."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return bool(condition())
        time.sleep(0.02)
    return True
