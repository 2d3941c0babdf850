"""The SQLite database: one WAL-mode connection, schema migrations numbered by `PRAGMA user_version`.

Migrations are append-only: migration N brings a database from user_version N-1 to N. All pending ones run in one
transaction (SQLite DDL is transactional), so a crash mid-migration leaves the previous version intact.
Never edit a released migration; add a new one.

A file that is not a readable database stops the server at start with one line saying what to do
(`DatabaseUnreadableError`). A file deleted or replaced while the server runs is noticed: SQLite would go on
writing to the deleted file, and everything written would vanish at the next start, so every write transaction
refuses with 503 (`DatabaseGoneError`) and `missing()` tells /healthz.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openbanana.errors import ConfigError, UnavailableError

DB_FILE = "openbanana.db"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the Files API — content-addressed blobs, file metadata, resumable upload sessions.
    (
        """CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL
        )""",
        """CREATE TABLE files (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256),
            source TEXT NOT NULL,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL
        )""",
        "CREATE INDEX files_by_owner ON files (owner, create_us DESC, id DESC)",
        "CREATE INDEX files_by_expiry ON files (expire_us)",
        "CREATE INDEX files_by_blob ON files (sha256)",
        """CREATE TABLE upload_sessions (
            token_hash TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            file_id TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL
        )""",
        "CREATE INDEX upload_sessions_by_owner ON upload_sessions (owner)",
        "CREATE INDEX upload_sessions_by_expiry ON upload_sessions (expire_us)",
    ),
    # 2: batches — one row per batch, one durable queue row per request (jobs.queue leases, acks, retries them).
    (
        """CREATE TABLE batches (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            model TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            input_file TEXT,
            responses_file TEXT,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            end_us INTEGER
        )""",
        "CREATE INDEX batches_by_owner ON batches (owner, create_us DESC, id DESC)",
        """CREATE TABLE queue_items (
            queue TEXT NOT NULL,
            seq INTEGER NOT NULL,
            key TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_token TEXT,
            lease_until_us INTEGER,
            result TEXT,
            failed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (queue, seq)
        )""",
        "CREATE INDEX queue_items_ready ON queue_items (state, lease_until_us)",
    ),
    # 3: emitted images, keyed by their watermark payload, so `verify` can say where an image came from.
    (
        """CREATE TABLE images (
            payload TEXT PRIMARY KEY,
            response_id TEXT NOT NULL,
            model TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            mime_type TEXT NOT NULL,
            thought INTEGER NOT NULL,
            create_us INTEGER NOT NULL
        )""",
    ),
    # 4: API keys (only a hash of each key is stored) with per-key limits, and a ledger of answered generations.
    (
        """CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            key_hash TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL,
            name TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            revoke_us INTEGER,
            requests_per_minute INTEGER,
            images_per_day INTEGER,
            upload_bytes INTEGER
        )""",
        """CREATE TABLE usage (
            owner TEXT NOT NULL,
            time_us INTEGER NOT NULL,
            model TEXT NOT NULL,
            method TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            candidates_tokens INTEGER NOT NULL,
            thoughts_tokens INTEGER NOT NULL,
            total_tokens INTEGER NOT NULL,
            images INTEGER NOT NULL
        )""",
        "CREATE INDEX usage_by_owner ON usage (owner, time_us)",
        "CREATE INDEX usage_by_time ON usage (time_us)",
    ),
    # 5: file names are per owner: key B may name a file as key A did (no 409 that tells B what A has). Files and
    # upload sessions are keyed by (owner, id); SQLite cannot change a primary key, so both tables are rebuilt.
    (
        """CREATE TABLE files_by_owner_id (
            id TEXT NOT NULL,
            owner TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256),
            source TEXT NOT NULL,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            update_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL,
            PRIMARY KEY (owner, id)
        )""",
        """INSERT INTO files_by_owner_id (id, owner, display_name, mime_type, size_bytes, sha256, source, uri_base,
            create_us, update_us, expire_us) SELECT id, owner, display_name, mime_type, size_bytes, sha256, source,
            uri_base, create_us, update_us, expire_us FROM files""",
        "DROP TABLE files",
        "ALTER TABLE files_by_owner_id RENAME TO files",
        "CREATE INDEX files_by_owner ON files (owner, create_us DESC, id DESC)",
        "CREATE INDEX files_by_expiry ON files (expire_us)",
        "CREATE INDEX files_by_blob ON files (sha256)",
        "CREATE INDEX files_by_id ON files (id)",
        """CREATE TABLE upload_sessions_by_owner_id (
            token_hash TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            file_id TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            received INTEGER NOT NULL DEFAULT 0,
            uri_base TEXT NOT NULL,
            create_us INTEGER NOT NULL,
            expire_us INTEGER NOT NULL,
            UNIQUE (owner, file_id)
        )""",
        """INSERT INTO upload_sessions_by_owner_id (token_hash, owner, file_id, display_name, mime_type, size_bytes,
            received, uri_base, create_us, expire_us) SELECT token_hash, owner, file_id, display_name, mime_type,
            size_bytes, received, uri_base, create_us, expire_us FROM upload_sessions""",
        "DROP TABLE upload_sessions",
        "ALTER TABLE upload_sessions_by_owner_id RENAME TO upload_sessions",
        "CREATE INDEX upload_sessions_by_owner ON upload_sessions (owner)",
        "CREATE INDEX upload_sessions_by_expiry ON upload_sessions (expire_us)",
        "CREATE INDEX upload_sessions_by_file ON upload_sessions (file_id)",
    ),
    # 6: what an image is (generated, or edited from inputs: their SHA-256s) and its perceptual fingerprint, so
    # `verify` claims a record only for the pixels it was made for (a transplanted mark does not bring the record).
    (
        "ALTER TABLE images ADD COLUMN origin TEXT NOT NULL DEFAULT 'generated'",
        "ALTER TABLE images ADD COLUMN inputs TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE images ADD COLUMN fingerprint BLOB",
        "ALTER TABLE images ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''",  # of the bytes sent: a later edit's input?
        "CREATE INDEX images_by_sha256 ON images (sha256)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaVersionError(ConfigError, RuntimeError):
    """The database was written by a newer openbanana; refusing to guess at its schema."""


class DatabaseUnreadableError(ConfigError, RuntimeError):
    """The database file is damaged or not an openbanana database."""


class DatabaseGoneError(UnavailableError):
    """The database file was deleted or replaced while the server runs: nothing written now would survive."""


class Database:
    """One connection shared by every thread, serialised by a re-entrant lock.

    `transaction()` holds the lock and SQLite's write lock (BEGIN IMMEDIATE) for its whole body, so work done
    inside it (including renaming blob files on disk) is atomic with respect to other writers, in this process
    and in others sharing the file. Nested `transaction()` calls on the same thread join the outer one.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA busy_timeout = 30000")
            migrate(self._conn)
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the whole schema
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise DatabaseUnreadableError(
                f"the database {path} cannot be read ({exc}): it is damaged or not an openbanana database; "
                "restore it from a backup, or move it away to start with an empty one") from None
        except BaseException:
            self._conn.close()
            raise
        self._identity = _identity(path)

    @classmethod
    def in_dir(cls, data_dir: Path) -> Database:
        return cls(data_dir / DB_FILE)

    @property
    def user_version(self) -> int:
        with self._lock:
            version: int = self._conn.execute("PRAGMA user_version").fetchone()[0]
            return version

    def missing(self) -> str | None:
        """Why the file this connection writes to is no longer the database at `path` (deleted, replaced), or None."""
        identity = _identity(self.path)
        if identity is None:
            return f"the database file {self.path} was deleted while the server was running"
        if identity != self._identity:
            return f"the database file {self.path} was replaced while the server was running"
        return None

    def problem(self) -> str | None:
        """Why this database cannot serve now (its file gone or replaced, a read failing), or None."""
        if (gone := self.missing()) is not None:
            return gone
        try:
            with self.reading() as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            return f"the database {self.path} cannot be read: {exc}"
        return None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn.in_transaction:  # joined by a nested call on this thread
                yield self._conn
                return
            if (gone := self.missing()) is not None:
                raise DatabaseGoneError(f"Nothing can be stored: {gone}. Restart the server (restore the file "
                                        "from a backup first to keep what it held).")
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database has not seen yet; returns the resulting user_version.

    The version is read again under the write lock, so two processes starting together migrate once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        current: int = conn.execute("PRAGMA user_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"the database has schema version {current}, but this openbanana knows only up to "
                f"{SCHEMA_VERSION}; upgrade openbanana or point it at another data dir"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return SCHEMA_VERSION


def newest_first(query: str, params: list[Any], after: tuple[int, str] | None, limit: int) -> tuple[str, list[Any]]:
    """Keyset paging on (create_us, id), newest first; `after` is the (create_us, id) of the last row already seen."""
    if after is not None:
        query += " AND (create_us < ? OR (create_us = ? AND id < ?))"
        params = [*params, after[0], after[0], after[1]]
    return query + " ORDER BY create_us DESC, id DESC LIMIT ?", [*params, limit]
