"""Three handlers (ApiError, framework HTTP errors, bad parameters) and the outermost layer for anything else.

Anything else is a bug: `UnexpectedErrorMiddleware`, the outermost of our middleware, logs it and answers Google's
500 envelope as a complete response without re-raising, so the server keeps the connection (Starlette's own 500
handler re-raises, and the server then drops a pooled connection without saying `Connection: close`, which makes
the SDKs' next request on it fail). When the response had started already, the connection is closed, as it must.
Every error envelope sent as an HTTP answer goes through `error_response`, which counts it in openbanana_errors.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from openbanana.api.middleware import HttpMiddleware
from openbanana.api.responses import json_response
from openbanana.errors import ApiError, InvalidArgumentError, NotFoundError, UnimplementedError, internal_error
from openbanana.telemetry import ERRORS

log = logging.getLogger("openbanana.api")


def error_response(error: ApiError) -> Response:
    """The envelope plus the headers the error asks for (Retry-After on 429/503 refusals)."""
    ERRORS.labels(error.status).inc()
    return json_response(error.to_envelope(), status_code=error.http_status, headers=error.headers())


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(NotFoundError(f"Requested entity was not found: no route for {request.url.path}."))
    if exc.status_code == 405:
        return error_response(UnimplementedError(f"Method {request.method} is not supported on {request.url.path}."))
    return error_response(InvalidArgumentError(str(exc.detail)))


async def _validation_error(request: Request, exc: Exception) -> Response:
    """Query and path parameters (bodies are parsed by api.body): name the parameter, never echo internals."""
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    name = str(first.get("loc", ("", "request"))[-1])
    reason = str(first.get("msg", "is invalid"))
    return error_response(InvalidArgumentError(f"Invalid value for parameter '{name}': {reason}.", field=name))


class UnexpectedErrorMiddleware(HttpMiddleware):
    """Any exception nothing else handled: logged with its traceback, answered with the 500 envelope (and the
    request id), the connection kept; re-raised only when the response had started (the server then closes it)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if started:
                raise
            response = error_response(internal_error())
            request_id = scope.get("state", {}).get("request_id")
            if request_id:
                response.headers["x-request-id"] = request_id
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """The handlers; `build_app` adds UnexpectedErrorMiddleware last, as the outermost layer."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
