"""What every OpenAI route shares: its two prefixes, Bearer keys, and errors in OpenAI's envelope.

`/v1/models` is Google's models.list too. An OpenAI client is told apart by what it sends: `Authorization: Bearer`
with neither `x-goog-api-key` nor `?key=` (the `openai` SDKs send exactly that; Google's SDKs send
`x-goog-api-key`). Such a request gets OpenAI's answer; every other one Google's. Under `/v1beta/openai` every
request is OpenAI's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match
from starlette.types import Scope

from openbanana.api.auth import presented_key
from openbanana.api.responses import json_response
from openbanana.api.state import AppState, app_state
from openbanana.errors import ApiError, InvalidArgumentError, NotFoundError, UnauthenticatedError, internal_error
from openbanana.telemetry import ERRORS

log = logging.getLogger("openbanana.api")
PREFIXES = ("/v1", "/v1beta/openai")
SHARED_WITH_GOOGLE = ("/v1/models", "/v1/models/{model}")  # answered here only for OpenAI clients' requests
_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 403: "permission_error",
          404: "invalid_request_error", 429: "rate_limit_error"}
_CODES = {401: "invalid_api_key", 429: "rate_limit_exceeded"}


def openai_envelope(error: ApiError) -> dict[str, Any]:
    """OpenAI's `{"error": {"message", "type", "param", "code"}}` for one of our errors."""
    code = getattr(error, "openai_code", None) or _CODES.get(error.http_status)
    kind = getattr(error, "openai_type", None) or _TYPES.get(error.http_status, "server_error")
    return {"error": {"message": error.message, "type": kind, "param": error.field, "code": code}}


def openai_error_response(error: ApiError) -> Response:
    ERRORS.labels(error.status).inc()
    return json_response(openai_envelope(error), status_code=error.http_status, headers=error.headers())


def is_openai_client(scope: Scope) -> bool:
    headers = Headers(scope=scope)
    bearer = headers.get("authorization", "").lower().startswith("bearer ")
    google = "x-goog-api-key" in headers or "key" in QueryParams(scope.get("query_string", b""))
    return bearer and not google


class OpenAIRoute(APIRoute):
    """Errors as OpenAI's envelope; on a path Google shares, only requests from OpenAI clients match."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child = super().matches(scope)
        if match is not Match.NONE and self.path_format in SHARED_WITH_GOOGLE and not is_openai_client(scope):
            return Match.NONE, {}
        return match, child

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def answer(request: Request) -> Response:
            try:
                return await handler(request)
            except ApiError as error:
                return openai_error_response(error)
            except RequestValidationError as error:
                first = error.errors()[0] if error.errors() else {}
                name = str(first.get("loc", ("", "request"))[-1])
                return openai_error_response(InvalidArgumentError(
                    f"Invalid value for '{name}': {first.get('msg', 'is invalid')}.", field=name))
            except Exception:
                log.exception("unhandled error on %s %s", request.method, request.url.path)
                return openai_error_response(internal_error())

        return answer


class OpenAIRouter(APIRouter):
    """Each route under both prefixes, `/v1` and `/v1beta/openai`. Left out of /openapi.json, which describes
    Google's API (and would otherwise hold two operations for `GET /v1/models`); OpenAI publishes its own."""

    def __init__(self) -> None:
        super().__init__(route_class=OpenAIRoute, tags=["openai"])

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        for prefix in PREFIXES:
            super().add_api_route(f"{prefix}{path}", endpoint, **{**options, "include_in_schema": False})


def authenticated(request: Request) -> AppState:
    """The caller's key from `Authorization: Bearer` (or Google's places for it), checked against the same key
    store as every route; OpenAI answers a missing or unknown key with 401."""
    state = app_state(request)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    key = token.strip() if scheme.lower() == "bearer" else presented_key(request)
    if not key:
        raise UnauthenticatedError("You didn't provide an API key. Send it as `Authorization: Bearer <key>`.")
    caller = state.keys.caller(key)
    if caller is None:
        raise UnauthenticatedError("Incorrect API key provided.")
    request.state.caller = caller  # what state.owner() and the quotas read
    return state



class ModelNotFoundError(NotFoundError):
    openai_code = "model_not_found"


def served_model(state: AppState, model: str | None) -> str:
    """The served name a request's `model` names (`models/` prefix allowed); none given: the canonical model."""
    name = (model or state.catalog.names[0]).removeprefix("models/")
    if name not in state.catalog.names:
        raise ModelNotFoundError(f"The model '{name}' does not exist or you do not have access to it. Served "
                                 f"models: {', '.join(state.catalog.names)}.", field="model")
    return name
