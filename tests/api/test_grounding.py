"""googleSearch in-process: groundingMetadata from a (fake) SearXNG, and a request that never fails without one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.conftest import API_KEY
from tests.http_fakes import FakeServer, chat_responder, fake_http, searxng_responder

URL = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
STREAM_URL = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse"
BODY: dict[str, Any] = {
    "contents": [{"role": "user", "parts": [{"text": "a poster about banana bread"}]}],
    "tools": [{"googleSearch": {}}],
    "generationConfig": {"thinkingConfig": {"includeThoughts": True}, "imageConfig": {"imageSize": "1K"}},
}


def make_client(tmp_path: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path / "data", safety_nsfw="off", **settings)),
                      headers={"x-goog-api-key": API_KEY})


def thoughts(answer: dict[str, Any]) -> str:
    return "\n".join(p["text"] for p in answer["candidates"][0]["content"]["parts"] if p.get("thought") and "text" in p)


@pytest.fixture
def searxng() -> Iterator[FakeServer]:
    with fake_http(searxng_responder()) as fake:
        yield fake


def test_google_search_carries_grounding_metadata(tmp_path: Path, searxng: FakeServer) -> None:
    with make_client(tmp_path, search_provider="searxng", searxng_url=searxng.url) as client:
        response = client.post(URL, json=BODY)
    assert response.status_code == 200, response.text
    candidate = response.json()["candidates"][0]
    metadata = candidate["groundingMetadata"]
    assert metadata["webSearchQueries"] == ["a poster about banana bread"]
    assert metadata["groundingChunks"][0] == {"web": {"uri": "https://example.org/banana-bread",
                                                      "title": "Classic <b>Banana</b> Bread & Co"}}
    assert len(metadata["groundingChunks"]) == 3
    assert "&lt;b&gt;Banana&lt;/b&gt;" in metadata["searchEntryPoint"]["renderedContent"]
    answer = next(p["text"] for p in candidate["content"]["parts"] if "text" in p and not p.get("thought"))
    assert metadata["groundingSupports"][0]["segment"]["text"] == answer
    assert "I looked this up first: 4 web results" in thoughts(response.json())
    assert searxng.requests[0]["query"]["q"] == ["a poster about banana bread"]


def test_streaming_puts_grounding_metadata_on_the_last_event(tmp_path: Path, searxng: FakeServer) -> None:
    with make_client(tmp_path, search_provider="searxng", searxng_url=searxng.url) as client:
        response = client.post(STREAM_URL, json=BODY)
    assert response.status_code == 200
    events = [json.loads(line[len("data: "):]) for line in response.text.splitlines() if line.startswith("data: ")]
    assert "groundingMetadata" in events[-1]["candidates"][0]
    assert all("groundingMetadata" not in c for e in events[:-1] for c in e.get("candidates", []))


NO_PROVIDER = "Grounding with Google Search was requested but no search provider is configured on this server."


def test_without_a_provider_minimal_metadata_and_the_thoughts_say_so(tmp_path: Path) -> None:
    with make_client(tmp_path) as client:
        response = client.post(URL, json=BODY)
        streamed = client.post(STREAM_URL, json=BODY)
    assert response.status_code == 200, response.text
    metadata = response.json()["candidates"][0]["groundingMetadata"]
    assert metadata["webSearchQueries"] == ["a poster about banana bread"]
    assert metadata["groundingChunks"] == [] and "groundingSupports" not in metadata
    assert NO_PROVIDER in metadata["searchEntryPoint"]["renderedContent"]
    assert NO_PROVIDER in thoughts(response.json())
    events = [json.loads(line[len("data: "):]) for line in streamed.text.splitlines() if line.startswith("data: ")]
    assert events[-1]["candidates"][0]["groundingMetadata"] == metadata


def test_no_tool_no_search(tmp_path: Path, searxng: FakeServer) -> None:
    with make_client(tmp_path, search_provider="searxng", searxng_url=searxng.url) as client:
        response = client.post(URL, json={**BODY, "tools": []})
    assert response.status_code == 200
    assert "groundingMetadata" not in response.json()["candidates"][0]
    assert searxng.requests == []


@pytest.mark.parametrize("down", ["unreachable", "500"])
def test_provider_down_the_request_still_succeeds(tmp_path: Path, down: str) -> None:
    with fake_http(searxng_responder(status=500)) as fake:
        url = fake.url
        if down == "500":
            with make_client(tmp_path, search_provider="searxng", searxng_url=url) as client:
                response = client.post(URL, json=BODY)
    if down == "unreachable":
        with make_client(tmp_path, search_provider="searxng", searxng_url=url, search_timeout=1) as client:
            response = client.post(URL, json=BODY)
    assert response.status_code == 200, response.text
    metadata = response.json()["candidates"][0]["groundingMetadata"]
    assert metadata["groundingChunks"] == []
    assert "the search provider failed" in metadata["searchEntryPoint"]["renderedContent"]
    assert "the search provider failed" in thoughts(response.json())


def test_llm_planner_sees_search_results_and_its_fallback_is_said(tmp_path: Path, searxng: FakeServer) -> None:
    with fake_http(chat_responder("{not json")) as llm, make_client(
            tmp_path, search_provider="searxng", searxng_url=searxng.url,
            planner="llm", planner_llm_url=llm.url, planner_llm_model="m") as client:
        response = client.post(URL, json=BODY)
    assert response.status_code == 200, response.text
    assert "Moist banana bread" in llm.requests[0]["body"]["messages"][1]["content"]
    assert "The language-model planner was unavailable (its answer was not valid JSON); planned with rules." \
        in thoughts(response.json())
    assert "groundingMetadata" in response.json()["candidates"][0]


def test_llm_planner_needs_url_and_model(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="planner_llm_url"):
        create_app(Settings(data_dir=tmp_path / "data", planner="llm"))
