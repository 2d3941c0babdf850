"""Routes on Google's `models` resource: list, get, :generateContent, :streamGenerateContent, :countTokens; the same
under Vertex AI's `publishers/google/models` paths, with Vertex's model resource and answers."""

from __future__ import annotations

import anyio.to_thread
from fastapi import Depends, Query
from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.body import parse_body
from openbanana.api.disconnects import GenerationStreamResponse, unless_disconnected
from openbanana.api.openapi import documented
from openbanana.api.responses import JSON_MEDIA_TYPE, SSE_MEDIA_TYPE, json_response
from openbanana.api.state import AppState, app_state, require_api_key
from openbanana.api.streaming import json_array_stream, sse_stream
from openbanana.api.versions import ApiVersion, VersionedRouter, is_vertex
from openbanana.api.vertex import as_vertex, as_vertex_stream
from openbanana.errors import NotFoundError
from openbanana.protocol.generate import CountTokensRequest, GenerateContentRequest
from openbanana.protocol.responses import CountTokensResponse, GenerateContentResponse, ListModelsResponse, Model
from openbanana.service.generation import Admitted
from openbanana.service.generation.counting import count_tokens

router = VersionedRouter(vertex=True, tags=["models"], dependencies=[Depends(require_api_key)])


@router.get("/models")
@documented(answer=ListModelsResponse)
async def list_models(
    request: Request,
    page_size: int | None = Query(default=None, alias="pageSize"),
    page_token: str | None = Query(default=None, alias="pageToken"),
) -> Response:
    state = app_state(request)
    names, next_token = state.catalog.page(page_size, page_token)
    following = {"nextPageToken": next_token} if next_token else {}
    if is_vertex(request):
        return json_response({"publisherModels": [state.catalog.describe_publisher_model(n) for n in names],
                              **following})
    return json_response({"models": [state.catalog.describe(n) for n in names], **following})


@router.get("/models/{model}")
@documented(answer=Model)
async def get_model(model: str, request: Request, version: ApiVersion) -> Response:
    state, name = _target(request, model, version, "get")
    if is_vertex(request):
        return json_response(state.catalog.describe_publisher_model(name))
    return json_response(state.catalog.describe(name))


@router.post("/models/{model}:generateContent")
@documented(body=GenerateContentRequest, answer=GenerateContentResponse, example={
    "contents": [{"parts": [{"text": "a red bicycle"}]}],
    "generationConfig": {"imageConfig": {"imageSize": "1K", "aspectRatio": "1:1"}}})
async def generate_content(model: str, request: Request, version: ApiVersion) -> Response:
    state, name = _target(request, model, version, "generateContent")
    body = await parse_body(request, GenerateContentRequest, state.settings.server.max_request_bytes,
                            state.memory)
    created = state.clock()
    run = await _prepare(state, request, name, body)
    answer = state.answered(request, name, state.generation.generate(run))
    response = await unless_disconnected(request, answer, lambda: state.generation.disconnect(run))
    return json_response(as_vertex(response, created) if is_vertex(request) else response)


@router.post("/models/{model}:streamGenerateContent")
@documented(body=GenerateContentRequest, example={
    "contents": [{"parts": [{"text": "a lighthouse at dusk"}]}],
    "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]}})
async def stream_generate_content(model: str, request: Request, version: ApiVersion,
                                  alt: str | None = None) -> Response:
    state, name = _target(request, model, version, "streamGenerateContent")
    body = await parse_body(request, GenerateContentRequest, state.settings.server.max_request_bytes,
                            state.memory)
    run = await _prepare(state, request, name, body)  # before the first byte: errors stay plain HTTP errors
    events = state.metered(request, name, state.generation.stream(run))
    if is_vertex(request):
        events = as_vertex_stream(events, state.clock)
    interval = state.settings.server.stream_keepalive_seconds

    def closed(completed: bool) -> None:
        if not completed:  # the client left mid-stream (or before it began): stop the engine, free the place
            state.generation.disconnect(run)

    if alt == "sse":
        return GenerationStreamResponse(sse_stream(events, interval), on_close=closed, media_type=SSE_MEDIA_TYPE,
                                        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    return GenerationStreamResponse(json_array_stream(events, interval), on_close=closed, media_type=JSON_MEDIA_TYPE)


@router.post("/models/{model}:countTokens")
@documented(body=CountTokensRequest, answer=CountTokensResponse,
            example={"contents": [{"parts": [{"text": "a cat"}]}]})
async def count(model: str, request: Request, version: ApiVersion) -> Response:
    state, _ = _target(request, model, version, "countTokens")
    body = await parse_body(request, CountTokensRequest, state.settings.server.max_request_bytes,
                            state.memory)
    return json_response(count_tokens(body))


@router.post("/models/{model}:{action}")  # last: every other `models/{model}:method` route matches first
async def unknown_action(model: str, action: str, request: Request, version: ApiVersion) -> Response:
    if action == "predict":  # Imagen's method: the SDKs send it for generate_images, on Vertex only
        raise NotFoundError(
            f"models/{model.removeprefix('models/')} is not supported for predict: Imagen's :predict is not served "
            "here. Use generateContent (client.models.generate_content) with a Gemini image model."
        )
    _target(request, model, version, action)
    raise NotFoundError(
        f"models/{model.removeprefix('models/')} is not supported for {action}. "
        "Supported methods: generateContent, streamGenerateContent, countTokens, batchGenerateContent."
    )


def _target(request: Request, model: str, version: str, method: str) -> tuple[AppState, str]:
    state = app_state(request)
    return state, state.catalog.resolve(model, api_version=version, method=method)


async def _prepare(state: AppState, request: Request, model: str, body: GenerateContentRequest) -> Admitted:
    """Validate and take a place in the scheduler's queue before the first byte (429/503 with RetryInfo when there
    is none); fileData anywhere in the history must name the caller's own files."""
    await state.admit(request)  # per-key limits: 429 before anything is decoded or generated
    owner = state.owner(request)
    if any(part.file_data is not None for content in body.contents for part in content.parts):
        await anyio.to_thread.run_sync(state.files.check_access, owner, body.contents)
    return await state.generation.prepare(model, body, state.files.resolver_for(owner))
