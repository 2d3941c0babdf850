"""The scheduler's rules, on the event loop without HTTP: slots, FIFO, priorities, refusals, deadlines, cancels."""

from __future__ import annotations

import asyncio
import threading
import time

import anyio
import pytest

from openbanana.errors import DeadlineExceededError, RequestCancelledError, ResourceExhaustedError, UnavailableError
from openbanana.service.generation.progress import ProgressRelay
from openbanana.service.scheduler import Limits, Priority, Scheduler, State, Ticket

pytestmark = pytest.mark.anyio
BATCH = Priority.BATCH


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def scheduler(slots: int = 1, queue: int = 8, timeout: float = 5.0, ready: bool = True) -> Scheduler:
    return Scheduler("test", Limits(slots, queue, timeout), ready=lambda: ready)


async def waiting(sched: Scheduler, ticket: Ticket) -> asyncio.Task[None]:
    """Start acquiring in the background; returns once the ticket is in the queue."""
    task = asyncio.ensure_future(sched.acquire(ticket))
    await asyncio.sleep(0)
    return task


async def test_slots_are_handed_out_first_come_first_served() -> None:
    sched = scheduler(slots=1)
    first, second, third = (sched.admit(name) for name in ("a", "b", "c"))
    await sched.acquire(first)
    second_wait, third_wait = await waiting(sched, second), await waiting(sched, third)
    assert [first.state, second.state, third.state] == [State.RUNNING, State.WAITING, State.WAITING]
    sched.close(first)
    await second_wait
    assert [second.state, third.state] == [State.RUNNING, State.WAITING]
    sched.close(second)
    await third_wait
    sched.close(third)
    assert third.state is State.CLOSED


async def test_a_full_queue_is_429_with_retry_info_and_batches_are_never_refused() -> None:
    sched = scheduler(slots=1, queue=1)
    running = sched.admit("a")
    await sched.acquire(running)
    sched.admit("b")  # waits: the queue holds one
    with pytest.raises(ResourceExhaustedError) as refused:
        sched.admit("c")
    assert refused.value.http_status == 429 and refused.value.retry_after is not None
    assert {"@type": "type.googleapis.com/google.rpc.RetryInfo",
            "retryDelay": f"{refused.value.retry_after}s"} in refused.value.details
    assert refused.value.headers() == {"Retry-After": str(refused.value.retry_after)}
    assert sched.admit("batch", BATCH).state is State.WAITING


async def test_the_retry_delay_follows_recent_run_times() -> None:
    sched = scheduler(slots=2, queue=10, timeout=300)
    assert sched.retry_delay() == 1  # nothing has run yet: one second per run is assumed
    sched._recent.extend([8.0, 12.0])  # ten seconds per run, two slots
    for name in "abcde":
        sched.admit(name)  # five admitted, waiting
    assert sched.retry_delay() == 30  # (5 + 1) × 10 s ÷ 2


async def test_interactive_requests_go_before_batch_requests_and_batches_get_half_the_slots() -> None:
    sched = scheduler(slots=2)
    batches = [sched.admit(f"batch{i}", BATCH) for i in range(3)]
    await sched.acquire(batches[0])
    second_batch = await waiting(sched, batches[1])
    assert batches[1].state is State.WAITING, "a batch may hold only half the slots"
    interactive = sched.admit("user")
    await sched.acquire(interactive)  # the free slot goes to the interactive request
    third_batch = await waiting(sched, batches[2])
    assert batches[2].remaining() == float("inf"), "a waiting batch request has no deadline yet"
    sched.close(batches[0])
    await second_batch
    assert batches[1].remaining() <= 5.0, "its clock started with its slot"
    assert batches[2].state is State.WAITING
    sched.close(interactive)
    assert batches[2].state is State.WAITING, "still only one batch slot while another batch runs"
    sched.close(batches[1])
    await third_batch
    sched.close(batches[2])


async def test_while_the_engine_loads_only_the_slots_wait_then_503() -> None:
    sched = scheduler(slots=1, ready=False)
    first = sched.admit("a")
    with pytest.raises(UnavailableError) as loading:
        sched.admit("b")
    assert loading.value.http_status == 503 and (loading.value.retry_after or 0) >= 10
    sched.close(first)
    sched.admit("c")  # nothing waits any more: this one may start the load
    sched.admit("batch", BATCH)  # batches wait for the load


async def test_the_deadline_while_waiting_is_504_and_leaves_the_queue() -> None:
    sched = scheduler(slots=1, timeout=0.2)
    holder, late = sched.admit("a"), sched.admit("b")
    await sched.acquire(holder)
    with pytest.raises(DeadlineExceededError):
        await sched.acquire(late)
    assert late.cancel.is_set() and late.reason == "deadline"
    assert late not in sched._waiting[Priority.INTERACTIVE]
    with pytest.raises(DeadlineExceededError):
        raise sched.stopped_error(late)


async def test_a_cancelled_wait_leaves_the_queue_and_the_next_one_gets_the_slot() -> None:
    sched = scheduler(slots=1)
    holder, leaving, next_one = sched.admit("a"), sched.admit("b"), sched.admit("c")
    await sched.acquire(holder)
    leaving_wait, next_wait = await waiting(sched, leaving), await waiting(sched, next_one)
    leaving_wait.cancel()
    await asyncio.sleep(0)
    sched.disconnect(leaving)
    assert leaving.cancel.is_set() and leaving.state is State.CLOSED
    assert isinstance(sched.stopped_error(leaving), RequestCancelledError)
    sched.close(holder)
    await next_wait
    assert next_one.state is State.RUNNING


async def test_a_thread_past_the_deadline_is_abandoned_and_told_to_stop() -> None:
    sched = scheduler(timeout=0.2)
    ticket = sched.admit("a")
    await sched.acquire(ticket)
    never = threading.Event()
    started = time.monotonic()
    with pytest.raises(DeadlineExceededError):
        await sched.in_thread(ticket, never.wait, 5.0)  # ignores the cancel event, like a hung engine
    assert time.monotonic() - started < 2.0
    assert ticket.cancel.is_set()
    sched.close(ticket)
    assert sched._running[Priority.INTERACTIVE] == 0, "the slot is free although the thread still runs"
    never.set()


async def test_progress_notes_are_throttled_and_skip_fast_renders() -> None:
    relay = ProgressRelay("Rendering", min_interval=0.05)
    relay.report(0.1, "step 1")  # within the first interval: dropped
    await anyio.sleep(0.06)
    relay.report(0.5, "step 5")
    relay.report(0.6, "step 6")  # within the interval of the last note: dropped
    await anyio.sleep(0.06)
    relay.report(1.0, "done")  # the image itself follows: no 100 % note
    relay.report(0.2, "again")  # never backwards
    await anyio.to_thread.run_sync(relay.report, 0.7, "step 7")  # the engine's thread
    relay.close()
    assert [note.text async for note in relay.notes()] == ["Rendering… 50% (step 5)", "Rendering… 70% (step 7)"]
