"""An asyncio worker pool over a JobQueue: lease an item, run the injected handler, ack its result.

The handler (given by the composition root, so that `jobs` never imports `service`) turns a Lease into
`(result, failed)`; `on_finished(queue)` is called after each successful ack. While the handler runs, the lease is
extended every third of its length, so long work is never taken over; if the process dies, the lease simply
expires and another worker (or the restarted process) runs the item again. An exception from the handler leaves
the lease to expire, which retries the item up to the queue's max_attempts.

Every store call runs on a worker thread, and `stop` waits for the ones in flight: cancelling the awaiting task
alone would not stop its thread, which could then take a lease nobody runs, or hand its pooled database connection
back after the server closed the pool (that connection was never closed).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio.to_thread

from openbanana.jobs.queue import JobQueue, Lease

log = logging.getLogger("openbanana.jobs")

Handler = Callable[[Lease], Awaitable[tuple[str, bool]]]
OnFinished = Callable[[str], Awaitable[None]]
T = TypeVar("T")


async def in_thread(call: Callable[[], T], dropped: Callable[[T], None] | None = None) -> T:
    """`call` on a worker thread; a cancel is raised only once the thread has returned, after its result, which
    nobody will use, is given to `dropped`."""
    running = asyncio.ensure_future(anyio.to_thread.run_sync(call))
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        await asyncio.wait([running])
        if dropped is not None and not running.cancelled() and running.exception() is None:
            dropped(running.result())
        raise


class Worker:
    def __init__(self, queue: JobQueue, handler: Handler, on_finished: OnFinished, *, concurrency: int = 1,
                 poll_seconds: float = 0.1) -> None:
        self._queue = queue
        self._handler = handler
        self._on_finished = on_finished
        self._concurrency = concurrency
        self._poll = poll_seconds
        self._tasks: list[asyncio.Task[None]] = []
        self._wake = asyncio.Event()
        self._poll_failing = False  # shared by the loops: a failing store is reported once, not at every poll

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(), name=f"jobs-worker-{i}") for i in range(self._concurrency)]

    def wake(self) -> None:
        """New work was queued: skip the rest of the idle poll."""
        self._wake.set()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def _loop(self) -> None:
        while True:
            lease = await self._lease()
            if lease is None:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._poll)
                continue
            try:
                await self._run(lease)
            except asyncio.CancelledError:
                self._queue.release(lease)  # shutting down: hand the item back for the next start
                raise
            except Exception:
                log.exception("job %s/%s failed (attempt %s); its lease will expire and it is retried",
                              lease.queue, lease.seq, lease.attempt)

    async def _lease(self) -> Lease | None:
        """One poll. A failure never ends the worker (e.g. the database is busy or was deleted while serving); it
        is logged with its traceback when polls start failing and once more when they work again, not at every
        poll, so a lasting fault does not flood the log."""
        try:
            lease = await in_thread(self._queue.lease, dropped=self._hand_back)
        except Exception:
            if not self._poll_failing:
                self._poll_failing = True
                log.exception("leasing a job failed; retrying quietly until it works again")
            return None
        if self._poll_failing:
            self._poll_failing = False
            log.info("leasing jobs works again")
        return lease

    def _hand_back(self, lease: Lease | None) -> None:
        """A lease taken while the worker stopped: the item is leased again at once at the next start."""
        if lease is not None:
            self._queue.release(lease)

    async def _run(self, lease: Lease) -> None:
        heartbeat = asyncio.create_task(self._heartbeat(lease))
        try:
            result, failed = await self._handler(lease)
        finally:
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
        if await in_thread(lambda: self._queue.ack(lease, result, failed=failed)):
            await self._on_finished(lease.queue)

    async def _heartbeat(self, lease: Lease) -> None:
        interval = max(self._queue.lease_us / 3_000_000, 0.05)
        while True:
            await asyncio.sleep(interval)
            if not await in_thread(lambda: self._queue.extend(lease)):
                return  # cancelled or taken over: the ack will be refused
