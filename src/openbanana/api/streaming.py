"""Stream framing: SSE exactly as both SDKs parse it, or a JSON array; blank-line keep-alives; in-band errors.

The response that carries these frames, and notices the client leaving, is api.disconnects.GenerationStreamResponse.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

from openbanana.api.responses import json_bytes
from openbanana.errors import ApiError, internal_error

log = logging.getLogger("openbanana.api")
KEEPALIVE = b"\r\n"  # a bare blank line: the only keep-alive both SDKs ignore (no ':' comments, no 'event:')


def sse_frame(payload: Any) -> bytes:
    return b"data: " + json_bytes(payload) + b"\r\n\r\n"


async def with_keepalive(events: AsyncIterator[Any], interval: float) -> AsyncIterator[Any | None]:
    """Yield the events; yield None whenever `interval` seconds pass without one (the caller sends a keep-alive).

    The producer runs as its own task so that waiting with a timeout never cancels the generation itself;
    it is cancelled when the consumer goes away (client disconnect).
    """
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    async def produce() -> None:
        try:
            async for event in events:
                await queue.put(("event", event))
        except Exception as exc:  # forwarded to the consumer, which frames it as an error event
            await queue.put(("error", exc))
        else:
            await queue.put(("end", None))

    producer = asyncio.create_task(produce())
    try:
        while True:
            try:
                kind, item = await asyncio.wait_for(queue.get(), interval)
            except TimeoutError:
                yield None
                continue
            if kind == "end":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        producer.cancel()


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
            yield (b"" if first else b",\r\n") + json_bytes(event)
            first = False
    except Exception as exc:
        yield (b"" if first else b",\r\n") + json_bytes(_error_payload(exc))
    yield b"]"


def _error_payload(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, ApiError):
        return exc.to_envelope()
    log.error("stream failed after the first byte", exc_info=exc)
    return internal_error().to_envelope()
