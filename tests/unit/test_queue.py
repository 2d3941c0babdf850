"""The durable job queue on a real SQLite file and on a real Postgres server: lease, expiry, retry, cancel,
exactly-once after a crash and between processes leasing at once; and the worker that runs a handler over it."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from openbanana.clock import EPOCH
from openbanana.jobs.queue import CANCELLED, DONE, FAILED, PENDING, JobQueue, Lease
from openbanana.jobs.worker import Worker
from openbanana.store.db import Database


class FakeClock:
    """Time that only moves when the test says so (a lease expiring without sleeping)."""

    def __init__(self) -> None:
        self.now = EPOCH + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(database: Database) -> Database:
    """SQLite and Postgres, in turn."""
    return database


def queue_on(db: Database, clock: FakeClock, max_attempts: int = 3) -> JobQueue:
    return JobQueue(db, lease_seconds=10, max_attempts=max_attempts, clock=clock)


def test_items_are_leased_in_order_and_only_once(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    assert queue.enqueue("b1", [("a", "pa"), ("b", "pb")]) == 2
    first, second = queue.lease(), queue.lease()
    assert first is not None and second is not None
    assert (first.key, first.payload, first.attempt) == ("a", "pa", 1)
    assert (second.key, second.seq) == ("b", 1)
    assert queue.lease() is None, "both are leased: nothing left to hand out"
    assert queue.counts("b1").pending == 2 and queue.counts("b1").leased == 2


def test_ack_stores_the_result_and_finishes_the_item(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}"), ("b", "{}")])
    lease_a, lease_b = queue.lease(), queue.lease()
    assert lease_a is not None and lease_b is not None
    assert queue.ack(lease_a, '{"response": 1}')
    assert queue.ack(lease_b, '{"error": 2}', failed=True)
    counts = queue.counts("b1")
    assert (counts.total, counts.pending, counts.succeeded, counts.failed) == (2, 0, 1, 1) and counts.finished
    assert [(i.state, i.result, i.failed) for i in queue.items("b1")] == [
        (DONE, '{"response": 1}', False), (DONE, '{"error": 2}', True)]
    assert not queue.ack(lease_a, "again"), "a second ack of the same lease writes nothing"


def test_an_expired_lease_is_retried_and_the_stale_worker_cannot_ack(db: Database, clock: FakeClock) -> None:
    """A crash is a lease that expires: the item runs again, and only the new lease's result is kept."""
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}")])
    crashed = queue.lease()
    assert crashed is not None
    clock.advance(9)
    assert queue.lease() is None, "not expired yet"
    clock.advance(2)
    retry = queue.lease()
    assert retry is not None and retry.seq == crashed.seq and retry.attempt == 2
    assert not queue.ack(crashed, "stale"), "the crashed worker's lease was taken over"
    assert queue.ack(retry, "fresh")
    [item] = queue.items("b1")
    assert (item.state, item.result, item.attempts) == (DONE, "fresh", 2)


def test_a_restarted_process_finds_the_unfinished_work(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}"), ("b", "{}")])
    done, lost = queue.lease(), queue.lease()
    assert done is not None and lost is not None
    queue.ack(done, "kept")
    db.close()  # the process dies here without acking `lost`

    reopened_db = Database(db.url)
    reopened = queue_on(reopened_db, clock)
    clock.advance(11)
    again = reopened.lease()
    assert again is not None and again.key == "b" and reopened.lease() is None
    assert reopened.ack(again, "second")
    assert [item.result for item in reopened.items("b1")] == ["kept", "second"]
    reopened_db.close()


