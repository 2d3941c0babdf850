"""`GET /metrics` (Prometheus text exposition) and the middleware that counts every HTTP answer by route template.

The series themselves live in openbanana.telemetry. Labels use the route's template
(`/v1beta/models/{model}:generateContent`), never the raw path: ids in paths would make the series unbounded.
"""

from __future__ import annotations

import time

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from openbanana.api.middleware import HttpMiddleware
from openbanana.telemetry import REQUEST_SECONDS, REQUESTS

UNMATCHED = "unmatched"  # no route matched (404s for arbitrary paths share one label)


# Scrapers rarely send API keys and nothing here is secret, so /metrics is open unless the app includes this router
# with the key check (metrics_require_key).
router = APIRouter(include_in_schema=False)


@router.get("/metrics")
async def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def route_template(scope: Scope) -> str:
    """The matched route's path template (set by the router on the shared scope), or UNMATCHED."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and path else UNMATCHED


class MetricsMiddleware(HttpMiddleware):
    """Pure ASGI: observes the response head and lets the body (streams included) pass through untouched."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        answered = False

        async def observe(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.start" and not answered:
                answered = True
                _record(scope, message["status"], started)
            await send(message)

        try:
            await self.app(scope, receive, observe)
        except Exception:
            if not answered:  # the outermost error middleware answers 500 for it
                _record(scope, 500, started)
            raise


def _record(scope: Scope, status: int, started: float) -> None:
    route = route_template(scope)
    REQUESTS.labels(route, scope["method"], str(status)).inc()
    REQUEST_SECONDS.labels(route).observe(time.perf_counter() - started)
