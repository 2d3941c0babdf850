"""The server-wide memory budget: bytes of request bodies and decoded images that admitted requests may hold at once.

A request reserves what it will hold before it holds it: a body as it is read (api/body.py), a generation's input
images at admission, from their headers, before a pixel is decoded (generation/references.py), and verifyImage's
image before it is decoded. A reservation that does not fit is refused at once (the caller answers 429 with
RetryInfo) or, for batch requests, waited for. The budget never blocks the event loop and is safe to use from
worker threads.
"""

from __future__ import annotations

import threading

import anyio

from openbanana import telemetry

WAIT_POLL_SECONDS = 0.05


class MemoryBudget:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._in_use = 0
        self._lock = threading.Lock()

    @property
    def in_use(self) -> int:
        return self._in_use

    def fits(self, nbytes: int) -> bool:
        """Whether `nbytes` could ever be reserved (on an idle server)."""
        return nbytes <= self.capacity

    def try_reserve(self, nbytes: int) -> Reservation | None:
        """A reservation of `nbytes`, or None when the budget has not that much left now."""
        reservation = Reservation(self, 0)
        return reservation if reservation.grow(nbytes) else None

    async def reserve(self, nbytes: int) -> Reservation:
        """Wait until `nbytes` fit (for requests that are never refused, like batch requests). `nbytes` is capped at
        the capacity, so that a request that fits nowhere still runs, alone."""
        wanted = min(nbytes, self.capacity)
        while (reservation := self.try_reserve(wanted)) is None:
            await anyio.sleep(WAIT_POLL_SECONDS)
        return reservation

    def _take(self, nbytes: int) -> bool:
        with self._lock:
            if self._in_use + nbytes > self.capacity:
                return False
            self._in_use += nbytes
            telemetry.MEMORY_RESERVED.set(self._in_use)
            return True

    def _give(self, nbytes: int) -> None:
        with self._lock:
            self._in_use -= nbytes
            telemetry.MEMORY_RESERVED.set(self._in_use)


class Reservation:
    """Bytes held in a budget until `release` (idempotent); it may grow (if there is room) and shrink."""

    def __init__(self, budget: MemoryBudget, nbytes: int) -> None:
        self._budget = budget
        self.nbytes = nbytes

    def grow(self, extra: int) -> bool:
        if extra <= 0:
            return True
        if not self._budget._take(extra):
            return False
        self.nbytes += extra
        return True

    def shrink(self, to: int) -> None:
        """Keep only `to` bytes (what the request still holds): the rest goes back to the budget."""
        if 0 <= to < self.nbytes:
            self._budget._give(self.nbytes - to)
            self.nbytes = to

    def release(self) -> None:
        self.shrink(0)
