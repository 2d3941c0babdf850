"""Grounding: a search provider answers a query with web results, and `grounding_metadata` says so in Google's shape.

`SearxngProvider` speaks SearXNG's JSON API (GET {base}/search?q=…&format=json; the instance must list `json`
under `search.formats`). A provider raises SearchError on any failure; the caller decides what that means.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

MAX_CHUNKS = 3  # Google sends the top results as groundingChunks


class SearchError(Exception):
    """The provider could not answer (unreachable, timed out, not JSON, wrong shape)."""


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    snippet: str = ""


class SearchProvider(Protocol):
    name: str

    def search(self, query: str, limit: int = 5) -> list[SearchResult]: ...


class SearxngProvider:
    name = "searxng"

    def __init__(self, base_url: str, *, timeout: float = 5.0, transport: httpx.BaseTransport | None = None) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._transport = transport

    def search(self, query: str, limit: int = 5) -> list[SearchResult]:
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport) as client:
                response = client.get(f"{self._base_url}/search", params={"q": query, "format": "json"},
                                      headers={"Accept": "application/json"})
                response.raise_for_status()
                body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise SearchError(_describe(exc)) from exc
        return parse_searxng(body, limit)


def parse_searxng(body: Any, limit: int = 5) -> list[SearchResult]:
    """SearXNG's `{"query": …, "results": [{"url", "title", "content", …}, …]}` → results with http(s) URLs."""
    if not isinstance(body, dict) or not isinstance(body.get("results"), list):
        raise SearchError("the answer has no results list")
    found: list[SearchResult] = []
    seen: set[str] = set()
    for item in body["results"]:
        if not isinstance(item, dict):
            continue
        url, title, content = item.get("url"), item.get("title"), item.get("content")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")) or url in seen:
            continue
        seen.add(url)
        found.append(SearchResult(title=title.strip() if isinstance(title, str) and title.strip() else url,
                                  url=url, snippet=content.strip() if isinstance(content, str) else ""))
        if len(found) >= limit:
            break
    return found


def search_query(prompt: str) -> str:
    """What to search for: the prompt on one line, capped at a query's usual length."""
    return " ".join(prompt.split())[:200]


def grounding_metadata(query: str, results: list[SearchResult], answer_text: str = "", *,
                       why_none: str = "") -> dict[str, Any]:
    """Google's groundingMetadata: webSearchQueries, groundingChunks, groundingSupports, searchEntryPoint. Without
    results it is still sent, minimal and valid, its searchEntryPoint saying `why_none`: code written against Google
    reads `grounding_metadata.search_entry_point.rendered_content` unconditionally."""
    chunks = [{"web": {"uri": r.url, "title": r.title}} for r in results[:MAX_CHUNKS]]
    queries = [query] if query else []
    metadata: dict[str, Any] = {
        "webSearchQueries": queries,
        "searchEntryPoint": {"renderedContent": rendered_content(queries, results[:MAX_CHUNKS], why_none)},
        "groundingChunks": chunks,
    }
    if answer_text and chunks:
        metadata["groundingSupports"] = [{
            # Google's offsets count UTF-8 bytes of the candidate's text
            "segment": {"startIndex": 0, "endIndex": len(answer_text.encode("utf-8")), "text": answer_text},
            "groundingChunkIndices": list(range(len(chunks))),
        }]
    return metadata


def rendered_content(queries: list[str], results: list[SearchResult], why_none: str = "") -> str:
    """A small self-contained HTML chip list (the search suggestions a client must show), or, without results, the
    sentence saying why there are none; everything escaped."""
    chips = "".join(
        f'<a class="chip" href="{html.escape(r.url, quote=True)}" target="_blank" rel="noopener noreferrer">'
        f"{html.escape(r.title)}</a>" for r in results
    ) or f'<span class="note">{html.escape(why_none or "No web results.")}</span>'
    label = html.escape(", ".join(queries))
    return (
        "<style>.container{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-family:sans-serif}"
        ".chip{display:inline-block;padding:4px 12px;border:1px solid #dadce0;border-radius:16px;"
        "color:#1a73e8;text-decoration:none;font-size:14px}.label,.note{color:#5f6368;font-size:12px}</style>"
        f'<div class="container"><span class="label">{label}</span>{chips}</div>'
    )


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, httpx.HTTPError):
        return f"unreachable: {type(exc).__name__}"
    return "the answer was not JSON"
