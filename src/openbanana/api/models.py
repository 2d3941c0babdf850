"""Routes on Google's `models` resource: list, get, :generateContent, :streamGenerateContent, :countTokens."""

from __future__ import annotations

import anyio.to_thread
import orjson
from fastapi import APIRouter, Depends, Query
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from openbanana.api.body import parse_body
from openbanana.api.state import AppState, app_state, require_api_key
from openbanana.api.streaming import JSON_MEDIA_TYPE, SSE_MEDIA_TYPE, json_array_stream, sse_stream
from openbanana.errors import NotFoundError
from openbanana.protocol.generate import CountTokensRequest, GenerateContentRequest
from openbanana.service.counting import count_tokens
from openbanana.service.generation import GenerationJob

JSON_UTF8 = "application/json; charset=UTF-8"


def json_response(payload: object) -> Response:
    return Response(orjson.dumps(payload), media_type=JSON_UTF8)


def build_router(version: str) -> APIRouter:
    router = APIRouter(prefix=f"/{version}", tags=["models"], dependencies=[Depends(require_api_key)])

    @router.get("/models")
    async def list_models(
        request: Request,
        page_size: int | None = Query(default=None, alias="pageSize"),
        page_token: str | None = Query(default=None, alias="pageToken"),
    ) -> Response:
        state = app_state(request)
        models, next_token = state.catalog.page(page_size, page_token)
        return json_response({"models": models, **({"nextPageToken": next_token} if next_token else {})})

    @router.get("/models/{model}")
    async def get_model(model: str, request: Request) -> Response:
        state = app_state(request)
        name = state.catalog.resolve(model, api_version=version, method="get")
        return json_response(state.catalog.describe(name))

    @router.post("/models/{model}:generateContent")
    async def generate_content(model: str, request: Request) -> Response:
        state, name = _target(request, model, version, "generateContent")
        body = await parse_body(request, GenerateContentRequest, state.settings.max_request_bytes)
        job = await _prepare(state, request, name, body)
        return json_response(await state.generation.generate(job))

    @router.post("/models/{model}:streamGenerateContent")
    async def stream_generate_content(model: str, request: Request, alt: str | None = None) -> Response:
        state, name = _target(request, model, version, "streamGenerateContent")
        body = await parse_body(request, GenerateContentRequest, state.settings.max_request_bytes)
        job = await _prepare(state, request, name, body)  # before the first byte: errors stay plain HTTP errors
        events = state.generation.stream(job)
        interval = state.settings.stream_keepalive_seconds
        if alt == "sse":
            return StreamingResponse(sse_stream(events, interval), media_type=SSE_MEDIA_TYPE,
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        return StreamingResponse(json_array_stream(events, interval), media_type=JSON_MEDIA_TYPE)

    @router.post("/models/{model}:countTokens")
    async def count(model: str, request: Request) -> Response:
        state, _ = _target(request, model, version, "countTokens")
        body = await parse_body(request, CountTokensRequest, state.settings.max_request_bytes)
        return json_response(count_tokens(body))

    @router.post("/models/{model}:{action}")
    async def unknown_action(model: str, action: str, request: Request) -> Response:
        state = app_state(request)
        state.catalog.resolve(model, api_version=version, method=action)
        raise NotFoundError(
            f"models/{model.removeprefix('models/')} is not supported for {action}. "
            "Supported methods: generateContent, streamGenerateContent, countTokens, batchGenerateContent."
        )

    return router


def _target(request: Request, model: str, version: str, method: str) -> tuple[AppState, str]:
    state = app_state(request)
    return state, state.catalog.resolve(model, api_version=version, method=method)


async def _prepare(state: AppState, request: Request, model: str, body: GenerateContentRequest) -> GenerationJob:
    """Validate before the first byte; fileData anywhere in the history must name the caller's own files."""
    owner = state.owner(request)
    if any(part.file_data is not None for content in body.contents for part in content.parts):
        await anyio.to_thread.run_sync(state.files.check_access, owner, body.contents)
    return await state.generation.prepare(model, body, state.files.resolver_for(owner))
