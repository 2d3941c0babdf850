"""A batch survives `kill -9`: SIGKILL the server mid-batch, restart it on the same data dir, and every request's
result is there exactly once (finished ones kept, the interrupted one retried after its lease expired)."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from google import genai
from google.genai import types

from tests.conftest import LiveServer, start_server, stop_server
from tests.sdk.test_python_sdk import MODEL, final_image

pytestmark = pytest.mark.sdk

REQUESTS = 24
HEADERS = {"x-goog-api-key": "crash-key"}


def operation(server: LiveServer, name: str) -> dict[str, Any]:
    response = httpx.get(f"{server.base_url}/v1beta/{name}", headers=HEADERS, timeout=10)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def wait_for(server: LiveServer, name: str, ready: Any, timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = operation(server, name)
        if ready(body["metadata"]):
            return body
        time.sleep(0.02)
    raise AssertionError(f"{name} never got there: {operation(server, name)['metadata']}")


def succeeded(metadata: dict[str, Any]) -> int:
    return int(metadata["batchStats"]["successfulRequestCount"])


def test_sigkill_mid_batch_loses_nothing_and_duplicates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBANANA_BATCH_WORKERS", "1")  # one at a time: the kill lands well before the end
    monkeypatch.setenv("OPENBANANA_BATCH_LEASE_SECONDS", "1")  # the dead process's lease expires quickly
    data_dir = tmp_path / "data"
    server = start_server(data_dir)
    try:
        sdk = genai.Client(api_key=HEADERS["x-goog-api-key"],
                           http_options=types.HttpOptions(base_url=server.base_url))
        job = sdk.batches.create(model=MODEL, src=[
            {"contents": f"a lighthouse at dusk, number {i}", "metadata": {"key": f"req-{i}"},
             "config": {"response_modalities": ["IMAGE"]}} for i in range(REQUESTS)
        ])
        name = job.name or ""
        before = wait_for(server, name, lambda m: succeeded(m) >= 2, timeout=60)["metadata"]
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)
        assert succeeded(before) < REQUESTS, "the kill must land mid-batch"
        assert before["state"] == "BATCH_STATE_RUNNING" and int(before["batchStats"]["pendingRequestCount"]) > 0
    finally:
        if server.process.poll() is None:
            os.kill(server.process.pid, signal.SIGKILL)

    server = start_server(data_dir)
    try:
        after_restart = operation(server, name)["metadata"]
        assert succeeded(after_restart) >= succeeded(before), "finished results were kept"
        done = wait_for(server, name, lambda m: m["state"] == "BATCH_STATE_SUCCEEDED", timeout=120)
        assert done["metadata"]["batchStats"] == {
            "requestCount": str(REQUESTS), "pendingRequestCount": "0",
            "successfulRequestCount": str(REQUESTS), "failedRequestCount": "0"}
        sdk = genai.Client(api_key=HEADERS["x-goog-api-key"],
                           http_options=types.HttpOptions(base_url=server.base_url))
        finished = sdk.batches.get(name=name)
        assert finished.state == types.JobState.JOB_STATE_SUCCEEDED
        assert finished.dest is not None and finished.dest.inlined_responses is not None
        responses = finished.dest.inlined_responses
        keys = [(r.metadata or {}).get("key") for r in responses]
        assert sorted(keys) == sorted(f"req-{i}" for i in range(REQUESTS)), "every key exactly once"
        response_ids = set()
        for entry in responses:
            assert entry.error is None and entry.response is not None
            assert final_image(entry.response).size == (1024, 1024)
            response_ids.add(entry.response.response_id)
        assert len(response_ids) == REQUESTS
    finally:
        stop_server(server)

    with sqlite3.connect(data_dir / "openbanana.db") as db:
        rows = db.execute("SELECT COUNT(*), SUM(result IS NOT NULL), SUM(attempts) FROM queue_items").fetchone()
    assert rows[0] == rows[1] == REQUESTS
    assert rows[2] >= REQUESTS
