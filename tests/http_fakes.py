"""Real HTTP fakes on 127.0.0.1 (a free port, a thread): SearXNG's JSON API and an OpenAI-compatible chat endpoint."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

# (method, path, query, json body or None) -> (status, body bytes, delay seconds)
Responder = Callable[[str, str, dict[str, list[str]], Any], tuple[int, bytes, float]]


@dataclass
class FakeServer:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)


@contextmanager
def fake_http(respond: Responder) -> Iterator[FakeServer]:
    fake = FakeServer("")

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            parsed = urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            query = parse_qs(parsed.query)
            fake.requests.append({"method": method, "path": parsed.path, "query": query, "body": body,
                                  "headers": dict(self.headers)})
            status, payload, delay = respond(method, parsed.path, query, body)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


SEARXNG_ANSWER: dict[str, Any] = {  # the shape a real SearXNG instance answers with format=json
    "query": "banana bread",
    "number_of_results": 0,
    "results": [
        {"url": "https://example.org/banana-bread", "title": "Classic <b>Banana</b> Bread & Co",
         "content": "Moist banana bread with ripe bananas.", "engine": "duckduckgo", "engines": ["duckduckgo"],
         "positions": [1], "score": 1.0, "category": "general", "parsed_url": ["https", "example.org"]},
        {"url": "https://example.com/recipes/\"quoted\"", "title": "Recipe \"quoted\" <script>alert(1)</script>",
         "content": "Another one.", "engine": "bing", "engines": ["bing"], "score": 0.8, "category": "general"},
        {"url": "javascript:alert(1)", "title": "not a web page", "content": ""},
        {"url": "https://example.net/history", "title": "A history of banana bread", "content": "Since 1930."},
        {"url": "https://example.net/fourth", "title": "Fourth", "content": "More."},
    ],
    "answers": [], "corrections": [], "infoboxes": [], "suggestions": ["banana cake"], "unresponsive_engines": [],
}


def searxng_responder(answer: dict[str, Any] | None = None, status: int = 200) -> Responder:
    def respond(method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, bytes, float]:
        if path != "/search" or query.get("format") != ["json"]:
            return 404, b'{"error": "not found"}', 0.0
        return status, json.dumps(answer if answer is not None else SEARXNG_ANSWER).encode(), 0.0
    return respond


def chat_responder(content: str | None, *, status: int = 200, delay: float = 0.0) -> Responder:
    """An OpenAI-compatible /chat/completions whose first choice says `content`."""
    def respond(method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, bytes, float]:
        if method != "POST" or not path.endswith("/chat/completions"):
            return 404, b'{"error": "not found"}', 0.0
        if status != 200:
            return status, b'{"error": {"message": "boom"}}', delay
        return 200, json.dumps({
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        }).encode(), delay
    return respond
