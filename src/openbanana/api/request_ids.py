"""A request id on every response, and one access-log line per request (pure ASGI, so streams pass through).

Uvicorn's own access log prints query strings, which carry `?key=` API keys and upload ids: it is turned off
(`serve` passes access_log=False) and this line, which never includes the query string, replaces it.
"""

from __future__ import annotations

import logging
import secrets
import time

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("openbanana.access")


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        usable = incoming and incoming.isascii() and incoming.isprintable()
        request_id = incoming[:64] if usable else secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["x-request-id"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access_log.info("%s %s %s %d %.1fms", request_id, scope["method"], scope["path"], status,
                            (time.perf_counter() - started) * 1000)
