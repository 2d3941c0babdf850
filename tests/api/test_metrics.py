"""GET /metrics: Prometheus text exposition, requests counted by route template, errors by Google status."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.conftest import API_KEY


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def scrape(client: TestClient) -> dict[str, list[tuple[dict[str, str], float]]]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    found: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(response.text):
        for item in family.samples:
            found.setdefault(item.name, []).append((item.labels, item.value))
    return found


def test_requests_are_counted_by_route_template_never_by_raw_path(client: TestClient) -> None:
    route = "/v1beta/batches/{batch_id}"
    before = sample("openbanana_requests_total", route=route, method="GET", status="404")
    seconds_before = sample("openbanana_request_seconds_count", route=route)
    errors_before = sample("openbanana_errors_total", status="NOT_FOUND")

    assert client.get("/v1beta/batches/zz9pluralzalpha").status_code == 404

    assert sample("openbanana_requests_total", route=route, method="GET", status="404") == before + 1
    assert sample("openbanana_request_seconds_count", route=route) == seconds_before + 1
    assert sample("openbanana_errors_total", status="NOT_FOUND") == errors_before + 1
    metrics = scrape(client)
    assert "zz9pluralzalpha" not in str(metrics), "ids never become label values"
    assert any(labels.get("route") == route for labels, _ in metrics["openbanana_requests_total"])


def test_unrouted_paths_share_one_label_and_errors_count_by_status(client: TestClient) -> None:
    unmatched = sample("openbanana_requests_total", route="unmatched", method="GET", status="404")
    invalid = sample("openbanana_errors_total", status="INVALID_ARGUMENT")
    assert client.get("/no/such/path/12345").status_code == 404
    body = {"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"imageConfig": {"aspectRatio": "7:3"}}}
    assert client.post("/v1beta/models/gemini-3-pro-image-preview:generateContent", json=body).status_code == 400
    assert sample("openbanana_requests_total", route="unmatched", method="GET", status="404") == unmatched + 1
    assert sample("openbanana_errors_total", status="INVALID_ARGUMENT") == invalid + 1
    assert sample("openbanana_requests_total", route="/v1beta/models/{model}:generateContent", method="POST",
                  status="400") >= 1


def test_streams_are_counted_at_their_head_and_arrive_whole(client: TestClient) -> None:
    route = "/v1beta/models/{model}:streamGenerateContent"
    before = sample("openbanana_requests_total", route=route, method="POST", status="200")
    body = {"contents": [{"parts": [{"text": "a yellow kite"}]}]}
    with client.stream("POST", "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse",
                       json=body) as response:
        events = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert response.status_code == 200 and len(events) >= 2, "the middleware passes every event through"
    assert sample("openbanana_requests_total", route=route, method="POST", status="200") == before + 1


def test_process_metrics_and_every_series_are_exposed(client: TestClient) -> None:
    names = set(scrape(client))
    assert {"process_cpu_seconds_total", "process_resident_memory_bytes"} <= names
    assert "openbanana_requests_total" in names and "openbanana_request_seconds_bucket" in names


@pytest.fixture
def keyed_client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "data", api_keys="scrape-key", metrics_require_key=True)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_metrics_can_require_a_key(keyed_client: TestClient) -> None:
    assert keyed_client.get("/metrics").json()["error"]["status"] == "PERMISSION_DENIED"
    assert keyed_client.get("/metrics", headers={"x-goog-api-key": "scrape-key"}).status_code == 200


def test_metrics_can_be_turned_off(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path / "data", metrics_enabled=False)),
                    headers={"x-goog-api-key": API_KEY}) as off:
        answer = off.get("/metrics")
    assert answer.status_code == 404 and answer.json()["error"]["status"] == "NOT_FOUND"
