"""A durable queue over SQLite: every item is a row that a worker leases, then acks with its result.

    PENDING ──lease──▶ LEASED ──ack(result)──▶ DONE
       ▲                 │ lease expires (crash, kill -9): leased again, attempts + 1
       └───release───────┘ after max_attempts expired leases: FAILED (no result)
    PENDING | LEASED ──cancel──▶ CANCELLED

Exactly once: an ack writes the result and marks the row DONE in one statement, and only while the caller still
holds the lease (its token). A worker whose lease expired and was taken over acks nothing, so a retried item after
a crash never produces a second result. Items belong to a named queue (e.g. one per batch). Times are integer
microseconds; every method is blocking and thread-safe (the Database serialises them).
The table lives in the store's migrations; this module holds the queue's SQL and rules.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from openbanana.clock import Clock, to_us, utc_now

PENDING, LEASED, DONE, FAILED, CANCELLED = "PENDING", "LEASED", "DONE", "FAILED", "CANCELLED"
FINISHED = (DONE, FAILED, CANCELLED)


class Database(Protocol):
    """What the queue needs of `openbanana.store.db.Database` (its `queue_items` table is store migration 2).

    Structural, so that `jobs` and `store` stay independent layers that the composition root joins."""

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def reading(self) -> AbstractContextManager[sqlite3.Connection]: ...


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
        with self._db.transaction() as conn:
            start = conn.execute("SELECT COALESCE(MAX(seq), -1) + 1 FROM queue_items WHERE queue = ?",
                                 (queue,)).fetchone()[0]
            rows = [(queue, start + i, key, payload, PENDING) for i, (key, payload) in enumerate(items)]
            conn.executemany("INSERT INTO queue_items (queue, seq, key, payload, state) VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    def lease(self) -> Lease | None:
        """The oldest item that is pending or whose lease expired; None when there is nothing to do."""
        now = to_us(self._clock())
        token = secrets.token_hex(16)
        with self._db.transaction() as conn:
            conn.execute(  # expired too often: give up on it (a poison item must not loop forever)
                "UPDATE queue_items SET state = ?, lease_token = NULL, lease_until_us = NULL "
                "WHERE state = ? AND lease_until_us <= ? AND attempts >= ?", (FAILED, LEASED, now, self.max_attempts))
            row = conn.execute(
                "SELECT queue, seq, key, payload, attempts FROM queue_items "
                "WHERE state = ? OR (state = ? AND lease_until_us <= ?) ORDER BY rowid LIMIT 1",
                (PENDING, LEASED, now)).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE queue_items SET state = ?, attempts = attempts + 1, lease_token = ?, lease_until_us = ? "
                "WHERE queue = ? AND seq = ?", (LEASED, token, now + self.lease_us, row[0], row[1]))
        return Lease(row[0], row[1], row[2], row[3], row[4] + 1, token)

    def extend(self, lease: Lease) -> bool:
        """Push the lease's expiry out again (a heartbeat for long work); False if it was lost or cancelled."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE queue_items SET lease_until_us = ? WHERE queue = ? AND seq = ? AND lease_token = ? "
                "AND state = ?", (to_us(self._clock()) + self.lease_us, lease.queue, lease.seq, lease.token, LEASED),
            ).rowcount > 0

    def ack(self, lease: Lease, result: str, *, failed: bool = False) -> bool:
        """Store the result and finish the item, atomically; False (nothing written) if the lease was lost."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE queue_items SET state = ?, result = ?, failed = ?, lease_token = NULL, lease_until_us = NULL "
                "WHERE queue = ? AND seq = ? AND lease_token = ? AND state = ?",
                (DONE, result, int(failed), lease.queue, lease.seq, lease.token, LEASED),
            ).rowcount > 0

    def release(self, lease: Lease) -> bool:
        """Give the item back unfinished (e.g. on shutdown) so that it is leased again at once, attempt not counted."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE queue_items SET state = ?, attempts = attempts - 1, lease_token = NULL, lease_until_us = NULL "
                "WHERE queue = ? AND seq = ? AND lease_token = ? AND state = ?",
                (PENDING, lease.queue, lease.seq, lease.token, LEASED),
            ).rowcount > 0

    def cancel(self, queue: str) -> int:
        """Stop the queue's unfinished items (a running one's ack is then refused); finished results stay."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE queue_items SET state = ?, lease_token = NULL, lease_until_us = NULL "
                "WHERE queue = ? AND state IN (?, ?)", (CANCELLED, queue, PENDING, LEASED)).rowcount

    def delete(self, queue: str) -> int:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM queue_items WHERE queue = ?", (queue,)).rowcount

    def counts(self, queue: str) -> Counts:
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT COUNT(*), "
                "COALESCE(SUM(state IN (?, ?)), 0), "
                "COALESCE(SUM(state = ? AND failed = 0), 0), "
                "COALESCE(SUM((state = ? AND failed = 1) OR state = ?), 0), "
                "COALESCE(SUM(state = ?), 0), "
                "COALESCE(SUM(state = ?), 0) FROM queue_items WHERE queue = ?",
                (PENDING, LEASED, DONE, DONE, FAILED, CANCELLED, LEASED, queue)).fetchone()
        return Counts(*(int(value) for value in row))

    def items(self, queue: str) -> list[Item]:
        """Every item in order, results included (they can be large: read them only to answer with them)."""
        with self._db.reading() as conn:
            rows = conn.execute(
                "SELECT seq, key, payload, state, attempts, result, failed FROM queue_items WHERE queue = ? "
                "ORDER BY seq", (queue,)).fetchall()
        return [Item(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6])) for row in rows]
