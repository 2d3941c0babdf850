"""OpenAI's Images API: `POST images/generations`, `POST images/edits` (multipart), and the content of the
short-lived links that `response_format: url` answers with (`GET /v1/images/files/{token}`, no key: the link is
its own credential)."""

from __future__ import annotations

import base64
import time
from collections.abc import AsyncIterator

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.body import parse_body, validate
from openbanana.api.disconnects import GenerationStreamResponse
from openbanana.api.downloads import download_response
from openbanana.api.openai.forms import read_form
from openbanana.api.openai.renders import Render, Renders, Streamed
from openbanana.api.openai.routing import OpenAIRouter, authenticated, openai_envelope, served_model
from openbanana.api.responses import SSE_MEDIA_TYPE, json_bytes, json_response
from openbanana.api.state import AppState, app_state
from openbanana.api.streaming import KEEPALIVE, with_keepalive
from openbanana.errors import ApiError, InvalidArgumentError, internal_error
from openbanana.protocol.openai import ImageData, ImageEditRequest, ImageRequest, ImagesResponse, ImageStreamEvent
from openbanana.service.openai.results import image_usage
from openbanana.service.openai.translate import FORMAT_FOR_MIME, ImageJob, image_job

router = OpenAIRouter()


@router.post("/images/generations")
async def generate_images(request: Request) -> Response:
    state = authenticated(request)
    body = await parse_body(request, ImageRequest, state.settings.server.max_request_bytes, state.memory)
    model = served_model(state, body.model)
    job = image_job(body, sizes=state.catalog.card(model).sizes)
    return await _answer(state, request, body, model, job, "image_generation")


@router.post("/images/edits")
async def edit_images(request: Request) -> Response:
    state = authenticated(request)
    form = await read_form(request, state.settings.server.max_request_bytes, state.memory)
    body = validate(ImageEditRequest, dict(form.fields))
    if not form.images:
        raise InvalidArgumentError("Missing required parameter: 'image' (one or more image files to edit).",
                                   field="image")
    model = served_model(state, body.model)
    job = image_job(body, tuple(form.images), form.mask, sizes=state.catalog.card(model).sizes)
    return await _answer(state, request, body, model, job, "image_edit")


@router.get("/images/files/{token}")
async def image_link(token: str, request: Request) -> Response:
    state = app_state(request)
    record, blob = await anyio.to_thread.run_sync(state.image_links.open, token)
    return download_response(record, blob, {"Cache-Control": "private, max-age=3600"})


async def _answer(state: AppState, request: Request, body: ImageRequest, model: str, job: ImageJob,
                  kind: str) -> Response:
    method = "openai.images." + ("edit" if kind == "image_edit" else "generate")
    renders = Renders(state, request, model, job, method)
    if job.stream:
        return await _stream(state, renders, body, kind)
    done = await renders.all()
    data = [await _image_data(state, request, job, render) for render in done]
    answer: ImagesResponse = {"created": renders.created, "data": data, "background": "opaque",
                              "output_format": FORMAT_FOR_MIME.get(done[0].image.mime_type, "png"),
                              "quality": _quality(body), "size": f"{done[0].width}x{done[0].height}",
                              "usage": image_usage(render.usage for render in done)}
    return json_response(answer)


async def _image_data(state: AppState, request: Request, job: ImageJob, render: Render) -> ImageData:
    if job.response_format != "url":
        return {"b64_json": render.image.b64}
    data = await anyio.to_thread.run_sync(_decoded, render.image.b64)
    published = await anyio.to_thread.run_sync(
        state.image_links.publish, state.owner(request), data, render.image.mime_type, str(request.base_url))
    return {"url": published.url}


def _decoded(b64: str) -> bytes:
    return base64.b64decode(b64)


async def _stream(state: AppState, renders: Renders, body: ImageRequest, kind: str) -> Response:
    runs = await renders.admit()  # before the first byte: errors stay plain HTTP errors
    if (refused := await renders.screened_out(runs[0])) is not None:
        raise refused
    interval = state.settings.server.stream_keepalive_seconds

    async def frames() -> AsyncIterator[bytes]:
        partial_index = 0
        try:
            async for item in with_keepalive(renders.stream(), interval):
                if item is None:
                    yield KEEPALIVE
                elif isinstance(item, ApiError):
                    yield _frame("error", openai_envelope(item))
                else:
                    event = _stream_event(item, body, kind, partial_index)
                    partial_index += item.usage is None
                    yield _frame(event["type"], event)
        except ApiError as error:
            yield _frame("error", openai_envelope(error))
        except Exception:
            yield _frame("error", openai_envelope(internal_error()))

    def closed(completed: bool) -> None:
        if not completed:
            renders.disconnect()

    return GenerationStreamResponse(frames(), on_close=closed, media_type=SSE_MEDIA_TYPE,
                                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


def _stream_event(item: Streamed, body: ImageRequest, kind: str, partial_index: int) -> ImageStreamEvent:
    event: ImageStreamEvent = {
        "type": f"{kind}.partial_image" if item.usage is None else f"{kind}.completed",
        "b64_json": item.image.b64, "created_at": int(time.time()), "background": "opaque",
        "output_format": FORMAT_FOR_MIME.get(item.image.mime_type, "png"), "quality": _quality(body),
        "size": f"{item.width}x{item.height}"}
    if item.usage is None:
        event["partial_image_index"] = partial_index
    else:
        event["usage"] = image_usage([item.usage])
    return event


def _frame(event: str, payload: object) -> bytes:
    return b"event: " + event.encode("ascii") + b"\ndata: " + json_bytes(payload) + b"\n\n"


def _quality(body: ImageRequest) -> str:
    return body.quality if body.quality in ("low", "medium", "high", "xhigh", "max") else "auto"

