"""The engine deployment: one engine per replica, each render run in a thread while its progress streams back.

A render is an async generator call, so Ray Serve streams its events to the caller and cancels it when the caller
cancels its response (the client went away, the deadline passed): the cancellation sets the render's own cancel
event, which the engine checks between steps, exactly as in one process.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace

from openbanana.cluster.messages import Description, Event, Failure, Progress
from openbanana.engines.base import EngineError, ImageEngine, RenderRequest, RenderResult

EngineFactory = Callable[[], ImageEngine]
PROGRESS_INTERVAL = 0.25  # seconds between progress events sent over the network (the stream shows one a second)


class EngineReplica:
    """Builds its engine once (weights load here, on the replica's GPU) and renders what the ingress sends."""

    def __init__(self, factory: EngineFactory) -> None:
        self._engine = factory()

    def describe(self) -> Description:
        return Description(self._engine.name, self._engine.traits)

    async def render(self, request: RenderRequest) -> AsyncIterator[Event]:
        """Progress events, then the RenderResult or a Failure. Cancelling the call stops the engine."""
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Progress | None] = asyncio.Queue()
        cancel = threading.Event()
        last = [0.0]

        def report(fraction: float, stage: str) -> None:  # the engine's thread
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL:
                last[0] = now
                loop.call_soon_threadsafe(events.put_nowait, Progress(fraction, stage))

        job = loop.run_in_executor(None, self._render, replace(request, cancel=cancel), report)
        job.add_done_callback(lambda _: events.put_nowait(None))
        try:
            while (event := await events.get()) is not None:
                yield event
            yield await job
        finally:
            cancel.set()  # cancelled (or the caller stopped reading): the engine stops at its next step

    def _render(self, request: RenderRequest, report: Callable[[float, str], None]) -> RenderResult | Failure:
        try:
            return self._engine.render(request, report)
        except EngineError as error:  # the ingress re-raises it as the same kind of engine error
            return Failure.of(error)
