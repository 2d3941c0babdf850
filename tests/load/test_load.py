"""Load at CI scale: bench/load.py's client (mixed unary, SSE stream and countTokens, every answer checked) against a
real uvicorn. The server's queue is kept small so that 429 back-pressure really happens and must be retried."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from bench.load import run_load

from tests.conftest import API_KEY, LiveServer, start_server, stop_server

REQUESTS = 320
CLIENTS = 32
MIX = {"count": 0.82, "text": 0.06, "image": 0.07, "stream": 0.05}  # ~57 generations: fits CI's time on 2 cores


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("OPENBANANA_MAX_QUEUE", "4")  # 32 clients against 4 queue places: some must be told to wait
        env.setenv("OPENBANANA_MAX_PARALLEL_RENDERS", "2")
        live = start_server(tmp_path_factory.mktemp("load") / "data")
    yield live
    stop_server(live)


def test_concurrent_clients_lose_nothing(server: LiveServer) -> None:
    report = asyncio.run(run_load(server.base_url, REQUESTS, CLIENTS, mix=MIX, seed=3, api_key=API_KEY))
    summary = report.summary(REQUESTS)
    assert report.errors == [], summary
    assert summary["lost"] == 0 and summary["completed"] == REQUESTS, summary
    assert set(summary["by_kind"]) == set(MIX), summary
    assert not any(status.startswith("5") for status in summary["answers"]), summary
    assert report.retries > 0 and summary["answers"]["429"] == report.retries, summary  # back-pressure was honoured
    assert summary["p50_ms"] > 0 and summary["throughput_rps"] > 0
