"""`POST chat/completions` for the image model, unary or streamed (`chat.completion.chunk` frames, then
`data: [DONE]`), on the same generation service as every other route."""

from __future__ import annotations

import secrets
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from openbanana.api.body import parse_body
from openbanana.api.disconnects import GenerationStreamResponse, unless_disconnected
from openbanana.api.openai.routing import OpenAIRouter, authenticated, openai_envelope, served_model
from openbanana.api.responses import SSE_MEDIA_TYPE, json_bytes, json_response
from openbanana.api.streaming import KEEPALIVE, with_keepalive
from openbanana.errors import ApiError, internal_error
from openbanana.protocol.openai import ChatCompletionRequest
from openbanana.service.openai.chat import chat_request, chat_usage, finish_reason, message_parts

router = OpenAIRouter()
LEDGER_METHOD = "openai.chat.completions"  # how the usage ledger names these calls


@router.post("/chat/completions")
async def chat_completions(request: Request) -> Response:
    state = authenticated(request)
    body = await parse_body(request, ChatCompletionRequest, state.settings.server.max_request_bytes, state.memory)
    model = served_model(state, body.model)
    gemini = chat_request(body)
    await state.admit(request)
    run = await state.generation.prepare(model, gemini, state.files.resolver_for(state.owner(request)))
    completion_id = "chatcmpl-" + secrets.token_hex(12)
    created = int(time.time())
    owner = state.owner(request)
    if body.stream:
        events = state.usage.metered(owner, model, state.generation.stream(run), method=LEDGER_METHOD)
        return _stream(events, completion_id, created, model, state.settings.server.stream_keepalive_seconds,
                       lambda: state.generation.disconnect(run))
    answer = await unless_disconnected(
        request, state.usage.answered(owner, model, state.generation.generate(run), method=LEDGER_METHOD),
        lambda: state.generation.disconnect(run))
    text, images = message_parts(answer)
    message: dict[str, Any] = {"role": "assistant", "content": text or None}
    if images:
        message["images"] = images
    return json_response({
        "id": completion_id, "object": "chat.completion", "created": created, "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason(answer) or "stop"}],
        "usage": chat_usage(answer.get("usageMetadata", {})),
    })


def _stream(events: AsyncIterator[Any], completion_id: str, created: int, model: str, interval: float,
            disconnect: Callable[[], None]) -> Response:
    def chunk(delta: dict[str, Any], reason: str | None = None, usage: Any = None) -> bytes:
        payload: dict[str, Any] = {"id": completion_id, "object": "chat.completion.chunk", "created": created,
                                   "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": reason}]}
        if usage is not None:
            payload["usage"] = usage
        return b"data: " + json_bytes(payload) + b"\n\n"

    async def frames() -> AsyncIterator[bytes]:
        yield chunk({"role": "assistant", "content": ""})
        try:
            async for event in with_keepalive(events, interval):
                if event is None:
                    yield KEEPALIVE
                    continue
                text, images = message_parts(event)
                delta: dict[str, Any] = ({"content": text} if text else {}) | ({"images": images} if images else {})
                reason = finish_reason(event)
                if delta or reason:
                    usage = chat_usage(event["usageMetadata"]) if "usageMetadata" in event else None
                    yield chunk(delta, reason, usage)
        except ApiError as error:
            yield b"data: " + json_bytes(openai_envelope(error)) + b"\n\n"
        except Exception:
            yield b"data: " + json_bytes(openai_envelope(internal_error())) + b"\n\n"
        yield b"data: [DONE]\n\n"

    def closed(completed: bool) -> None:
        if not completed:
            disconnect()

    return GenerationStreamResponse(frames(), on_close=closed, media_type=SSE_MEDIA_TYPE,
                                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
