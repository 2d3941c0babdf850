"""The scheduler between the API and the engine: a bounded queue, a concurrency limit, deadlines and cancellation.

    admit  (before the first byte: 429 when the queue is full, 503 while the engine loads)
    → acquire a slot (FIFO; interactive requests first, batch requests capped)  → run in threads → close

Memory stays bounded: at most `max_parallel + max_queue` interactive requests are admitted at once, batch
requests are bounded by the batch workers, and what each holds in decoded images is reserved in the server-wide
memory budget (`reserve_memory`, given back at `close`). Every admitted request has a deadline; when it passes,
or the client goes away, the request's `cancel` event is set so the engine (and the planner) stop at their next
step, and the waiting task lets go of the engine thread at once (Python cannot kill a thread: one that never looks
at `cancel` runs on in the background, but it no longer holds a slot). Everything here runs on the event loop, so
it needs no locks.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
import anyio.to_thread

from openbanana import telemetry
from openbanana.config import SchedulerSettings
from openbanana.engines.base import ImageEngine
from openbanana.errors import (
    DeadlineExceededError,
    RequestCancelledError,
    ResourceExhaustedError,
    UnavailableError,
    client_disconnected,
)
from openbanana.service.memory import MemoryBudget, Reservation

log = logging.getLogger("openbanana.service")
T = TypeVar("T")

RECENT_RUNS = 32  # slot hold times kept for the retry estimate
DEFAULT_RUN_SECONDS = 1.0  # the estimate before anything has run
LOADING_RETRY_SECONDS = 10  # what a 503 asks for while the engine's weights load


class Priority(enum.Enum):
    INTERACTIVE = "interactive"
    BATCH = "batch"


class State(enum.Enum):
    WAITING = "waiting"  # admitted; planning or waiting for a slot
    RUNNING = "running"  # holding a slot
    CLOSED = "closed"


@dataclass(frozen=True)
class Limits:
    max_parallel: int  # slots: renders at once
    max_queue: int  # interactive requests that may wait beyond the free slots
    timeout_seconds: float  # from admission to the last event

    @property
    def batch_parallel(self) -> int:
        """Slots batch requests may hold at once, so a big batch never keeps interactive requests out."""
        return max(1, self.max_parallel // 2)


@dataclass(eq=False)
class Ticket:
    """One admitted request: its place in the scheduler, its deadline and its cancel event (read by the engine)."""

    response_id: str
    priority: Priority
    deadline: float  # time.monotonic(); a batch request's is set when it gets its slot
    cancel: threading.Event = field(default_factory=threading.Event)
    state: State = State.WAITING
    reason: str | None = None  # why it was stopped: "deadline" or "disconnect"
    memory: Reservation | None = None  # bytes of the memory budget it holds, given back when it closes
    _granted: asyncio.Event = field(default_factory=asyncio.Event)  # binds no loop: tickets may be made anywhere
    _started: float = 0.0

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())


class Scheduler:
    def __init__(self, profile: str, limits: Limits, ready: Callable[[], bool] = lambda: True) -> None:
        """`ready()` is False while the engine's weights are not in memory (the next render must load them)."""
        self.profile = profile
        self.limits = limits
        self._ready = ready
        self._waiting: dict[Priority, deque[Ticket]] = {p: deque() for p in Priority}  # asked for a slot, FIFO
        self._admitted: dict[Priority, int] = dict.fromkeys(Priority, 0)  # in State.WAITING
        self._running: dict[Priority, int] = dict.fromkeys(Priority, 0)
        self._recent: deque[float] = deque(maxlen=RECENT_RUNS)
        self._publish()

    # 1. admission: decided before the first byte, so refusals are plain HTTP errors

    def admit(self, response_id: str, priority: Priority = Priority.INTERACTIVE) -> Ticket:
        """A ticket, or 429 when the queue is full / 503 while the engine loads. Batch requests are never
        refused: their number is bounded by the batch workers, and they wait for a slot."""
        if priority is Priority.INTERACTIVE:
            self._check_room(response_id)
        # a batch request's clock starts with its slot: however long it queues behind interactive requests
        starts = math.inf if priority is Priority.BATCH else time.monotonic()
        ticket = Ticket(response_id, priority, starts + self.limits.timeout_seconds)
        self._admitted[priority] += 1
        self._publish()
        return ticket

    def _check_room(self, response_id: str) -> None:
        waiting = self._admitted[Priority.INTERACTIVE]
        running = sum(self._running.values())
        free = max(0, self.limits.max_parallel - running)
        if not self._ready() and waiting + running >= self.limits.max_parallel:
            # a load takes a while: only as many requests as there are slots wait for it, the rest come back later
            delay = max(LOADING_RETRY_SECONDS, self.retry_delay())
            self._refuse(response_id, "engine_loading", delay)
            raise UnavailableError(f"The model is loading. Please try again in {delay}s.", retry_after=delay)
        if waiting >= free + self.limits.max_queue:
            delay = self.retry_delay()
            self._refuse(response_id, "queue_full", delay)
            raise ResourceExhaustedError(
                f"Resource has been exhausted: {waiting} requests are waiting for the image engine, the most this "
                f"server queues. Please retry in {delay}s.", retry_after=delay)

    def _refuse(self, response_id: str, reason: str, delay: int) -> None:
        telemetry.REJECTED.labels(reason).inc()
        log.info("refused response %s (%s, %s): retry in %ss", response_id, reason, self.profile, delay)

    async def reserve_memory(self, ticket: Ticket, budget: MemoryBudget, nbytes: int) -> Reservation:
        """Memory the request will hold (its decoded input images), given back when it closes: 429 when the budget
        has not that much left now. Batch requests are never refused: they wait for room."""
        if ticket.priority is Priority.BATCH:
            reservation = await budget.reserve(nbytes)
        elif (found := budget.try_reserve(nbytes)) is not None:
            reservation = found
        else:
            delay = self.retry_delay()
            self._refuse(ticket.response_id, "memory_full", delay)
            raise ResourceExhaustedError(
                f"Resource has been exhausted: the images of the requests in progress fill this server's memory "
                f"budget. Please retry in {delay}s.", retry_after=delay)
        ticket.memory = reservation
        if ticket.state is State.CLOSED:  # closed while it waited
            reservation.release()
        return reservation

    def retry_delay(self) -> int:
        """Whole seconds until a slot is likely free: recent run times × the queue ahead ÷ the slots."""
        per_run = sum(self._recent) / len(self._recent) if self._recent else DEFAULT_RUN_SECONDS
        ahead = self._admitted[Priority.INTERACTIVE] + 1
        seconds = per_run * ahead / self.limits.max_parallel
        return max(1, min(math.ceil(seconds), math.ceil(self.limits.timeout_seconds)))

    # 2. slots

    async def acquire(self, ticket: Ticket) -> None:
        """Wait for a slot until the deadline (504); a cancelled wait leaves the queue."""
        if ticket.state is State.RUNNING:
            return
        if ticket.state is State.CLOSED:
            raise self.stopped_error(ticket)
        queued_at = time.monotonic()
        self._waiting[ticket.priority].append(ticket)
        self._dispatch()
        try:
            with anyio.move_on_after(ticket.remaining()):
                await ticket._granted.wait()
        finally:
            self._leave_queue(ticket)  # cancelled or timed out: nobody waits for this place any more
        if not ticket._granted.is_set():
            self.expire(ticket)
            raise self._deadline_error(ticket)
        telemetry.QUEUE_WAIT_SECONDS.labels(self.profile).observe(time.monotonic() - queued_at)

    def _leave_queue(self, ticket: Ticket) -> None:
        if ticket in self._waiting[ticket.priority]:
            self._waiting[ticket.priority].remove(ticket)

    def _dispatch(self) -> None:
        """Hand free slots out: the oldest interactive request first, then batch requests up to their share."""
        while sum(self._running.values()) < self.limits.max_parallel:
            queue = self._waiting[Priority.INTERACTIVE]
            if not queue and self._running[Priority.BATCH] < self.limits.batch_parallel:
                queue = self._waiting[Priority.BATCH]
            if not queue:
                break
            ticket = queue.popleft()
            self._admitted[ticket.priority] -= 1
            self._running[ticket.priority] += 1
            ticket.state = State.RUNNING
            ticket._started = time.monotonic()
            if ticket.priority is Priority.BATCH:
                ticket.deadline = ticket._started + self.limits.timeout_seconds
            ticket._granted.set()
        self._publish()

    def close(self, ticket: Ticket) -> None:
        """The request is over (answered, failed or abandoned): free its slot or its place. Idempotent."""
        if ticket.state is State.CLOSED:
            return
        self._leave_queue(ticket)
        if ticket.state is State.RUNNING:
            self._running[ticket.priority] -= 1
            if ticket.reason is None:
                self._recent.append(time.monotonic() - ticket._started)
        else:
            self._admitted[ticket.priority] -= 1
        ticket.state = State.CLOSED
        if ticket.memory is not None:
            ticket.memory.release()
        self._dispatch()

    # 3. stopping a request

    def disconnect(self, ticket: Ticket) -> None:
        """The client went away: stop the engine at its next step and give the place back. Counted also when the
        generation already unwound (its task was cancelled first), but only once, and never after a deadline."""
        if ticket.reason is not None:
            return
        self._stop(ticket, "disconnect")
        log.info("response %s: client disconnected; generation cancelled", ticket.response_id)
        self.close(ticket)

    def expire(self, ticket: Ticket) -> None:
        if ticket.reason is None:
            self._stop(ticket, "deadline")
            log.warning("response %s: deadline of %.0fs exceeded; generation cancelled", ticket.response_id,
                        self.limits.timeout_seconds)

    def _stop(self, ticket: Ticket, reason: str) -> None:
        ticket.reason = reason
        ticket.cancel.set()
        telemetry.REJECTED.labels(reason).inc()

    def _deadline_error(self, ticket: Ticket) -> DeadlineExceededError:
        return DeadlineExceededError(
            f"Deadline exceeded: the image was not ready within {self.limits.timeout_seconds:g}s. Please retry.")

    def stopped_error(self, ticket: Ticket) -> DeadlineExceededError | RequestCancelledError:
        """The error for an engine that stopped because `ticket.cancel` was set."""
        if ticket.reason == "deadline":
            return self._deadline_error(ticket)
        return client_disconnected()

    # 4. work off the event loop, bounded by the deadline

    async def in_thread(self, ticket: Ticket, func: Callable[..., T], *args: object) -> T:
        """`func(*args)` in a worker thread. At the deadline (or when the awaiting task is cancelled) the cancel
        event is set and the thread is abandoned: the request fails now, the engine stops at its next step."""
        try:
            with anyio.move_on_after(ticket.remaining()):
                return await anyio.to_thread.run_sync(func, *args, abandon_on_cancel=True)
        except anyio.get_cancelled_exc_class():
            ticket.cancel.set()
            raise
        self.expire(ticket)
        raise self._deadline_error(ticket)

    def _publish(self) -> None:
        telemetry.QUEUE_DEPTH.labels(self.profile).set(sum(self._admitted.values()))
        telemetry.RUNNING.labels(self.profile).set(sum(self._running.values()))


def build_scheduler(engine: ImageEngine, settings: SchedulerSettings, profile: str = "") -> Scheduler:
    """Slots: the setting when set (> 0), else what the engine declares, else one per CPU core. `profile` names the
    queue in the metrics (the engine's name when empty)."""
    slots = settings.max_parallel_renders or engine.traits.max_parallel or os.cpu_count() or 1
    limits = Limits(slots, settings.max_queue, settings.generation_timeout_seconds)
    return Scheduler(profile or engine.name, limits, ready=lambda: engine.loaded)
