"""The two kinds of database behind `db.Database`: how each opens, locks, and fails.

SQLite: one connection shared by every thread, serialised by a re-entrant lock; every write transaction is
`BEGIN IMMEDIATE` (SQLite has one writer at a time), and the file's identity is watched so that a file deleted or
replaced under the running server refuses writes (`DatabaseGoneError`) instead of losing them.
Postgres: a connection pool; exclusive transactions take one advisory lock (`WRITER_LOCK`) that every replica's
writers take, and a server that stops answering is a 503 (`DatabaseUnavailableError`).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection, create_engine, event, func, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.pool import StaticPool

from openbanana.store.errors import (
    DatabaseGoneError,
    DatabaseUnavailableError,
    DatabaseUnreachableError,
    DatabaseUnreadableError,
)

WRITER_LOCK = 0x6F62616E  # the Postgres advisory lock every exclusive transaction holds ("oban")


class Backend(Protocol):
    path: Path | None

    def transaction(self, exclusive: bool) -> AbstractContextManager[Connection]: ...

    def reading(self) -> AbstractContextManager[Connection]: ...

    def missing(self) -> str | None: ...

    def unusable(self, exc: DBAPIError) -> Exception: ...

    def close(self) -> None: ...


class SqliteBackend:
    """One connection shared by every thread, serialised by a re-entrant lock; writers BEGIN IMMEDIATE."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path: Path | None = path
        self._lock = threading.RLock()
        self._begin = "BEGIN"
        self._engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=StaticPool,
                                     connect_args={"check_same_thread": False, "timeout": 30.0})
        event.listen(self._engine, "connect", _configure_sqlite)
        event.listen(self._engine, "begin", lambda conn: conn.exec_driver_sql(self._begin))
        try:
            self._conn = self._engine.connect()
            with self._conn.begin():
                self._conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()  # reads the whole schema
        except DBAPIError as exc:
            self._engine.dispose()
            raise self.unusable(exc) from None
        self._identity = _identity(path)

    def unusable(self, exc: DBAPIError) -> Exception:
        return DatabaseUnreadableError(
            f"the database {self.path} cannot be read ({exc.orig}): it is damaged or not an openbanana database; "
            "restore it from a backup, or move it away to start with an empty one")

    def missing(self) -> str | None:
        assert self.path is not None
        identity = _identity(self.path)
        if identity is None:
            return f"the database file {self.path} was deleted while the server was running"
        if identity != self._identity:
            return f"the database file {self.path} was replaced while the server was running"
        return None

    @contextmanager
    def transaction(self, exclusive: bool) -> Iterator[Connection]:
        with self._lock:
            if self._conn.in_transaction():  # joined by a nested call on this thread
                yield self._conn
                return
            if (gone := self.missing()) is not None:
                raise DatabaseGoneError(f"Nothing can be stored: {gone}. Restart the server (restore the file "
                                        "from a backup first to keep what it held).")
            self._begin = "BEGIN IMMEDIATE"  # SQLite has one writer at a time: every write transaction is exclusive
            with self._conn.begin():
                yield self._conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._lock:
            if self._conn.in_transaction():
                yield self._conn
                return
            self._begin = "BEGIN"
            with self._conn.begin():
                yield self._conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            self._engine.dispose()


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun explicitly (the engine's "begin" event)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "busy_timeout = 30000"):
        dbapi_connection.execute(f"PRAGMA {pragma}")


class PostgresBackend:
    """A pool of connections; the connection of the transaction a thread is in, so nested calls join it."""

    path: Path | None = None

    def __init__(self, url: URL) -> None:
        self._shown = url.render_as_string(hide_password=True)
        try:
            self._engine: Engine = create_engine(url.set(drivername="postgresql+psycopg"), pool_size=5,
                                                 max_overflow=20, pool_pre_ping=True)
        except ImportError:
            raise DatabaseUnreachableError(f"the database {self._shown} needs the Postgres driver: "
                                           "pip install 'openbanana[postgres]'") from None
        self._local = threading.local()
        self._dispose = weakref.finalize(self, self._engine.dispose)  # a Database dropped unclosed closes its pool
        try:
            with self._engine.connect() as conn:
                conn.execute(select(1))
        except DBAPIError as exc:
            self._engine.dispose()
            raise self.unusable(exc) from None

    def unusable(self, exc: DBAPIError) -> Exception:
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        return DatabaseUnreachableError(f"cannot use the database {self._shown} ({reason}); check --database-url, "
                                        "that the server is up, and that the database is openbanana's")

    def missing(self) -> str | None:
        return None  # a server, not a file: it cannot be deleted from under this process

    @contextmanager
    def transaction(self, exclusive: bool) -> Iterator[Connection]:
        joined: Connection | None = getattr(self._local, "conn", None)
        if joined is not None:
            if exclusive and not self._local.exclusive:
                self._lock_writers(joined)
            yield joined
            return
        with self._answering(), self._engine.begin() as conn:
            if exclusive:
                self._lock_writers(conn)
            with self._joinable(conn, exclusive):
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        joined: Connection | None = getattr(self._local, "conn", None)
        if joined is not None:
            yield joined
            return
        with self._answering(), self._engine.begin() as conn, self._joinable(conn, False):
            yield conn

    @contextmanager
    def _answering(self) -> Iterator[None]:
        """A server that stops answering (restarted, unreachable, every pooled connection busy) is a 503 with the
        reason, not a 500; the pool reconnects once it answers again."""
        try:
            yield
        except (OperationalError, PoolTimeoutError) as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise DatabaseUnavailableError(f"The database {self._shown} is not answering ({reason}); "
                                           "try again shortly.") from exc

    @contextmanager
    def _joinable(self, conn: Connection, exclusive: bool) -> Iterator[None]:
        self._local.conn, self._local.exclusive = conn, exclusive
        try:
            yield
        finally:
            self._local.conn = None

    def _lock_writers(self, conn: Connection) -> None:
        conn.execute(select(func.pg_advisory_xact_lock(WRITER_LOCK)))
        self._local.exclusive = True

    def close(self) -> None:
        self._dispose()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino
