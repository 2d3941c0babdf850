"""The SearXNG adapter against a real local fake of its JSON API, and Google's groundingMetadata shape."""

from __future__ import annotations

import pytest

from openbanana.planner.grounding import (
    SearchError,
    SearchResult,
    SearxngProvider,
    grounding_metadata,
    rendered_content,
)
from tests.http_fakes import fake_http, searxng_responder


def test_searxng_adapter_parses_the_json_api() -> None:
    with fake_http(searxng_responder()) as fake:
        results = SearxngProvider(fake.url + "/").search("banana bread")
    assert fake.requests[0]["path"] == "/search"
    assert fake.requests[0]["query"] == {"q": ["banana bread"], "format": ["json"]}
    assert results[0] == SearchResult("Classic <b>Banana</b> Bread & Co", "https://example.org/banana-bread",
                                      "Moist banana bread with ripe bananas.")
    assert "javascript:alert(1)" not in [r.url for r in results]  # only http(s) results
    assert len(results) == 4


def test_searxng_limit() -> None:
    with fake_http(searxng_responder()) as fake:
        assert len(SearxngProvider(fake.url).search("q", limit=2)) == 2


@pytest.mark.parametrize(("answer", "status"), [({"results": "nope"}, 200), ({}, 200), (None, 500)])
def test_searxng_failures_raise_search_error(answer: dict[str, object] | None, status: int) -> None:
    with fake_http(searxng_responder(answer, status=status)) as fake, pytest.raises(SearchError):
        SearxngProvider(fake.url).search("q")


def test_searxng_unreachable_raises_search_error() -> None:
    with fake_http(searxng_responder()) as fake:
        url = fake.url
    with pytest.raises(SearchError, match="unreachable"):
        SearxngProvider(url, timeout=1).search("q")


def test_grounding_metadata_has_googles_shape() -> None:
    results = [SearchResult(f"Title {i}", f"https://example.org/{i}", "s") for i in range(5)]
    answer = "Here is your 1:1 image, showing a café."
    metadata = grounding_metadata("banana bread", results, answer)
    assert metadata["webSearchQueries"] == ["banana bread"]
    assert metadata["groundingChunks"] == [{"web": {"uri": f"https://example.org/{i}", "title": f"Title {i}"}}
                                           for i in range(3)]
    (support,) = metadata["groundingSupports"]
    assert support["segment"] == {"startIndex": 0, "endIndex": len(answer.encode()), "text": answer}
    assert support["groundingChunkIndices"] == [0, 1, 2]
    assert metadata["searchEntryPoint"]["renderedContent"].startswith("<style>")
    assert "groundingSupports" not in grounding_metadata("q", results, "")


def test_rendered_content_escapes_everything() -> None:
    html = rendered_content(['<img src=x onerror="alert(1)">'], [
        SearchResult('Recipe "quoted" <script>alert(1)</script>', 'https://example.com/"><script>x</script>')])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://example.com/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in html


def test_metadata_without_results_is_minimal_and_says_why() -> None:
    metadata = grounding_metadata("banana bread", [], "an answer", why_none="No <provider> here.")
    assert metadata["webSearchQueries"] == ["banana bread"] and metadata["groundingChunks"] == []
    assert "groundingSupports" not in metadata
    assert "No &lt;provider&gt; here." in metadata["searchEntryPoint"]["renderedContent"]
    assert grounding_metadata("", [])["webSearchQueries"] == []
