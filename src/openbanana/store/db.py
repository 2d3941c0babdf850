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

from contextlib import AbstractContextManager
from dataclasses import fields
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, and_, exists, or_, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from openbanana.store.backends import Backend, PostgresBackend, SqliteBackend
from openbanana.store.errors import (
    DatabaseGoneError,
    DatabaseUnavailableError,
    DatabaseUnreachableError,
    DatabaseUnreadableError,
    SchemaVersionError,
)
from openbanana.store.migrations import SCHEMA_VERSION, migrate, read_version

__all__ = ["DB_FILE", "SCHEMA_VERSION", "Database", "DatabaseGoneError", "DatabaseUnavailableError",
           "DatabaseUnreachableError", "DatabaseUnreadableError", "SchemaVersionError", "columns", "insert_if_absent",
           "newest_first"]

DB_FILE = "openbanana.db"


class Database:
    """A SQLite file or a Postgres database, migrated to SCHEMA_VERSION when opened."""

    def __init__(self, url: str | URL) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise DatabaseUnreachableError("the database URL is not a URL (it is not shown: it may hold a "
                                           "password); use postgresql://user:password@host:port/database") from None
        self.url = parsed
        self._backend: Backend
        if parsed.get_backend_name() == "sqlite":
            self._backend = SqliteBackend(Path(parsed.database or DB_FILE))
        elif parsed.get_backend_name() == "postgresql":
            self._backend = PostgresBackend(parsed)
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

    def problem(self) -> str | None:
        """Why this database cannot serve now (the SQLite file gone or replaced, a read failing), or None: what
        /readyz reports. Never shows a password."""
        if (gone := self.missing()) is not None:
            return gone
        try:
            with self.reading() as conn:
                read_version(conn)
        except (DBAPIError, DatabaseUnavailableError) as exc:
            where = self.path or self.url.render_as_string(hide_password=True)
            return f"the database {where} cannot be read: {type(exc).__name__}"
        return None

    def transaction(self, exclusive: bool = True) -> AbstractContextManager[Connection]:
        return self._backend.transaction(exclusive)

    def reading(self) -> AbstractContextManager[Connection]:
        return self._backend.reading()

    def close(self) -> None:
        self._backend.close()


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