def test_workers_of_several_processes_lease_each_item_once(db: Database, clock: FakeClock) -> None:
    """Four connections of their own (as four replicas have) lease from one queue at once: every item is handed
    out exactly once (row locks: FOR UPDATE SKIP LOCKED on Postgres, the write lock on SQLite)."""
    queue_on(db, clock).enqueue("b1", [(str(n), "{}") for n in range(120)])
    connections = [Database(db.url) for _ in range(4)]
    replicas = [queue_on(connection, clock) for connection in connections]
    taken: list[list[int]] = [[] for _ in replicas]

    def work(queue: JobQueue, mine: list[int]) -> None:
        while (lease := queue.lease()) is not None:
            mine.append(lease.seq)
            assert queue.ack(lease, lease.key)

    threads = [threading.Thread(target=work, args=pair) for pair in zip(replicas, taken, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    every = sorted(seq for mine in taken for seq in mine)
    assert every == list(range(120)), "each item leased once, none lost"
    assert queue_on(db, clock).counts("b1").succeeded == 120
    for connection in connections:
        connection.close()


def test_extend_keeps_a_long_running_lease(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}")])
    lease = queue.lease()
    assert lease is not None
    clock.advance(8)
    assert queue.extend(lease)
    clock.advance(8)
    assert queue.lease() is None, "the heartbeat pushed the expiry out"
    assert queue.ack(lease, "ok")


def test_too_many_expired_leases_fail_the_item(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock, max_attempts=2)
    queue.enqueue("b1", [("poison", "{}")])
    for _ in range(2):
        assert queue.lease() is not None
        clock.advance(11)
    assert queue.lease() is None
    [item] = queue.items("b1")
    assert (item.state, item.result) == (FAILED, None)
    assert queue.counts("b1").failed == 1 and queue.counts("b1").finished


def test_release_hands_the_item_back_without_counting_an_attempt(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}")])
    lease = queue.lease()
    assert lease is not None and queue.release(lease)
    again = queue.lease()
    assert again is not None and again.attempt == 1


def test_cancel_stops_pending_work_and_keeps_finished_results(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}"), ("b", "{}"), ("c", "{}")])
    queue.enqueue("other", [("x", "{}")])
    finished, running = queue.lease(), queue.lease()
    assert finished is not None and running is not None
    queue.ack(finished, "kept")
    assert queue.cancel("b1") == 2
    assert not queue.ack(running, "too late"), "a cancelled item's result is refused"
    assert [(i.state, i.result) for i in queue.items("b1")] == [(DONE, "kept"), (CANCELLED, None), (CANCELLED, None)]
    leased = queue.lease()
    assert leased is not None and leased.queue == "other", "other queues are untouched"
    assert queue.counts("b1").cancelled == 2 and queue.counts("b1").finished


def test_delete_removes_the_queue(db: Database, clock: FakeClock) -> None:
    queue = queue_on(db, clock)
    queue.enqueue("b1", [("a", "{}")])
    assert queue.delete("b1") == 1
    assert queue.items("b1") == [] and queue.counts("b1").total == 0
    assert queue.enqueue("b1", [("a", "{}")]) == 1 and queue.items("b1")[0].state == PENDING


def test_the_worker_runs_every_item_once_and_reports_each_finished_queue(db: Database) -> None:
    queue = JobQueue(db, lease_seconds=5)
    queue.enqueue("b1", [(f"k{i}", str(i)) for i in range(6)])
    seen: list[str] = []
    finished: list[str] = []

    async def handler(lease: Lease) -> tuple[str, bool]:
        seen.append(lease.key)
        await asyncio.sleep(0)
        return f"result {lease.payload}", lease.payload == "3"

    async def on_finished(name: str) -> None:
        finished.append(name)

    async def main() -> None:
        worker = Worker(queue, handler, on_finished, concurrency=2, poll_seconds=0.01)
        worker.start()
        deadline = time.monotonic() + 10
        # the last ack lands before its on_finished call: wait for both, or a loaded machine stops in between
        while (not queue.counts("b1").finished or len(finished) < 6) and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await worker.stop()

    asyncio.run(main())
    assert sorted(seen) == [f"k{i}" for i in range(6)]
    assert [item.result for item in queue.items("b1")] == [f"result {i}" for i in range(6)]
    assert queue.counts("b1").failed == 1 and finished == ["b1"] * 6


def test_a_handler_that_raises_leaves_the_item_to_be_retried(db: Database) -> None:
    queue = JobQueue(db, lease_seconds=0.05, max_attempts=5)
    queue.enqueue("b1", [("flaky", "{}")])
    attempts: list[int] = []

    async def handler(lease: Lease) -> tuple[str, bool]:
        attempts.append(lease.attempt)
        if lease.attempt < 3:
            raise RuntimeError("engine fell over")
        return "ok", False

    async def on_finished(name: str) -> None:
        pass

    async def main() -> None:
        worker = Worker(queue, handler, on_finished, poll_seconds=0.01)
        worker.start()
        deadline = time.monotonic() + 10
        while not queue.counts("b1").finished and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await worker.stop()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(logging.getLogger("openbanana.jobs"), "disabled", True)  # the expected tracebacks
        asyncio.run(main())
    assert attempts == [1, 2, 3]
    [item] = queue.items("b1")
    assert (item.state, item.result, item.attempts) == (DONE, "ok", 3)


def test_a_lasting_poll_failure_is_logged_once_not_at_every_poll(tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    db = Database.in_dir(tmp_path)  # a SQLite file, deleted below
    queue = JobQueue(db, lease_seconds=5)
    polls = 0
    real_lease = queue.lease

    def counted_lease() -> Lease | None:
        nonlocal polls
        polls += 1
        return real_lease()

    queue.lease = counted_lease  # type: ignore[method-assign]  # counts the real polls, the real database answers

    async def handler(lease: Lease) -> tuple[str, bool]:
        return "unused", False

    async def on_finished(name: str) -> None:
        pass

    async def main() -> None:
        worker = Worker(queue, handler, on_finished, poll_seconds=0.005)
        worker.start()
        deadline = time.monotonic() + 10
        while polls < 20 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await worker.stop()

    assert db.path is not None
    db.path.unlink()  # deleted while serving: every poll now fails
    with caplog.at_level(logging.INFO, logger="openbanana.jobs"):
        asyncio.run(main())
    assert polls >= 20
    failures = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(failures) == 1 and failures[0].exc_info is not None


class SlowQueue(JobQueue):
    """A store that takes a lease and then stalls (a slow database), until the test lets it go."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, lease_seconds=60)
        self.leasing, self.go = threading.Event(), threading.Event()

    def lease(self) -> Lease | None:
        taken = super().lease()
        self.leasing.set()
        self.go.wait(10)
        return taken


def test_stop_waits_for_a_lease_in_flight_and_hands_it_back(db: Database) -> None:
    """Cancelling the worker alone would leave its thread running: the lease it takes would wait a whole lease
    length on the next start, and its pooled connection would come back after the server closed the pool."""
    queue = SlowQueue(db)
    queue.enqueue("b1", [("k0", "0")])
    ran: list[str] = []

    async def handler(lease: Lease) -> tuple[str, bool]:
        ran.append(lease.key)
        return "done", False

    async def on_finished(name: str) -> None:
        pass

    async def main() -> None:
        worker = Worker(queue, handler, on_finished, poll_seconds=0.01)
        worker.start()
        while not queue.leasing.is_set():
            await asyncio.sleep(0.01)
        stopping = asyncio.ensure_future(worker.stop())
        await asyncio.sleep(0.2)
        assert not stopping.done(), "stop returned while a store call was still running"
        queue.go.set()
        await stopping

    asyncio.run(main())
    [item] = queue.items("b1")
    assert ran == [] and (item.state, item.attempts) == (PENDING, 0), "the lease was handed back, not left to expire"
