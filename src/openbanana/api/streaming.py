"""Stream framing: SSE exactly as both SDKs parse it, or a JSON array; blank-line keep-alives; in-band errors."""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator
from typing import Any

import anyio
import orjson

from openbanana.errors import ApiError, internal_error

log = logging.getLogger("openbanana.api")
SSE_MEDIA_TYPE = "text/event-stream"
JSON_MEDIA_TYPE = "application/json"
KEEPALIVE = b"\r\n"  # a bare blank line: the only keep-alive both SDKs ignore (no ':' comments, no 'event:')


def sse_frame(payload: Any) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\r\n\r\n"


async def with_keepalive(events: AsyncIterator[Any], interval: float) -> AsyncIterator[Any | None]:
    """Yield the events; yield None whenever `interval` seconds pass without one (the caller sends a keep-alive)."""
    send, receive = anyio.create_memory_object_stream[tuple[bool, Any]](math.inf)

    async def produce() -> None:
        async with send:
            try:
                async for event in events:
                    await send.send((True, event))
            except Exception as exc:  # forwarded to the consumer, which frames it as an error event
                await send.send((False, exc))

    async with anyio.create_task_group() as group, receive:
        group.start_soon(produce)
        while True:
            with anyio.move_on_after(interval) as timer:
                try:
                    ok, item = await receive.receive()
                except anyio.EndOfStream:
                    return
            if timer.cancelled_caught:
                yield None
            elif ok:
                yield item
            else:
                raise item


async def sse_stream(events: AsyncIterator[Any], interval: float) -> AsyncIterator[bytes]:
    try:
        async for event in with_keepalive(events, interval):
            yield KEEPALIVE if event is None else sse_frame(event)
    except Exception as exc:
        yield sse_frame(_error_payload(exc))


async def json_array_stream(events: AsyncIterator[Any], interval: float) -> AsyncIterator[bytes]:
    """The non-SSE form Google serves without `alt=sse`: one JSON array, elements flushed as they come."""
    yield b"["
    first = True
    try:
        async for event in with_keepalive(events, interval):
            if event is None:
                yield b"\n"
                continue
            yield (b"" if first else b",\r\n") + orjson.dumps(event)
            first = False
    except Exception as exc:
        yield (b"" if first else b",\r\n") + orjson.dumps(_error_payload(exc))
    yield b"]"


def _error_payload(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, ApiError):
        return exc.to_envelope()
    log.error("stream failed after the first byte", exc_info=exc)
    return internal_error().to_envelope()
