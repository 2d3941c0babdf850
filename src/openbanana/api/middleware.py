"""The base of the server's own pure-ASGI middleware: each acts on HTTP requests only and passes lifespan and
websocket scopes through untouched, so that rule is written once and a new middleware cannot forget it."""

from __future__ import annotations

from abc import ABC, abstractmethod

from starlette.types import ASGIApp, Receive, Scope, Send


class HttpMiddleware(ABC):
    """Calls `handle` for an HTTP request and the wrapped app, unchanged, for any other scope."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    @abstractmethod
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """One HTTP request: pass it on to `self.app`, observing or answering around it."""
