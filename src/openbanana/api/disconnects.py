"""The client leaving mid-generation, noticed at once on both paths: the unary answer and the stream.

A client that goes away shows up as an `http.disconnect` message on the ASGI `receive` channel, which nothing reads
while a handler awaits an answer (and Starlette's streaming response only notices at its next write), so both
generation routes listen for it themselves, with `until_disconnected`, and stop the engine at its next step through
the callback they pass. They differ in what runs when the client leaves. `unless_disconnected` serves
`:generateContent`: the handler itself awaits the answer, so a watcher task runs beside that await; on a disconnect
it calls `on_disconnect()`, cancels the await, and the handler raises `client_disconnected()` (499 CANCELLED, which
nobody reads but the access log). `GenerationStreamResponse` serves `:streamGenerateContent`: the handler has
returned and the response writes the body, so the body writer and the listener run in one task group, whichever
ends first cancels the other, and `on_close(completed)` reports the outcome exactly once; nothing is sent, the
connection being gone, and the route stops the engine when `completed` is False.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TypeVar

import anyio
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from openbanana.errors import client_disconnected

T = TypeVar("T")


async def until_disconnected(receive: Receive) -> None:
    """Returns once the client has gone; any other message (the rest of a body) is dropped."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def unless_disconnected(request: Request, answer: Awaitable[T], on_disconnect: Callable[[], None]) -> T:
    """`await answer`, unless the client disconnects first: then `on_disconnect()` and 499 CANCELLED."""
    with anyio.CancelScope() as scope:

        async def watch() -> None:
            await until_disconnected(request.receive)
            on_disconnect()
            scope.cancel()

        watcher = asyncio.ensure_future(watch())
        try:
            return await answer
        finally:
            watcher.cancel()
    raise client_disconnected()


class GenerationStreamResponse(StreamingResponse):
    """A StreamingResponse that always listens for the client's disconnect while it streams (Starlette only does
    for ASGI spec < 2.4; otherwise it notices at the next write, up to a keep-alive interval later), and that
    reports how the stream ended: `on_close(completed)` runs exactly once, also when the body never started."""

    def __init__(self, content: AsyncIterator[bytes], *, on_close: Callable[[bool], None], media_type: str,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(content, media_type=media_type, headers=headers)
        self._on_close = on_close

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        completed = False
        try:
            async with anyio.create_task_group() as group:

                async def stream() -> None:
                    nonlocal completed
                    await self.stream_response(send)
                    completed = True
                    group.cancel_scope.cancel()

                async def listen() -> None:
                    await until_disconnected(receive)
                    group.cancel_scope.cancel()

                group.start_soon(stream)
                group.start_soon(listen)
        except OSError:  # the client went away mid-write
            pass
        finally:
            self._on_close(completed)
