"""A request id on every response and every log line, and one access-log line per request (pure ASGI, so streams
pass through).

The id lives in a context variable for the duration of the request: log lines from the handler, from the stream's
producer task and from worker threads (`anyio.to_thread` copies the context) all carry it. Uvicorn's own access log
prints query strings, which carry `?key=` API keys and upload ids: it is turned off (`serve` passes
access_log=False) and this line, which never includes the query string, replaces it. A client that puts its key in
the path (a base URL with the key in it) does not get it logged either: the key it presents is cut from the path.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from contextvars import ContextVar
from urllib.parse import parse_qs

from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from openbanana.api.middleware import HttpMiddleware

access_log = logging.getLogger("openbanana.access")
REQUEST_ID: ContextVar[str | None] = ContextVar("openbanana_request_id", default=None)
MIN_KEY_CHARS = 6  # shorter "keys" (test placeholders) are not worth hiding and would mangle paths
SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")  # UUIDs, hex, trace ids; nothing a log could misread


def current_request_id() -> str | None:
    return REQUEST_ID.get()


def request_id_from(scope: Scope) -> str:
    """The caller's X-Request-Id when it is a sane token (so ids can be followed across proxies), else a new one."""
    incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1").strip()
    return incoming if SANE_ID.fullmatch(incoming) else secrets.token_hex(8)


class RequestIdMiddleware(HttpMiddleware):
    """Gives each request its id (the log context, `request.state`, the X-Request-Id header) and its access-log line."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = request_id_from(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500  # unless a response head goes out: an escaping exception becomes a 500 further out

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["x-request-id"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            path = logged_path(scope)
            access_log.info("%s %s %d %.1fms", scope["method"], path, status, duration_ms, extra={
                "method": scope["method"], "path": path, "status": status, "duration_ms": duration_ms})
            REQUEST_ID.reset(token)


def logged_path(scope: Scope) -> str:
    """The path, with the key the caller presents (header, bearer token or `?key=`) cut out wherever it appears."""
    path: str = scope["path"]
    for key in presented_keys(scope):
        path = path.replace(key, "[redacted]")
    return path


def presented_keys(scope: Scope) -> list[str]:
    headers = dict(scope["headers"])
    keys = [headers.get(b"x-goog-api-key", b"").decode("latin-1"),
            headers.get(b"authorization", b"").decode("latin-1").removeprefix("Bearer ").strip()]
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    keys += query.get("key", [])
    return [key for key in keys if len(key) >= MIN_KEY_CHARS]
