"""Engine progress → thought notes in a stream: reported in the engine's thread, read on the event loop, throttled.

A long render (a diffusers denoising loop) would otherwise be a silent minute; a fast one (the draft engine) stays
silent, because the first note comes only after MIN_INTERVAL seconds. Notes are status, not reasoning: they are
streamed as thought text but not counted in thoughtsTokenCount and not kept in unary answers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

MIN_INTERVAL = 1.0  # seconds: at most one note per second, and none for renders shorter than that


@dataclass(frozen=True)
class Note:
    text: str


class ProgressRelay:
    """A ProgressCallback for the engine's thread and an async iterator of notes for the stream."""

    def __init__(self, label: str, min_interval: float = MIN_INTERVAL) -> None:
        self._label = label
        self._interval = min_interval
        self._loop = asyncio.get_running_loop()
        self._notes: asyncio.Queue[Note | None] = asyncio.Queue()
        self._last = time.monotonic()
        self._last_percent = -1
        self._closed = False

    def report(self, fraction: float, stage: str) -> None:
        """Called by the engine (any thread). Cheap when throttled: no cross-thread call at all."""
        now = time.monotonic()
        percent = round(max(0.0, min(1.0, fraction)) * 100)
        if self._closed or now - self._last < self._interval or percent <= self._last_percent or percent >= 100:
            return
        self._last, self._last_percent = now, percent
        note = Note(f"{self._label}… {percent}% ({stage})")
        try:
            self._loop.call_soon_threadsafe(self._notes.put_nowait, note)
        except RuntimeError:  # the loop is gone (shutdown): nobody is listening
            self._closed = True

    def close(self) -> None:
        """No more notes (call on the loop once the render is over)."""
        self._closed = True
        self._notes.put_nowait(None)

    async def notes(self) -> AsyncIterator[Note]:
        while (note := await self._notes.get()) is not None:
            yield note
