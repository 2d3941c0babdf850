"""googleSearch through the official Python SDK against a real `openbanana serve` whose search goes to a fake SearXNG.

The server is configured by environment variables only (OPENBANANA_SEARCH_PROVIDER, OPENBANANA_SEARXNG_URL), as an
operator would; the SDK must parse the groundingMetadata it answers with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from google import genai
from google.genai import types

from tests.conftest import LiveServer, start_server, stop_server
from tests.http_fakes import fake_http, searxng_responder
from tests.sdk.test_js_sdk import run_script

pytestmark = pytest.mark.sdk


@pytest.fixture(scope="module")
def grounded(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A second server, with a search provider; the shared plain one starts first, so that it has none."""
    with fake_http(searxng_responder()) as searxng, pytest.MonkeyPatch.context() as env:
        env.setenv("OPENBANANA_SEARCH_PROVIDER", "searxng")  # start_server passes os.environ to the child
        env.setenv("OPENBANANA_SEARXNG_URL", searxng.url)
        server = start_server(Path(tmp_path_factory.mktemp("grounded")) / "data")
        try:
            yield server
        finally:
            stop_server(server)


def test_python_sdk_parses_grounding_metadata(grounded: LiveServer) -> None:
    client = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=grounded.base_url))
    response = client.models.generate_content(
        model="gemini-3-pro-image-preview",
        contents="a poster about banana bread",
        config=types.GenerateContentConfig(tools=[types.Tool(google_search=types.GoogleSearch())],
                                           image_config=types.ImageConfig(image_size="1K")),
    )
    assert response.candidates
    metadata = response.candidates[0].grounding_metadata
    assert metadata is not None
    assert metadata.web_search_queries == ["a poster about banana bread"]
    assert metadata.grounding_chunks and metadata.grounding_chunks[0].web
    assert metadata.grounding_chunks[0].web.uri == "https://example.org/banana-bread"
    assert metadata.search_entry_point and metadata.search_entry_point.rendered_content
    assert metadata.grounding_supports and metadata.grounding_supports[0].grounding_chunk_indices == [0, 1, 2]
    assert any(p.inline_data for p in response.candidates[0].content.parts or [])  # type: ignore[union-attr]


def test_cookbook_reads_grounding_metadata_without_a_provider(live_server: LiveServer) -> None:
    """The cookbook's next line after a googleSearch request runs unchanged on a server with no search provider."""
    client = genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url))
    response = client.models.generate_content(
        model="gemini-3-pro-image-preview", contents="a poster about banana bread",
        config=types.GenerateContentConfig(tools=[types.Tool(google_search=types.GoogleSearch())]))
    assert response.candidates
    rendered = response.candidates[0].grounding_metadata.search_entry_point.rendered_content  # type: ignore[union-attr]
    assert rendered is not None and "no search provider is configured" in rendered
    assert response.candidates[0].grounding_metadata.web_search_queries == [  # type: ignore[union-attr]
        "a poster about banana bread"]
    assert any(p.inline_data for p in response.parts or [])


@pytest.mark.js
def test_cookbook_reads_grounding_metadata_without_a_provider_in_javascript(node: str, live_server: LiveServer,
                                                                           tmp_path: Path) -> None:
    result = json.loads(run_script(node, "grounding_check.mjs", live_server.base_url, tmp_path).stdout)
    assert "no search provider is configured" in result["renderedContent"]
    assert result["webSearchQueries"] == ["a poster about banana bread"] and result["images"] == 1
