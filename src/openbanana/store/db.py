"""The database: SQLite in the data directory (the default) or Postgres (`--database-url postgresql://…`), through
SQLAlchemy Core; the schema is `schema.py`, its versions `migrations.py`.

`transaction()` is atomic with respect to every other writer, in this process and in others sharing the database:
on SQLite it holds the file's write lock (BEGIN IMMEDIATE); on Postgres a transaction-scoped advisory lock that
every replica's writers take. `transaction(exclusive=False)` skips that lock on Postgres for work that row locks
make safe on their own (the job queue's leases: `SELECT … FOR UPDATE SKIP LOCKED`). Nested calls on one thread
join the outer transaction.

A SQLite file that is not a readable database stops the server at start with one line saying what to do
(`DatabaseUnreadableError`); a Postgres server that cannot be reached does too (`DatabaseUnreachableError`). A
SQLite file deleted or replaced while the server runs is noticed: SQLite would go on writing to the deleted file,
and everything written would vanish at the next start, so every write transaction refuses with 503
(`DatabaseGoneError`) and `missing()` tells /healthz.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Column, Connection, Select, Table, and_, create_engine, event, exists, func, or_, select
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.pool import StaticPool

from openbanana.store.errors import (
    DatabaseGoneError,
    DatabaseUnavailableError,
    DatabaseUnreachableError,
    DatabaseUnreadableError,
    SchemaVersionError,
)
from openbanana.store.migrations import SCHEMA_VERSION, migrate, read_version

__all__ = ["DB_FILE", "SCHEMA_VERSION", "Database", "DatabaseGoneError", "DatabaseUnavailableError",
           "DatabaseUnreachableError",
           "DatabaseUnreadableError", "SchemaVersionError", "columns", "insert_if_absent", "newest_first"]

DB_FILE = "openbanana.db"
WRITER_LOCK = 0x6F62616E  # the Postgres advisory lock every exclusive transaction holds ("oban")


class _Backend(Protocol):
    path: Path | None

    def transaction(self, exclusive: bool) -> AbstractContextManager[Connection]: ...

    def reading(self) -> AbstractContextManager[Connection]: ...

    def missing(self) -> str | None: ...

    def unusable(self, exc: DBAPIError) -> Exception: ...

    def close(self) -> None: ...


class Database:
    """A SQLite file or a Postgres database, migrated to SCHEMA_VERSION when opened."""

    def __init__(self, url: str | URL) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise DatabaseUnreachableError(f"the database URL {str(url)!r} is not a URL: use "
                                           "postgresql://user:password@host:port/database") from None
        self.url = parsed
        self._backend: _Backend
        if parsed.get_backend_name() == "sqlite":
            self._backend = _Sqlite(Path(parsed.database or DB_FILE))
        elif parsed.get_backend_name() == "postgresql":
            self._backend = _Postgres(parsed)
        else:
            raise DatabaseUnreachableError(f"the database URL {parsed.render_as_string(hide_password=True)} is "
                                           "not supported: use postgresql://… (or none for SQLite in the data dir)")
        try:
            with self._backend.transaction(True) as conn:
                migrate(conn)
        except DBAPIError as exc:
            self._backend.close()
            raise self._backend.unusable(exc) from None
        except BaseException:
            self._backend.close()
            raise

    @classmethod
    def in_dir(cls, data_dir: Path) -> Database:
        return cls(URL.create("sqlite", database=str(data_dir / DB_FILE)))

    @classmethod
    def open(cls, database_url: str | None, data_dir: Path) -> Database:
        """`database_url` when one is set, else the SQLite file in `data_dir`."""
        return cls(database_url) if database_url else cls.in_dir(data_dir)

    @property
    def path(self) -> Path | None:
        """The SQLite file; None on Postgres."""
        return self._backend.path

    @property
    def dialect(self) -> str:
        return self.url.get_backend_name()

    @property
    def schema_version(self) -> int:
        with self.reading() as conn:
            return read_version(conn)

    def missing(self) -> str | None:
        """Why the SQLite file this connection writes to is no longer the database at its path, or None."""
        return self._backend.missing()

    def transaction(self, exclusive: bool = True) -> AbstractContextManager[Connection]:
        return self._backend.transaction(exclusive)

    def reading(self) -> AbstractContextManager[Connection]:
        return self._backend.reading()

    def close(self) -> None:
        self._backend.close()


class _Sqlite:
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


class _Postgres:
    """A pool of connections; the connection of the transaction a thread is in, so nested calls join it."""

    path: Path | None = None

    def __init__(self, url: URL) -> None:
        self._shown = url.render_as_string(hide_password=True)
        self._engine: Engine = create_engine(url.set(drivername="postgresql+psycopg"), pool_size=5, max_overflow=20,
                                             pool_pre_ping=True)
        self._local = threading.local()
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
        self._engine.dispose()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


def columns(table: Table, row_type: type[Any]) -> list[Column[Any]]:
    """The table's columns in the order of a row dataclass's fields, so that `RowType(*row)` builds it."""
    return [table.c[field.name] for field in fields(row_type)]


def insert_if_absent(conn: Connection, table: Table, values: dict[str, Any], key: str) -> None:
    """Insert unless a row with this `key` value exists; first write wins (under an exclusive transaction)."""
    if conn.execute(select(exists().where(table.c[key] == values[key]))).scalar():
        return
    conn.execute(table.insert().values(**values))


def newest_first(query: Select[Any], table: Table, after: tuple[int, str] | None, limit: int) -> Select[Any]:
    """Keyset paging on (create_us, id), newest first; `after` is the (create_us, id) of the last row already seen."""
    create_us, row_id = table.c.create_us, table.c.id
    if after is not None:
        query = query.where(or_(create_us < after[0], and_(create_us == after[0], row_id < after[1])))
    return query.order_by(create_us.desc(), row_id.desc()).limit(limit)
