"""A durable queue in the store's database (SQLite or Postgres): every item is a row that a worker leases, then
acks with its result.

    PENDING ──lease──▶ LEASED ──ack(result)──▶ DONE
       ▲                 │ lease expires (crash, kill -9): leased again, attempts + 1
       └───release───────┘ after max_attempts expired leases: FAILED (no result)
    PENDING | LEASED ──cancel──▶ CANCELLED

Exactly once: an ack writes the result and marks the row DONE in one statement, and only while the caller still
holds the lease (its token). A worker whose lease expired and was taken over acks nothing, so a retried item after
a crash never produces a second result. Items belong to a named queue (e.g. one per batch), and are leased oldest
first. A lease locks the row it takes (`SELECT … FOR UPDATE SKIP LOCKED` on Postgres; SQLite has one writer at a
time), so workers in several processes never take the same item. Times are integer microseconds; every method
is blocking and thread-safe. The table lives in the store's schema; this module holds the queue's SQL and rules.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, Connection, and_, case, column, delete, func, or_, select, table, update

from openbanana.clock import Clock, to_us, utc_now

PENDING, LEASED, DONE, FAILED, CANCELLED = "PENDING", "LEASED", "DONE", "FAILED", "CANCELLED"
FINISHED = (DONE, FAILED, CANCELLED)


class Database(Protocol):
    """What the queue needs of `openbanana.store.db.Database`: transactions, and exclusive=False for the ones that
    row locks make safe (every writer of one Postgres database need not wait for a lease)."""

    def transaction(self, exclusive: bool = True) -> AbstractContextManager[Connection]: ...

    def reading(self) -> AbstractContextManager[Connection]: ...


# The columns the queue reads and writes; the table itself is in the store's schema (`store/schema.py`).
items_table = table("queue_items", *(column(name) for name in (
    "queue", "seq", "key", "payload", "state", "attempts", "lease_token", "lease_until_us", "result", "failed",
    "enqueue_us")))


@dataclass(frozen=True)
class Lease:
    queue: str
    seq: int
    key: str
    payload: str
    attempt: int  # 1 for the first try
    token: str


@dataclass(frozen=True)
class Item:
    seq: int
    key: str
    payload: str
    state: str
    attempts: int
    result: str | None
    failed: bool


@dataclass(frozen=True)
class Counts:
    total: int = 0
    pending: int = 0  # not yet leased, or leased and not finished
    succeeded: int = 0  # DONE without failure
    failed: int = 0  # DONE with a failure result, or FAILED after too many attempts
    cancelled: int = 0
    leased: int = 0  # running now (part of `pending`)

    @property
    def finished(self) -> bool:
        return self.pending == 0


class JobQueue:
    def __init__(self, db: Database, lease_seconds: float = 30.0, max_attempts: int = 3,
                 clock: Clock = utc_now) -> None:
        self._db = db
        self.lease_us = int(lease_seconds * 1_000_000)
        self.max_attempts = max_attempts
        self._clock = clock

    def enqueue(self, queue: str, items: Iterable[tuple[str, str]]) -> int:
        """Add `(key, payload)` items in order; joins the caller's transaction. Returns how many were added."""
        now = to_us(self._clock())
        with self._db.transaction() as conn:
            start = conn.execute(select(func.coalesce(func.max(_q.seq), -1) + 1).where(_q.queue == queue)).scalar_one()
            rows = [{"queue": queue, "seq": start + i, "key": key, "payload": payload, "state": PENDING,
                     "enqueue_us": now} for i, (key, payload) in enumerate(items)]
            if rows:
                conn.execute(items_table.insert(), rows)
        return len(rows)

    def lease(self) -> Lease | None:
        """The oldest item that is pending or whose lease expired; None when there is nothing to do."""
        now = to_us(self._clock())
        token = secrets.token_hex(16)
        with self._db.transaction(exclusive=False) as conn:
            conn.execute(  # expired too often: give up on it (a poison item must not loop forever)
                update(items_table).where(_q.state == LEASED, _q.lease_until_us <= now,
                                          _q.attempts >= self.max_attempts)
                .values(state=FAILED, lease_token=None, lease_until_us=None))
            row = conn.execute(
                select(_q.queue, _q.seq, _q.key, _q.payload, _q.attempts)
                .where(or_(_q.state == PENDING, and_(_q.state == LEASED, _q.lease_until_us <= now)))
                .order_by(_q.enqueue_us, _q.queue, _q.seq).limit(1)
                .with_for_update(skip_locked=True)).first()
            if row is None:
                return None
            conn.execute(update(items_table).where(_q.queue == row.queue, _q.seq == row.seq).values(
                state=LEASED, attempts=_q.attempts + 1, lease_token=token, lease_until_us=now + self.lease_us))
        return Lease(row.queue, row.seq, row.key, row.payload, row.attempts + 1, token)

    def extend(self, lease: Lease) -> bool:
        """Push the lease's expiry out again (a heartbeat for long work); False if it was lost or cancelled."""
        return self._update_held(lease, lease_until_us=to_us(self._clock()) + self.lease_us)

    def ack(self, lease: Lease, result: str, *, failed: bool = False) -> bool:
        """Store the result and finish the item, atomically; False (nothing written) if the lease was lost."""
        return self._update_held(lease, state=DONE, result=result, failed=int(failed), lease_token=None,
                                 lease_until_us=None)

    def release(self, lease: Lease) -> bool:
        """Give the item back unfinished (e.g. on shutdown) so that it is leased again at once, attempt not counted."""
        return self._update_held(lease, state=PENDING, attempts=_q.attempts - 1, lease_token=None,
                                 lease_until_us=None)

    def _update_held(self, lease: Lease, **values: object) -> bool:
        """Change the item only while `lease` still holds it: a compare-and-set on its token."""
        with self._db.transaction(exclusive=False) as conn:
            return conn.execute(update(items_table).where(
                _q.queue == lease.queue, _q.seq == lease.seq, _q.lease_token == lease.token, _q.state == LEASED,
            ).values(**values)).rowcount > 0

    def cancel(self, queue: str) -> int:
        """Stop the queue's unfinished items (a running one's ack is then refused); finished results stay."""
        with self._db.transaction() as conn:
            return conn.execute(update(items_table).where(_q.queue == queue, _q.state.in_((PENDING, LEASED)))
                                .values(state=CANCELLED, lease_token=None, lease_until_us=None)).rowcount

    def delete(self, queue: str) -> int:
        with self._db.transaction() as conn:
            return conn.execute(delete(items_table).where(_q.queue == queue)).rowcount

    def counts(self, queue: str) -> Counts:
        def number(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        query = select(
            func.count(), number(_q.state.in_((PENDING, LEASED))), number(and_(_q.state == DONE, _q.failed == 0)),
            number(or_(and_(_q.state == DONE, _q.failed == 1), _q.state == FAILED)), number(_q.state == CANCELLED),
            number(_q.state == LEASED)).where(_q.queue == queue)
        with self._db.reading() as conn:
            row = conn.execute(query).one()
        return Counts(*(int(value) for value in row))

    def items(self, queue: str) -> list[Item]:
        """Every item in order, results included (they can be large: read them only to answer with them)."""
        with self._db.reading() as conn:
            rows = conn.execute(select(_q.seq, _q.key, _q.payload, _q.state, _q.attempts, _q.result, _q.failed)
                                .where(_q.queue == queue).order_by(_q.seq)).all()
        return [Item(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6])) for row in rows]


_q = items_table.c
