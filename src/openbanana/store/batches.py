"""Typed row access for batches (their requests live in the jobs queue). Times are integer microseconds (UTC)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete, select, update

from openbanana.store.db import Database, columns, newest_first
from openbanana.store.schema import batches


@dataclass(frozen=True)
class BatchRecord:
    id: str
    owner: str  # a hash of the API key, as for files
    model: str  # "models/<id>"
    display_name: str
    state: str  # BATCH_STATE_PENDING until it ends; RUNNING is derived from the queue's progress
    input_file: str | None  # "files/<id>" when the requests came from a JSONL file
    responses_file: str | None  # "files/<id>" of the JSONL output, for file input
    uri_base: str
    create_us: int
    update_us: int
    end_us: int | None


_COLUMNS = columns(batches, BatchRecord)


class BatchStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def transaction(self) -> AbstractContextManager[Connection]:
        """Group several calls atomically (with the queue's and the files' on the same Database)."""
        return self._db.transaction()

    def insert(self, record: BatchRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute(batches.insert().values(**asdict(record)))

    def get(self, batch_id: str) -> BatchRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(select(*_COLUMNS).where(batches.c.id == batch_id)).first()
        return BatchRecord(*row) if row else None

    def id_in_use(self, batch_id: str) -> bool:
        return self.get(batch_id) is not None

    def list(self, owner: str, limit: int, after: tuple[int, str] | None = None) -> list[BatchRecord]:
        """Newest first; `after` is the (create_us, id) of the last row already seen."""
        query = newest_first(select(*_COLUMNS).where(batches.c.owner == owner), batches, after, limit)
        with self._db.reading() as conn:
            return [BatchRecord(*row) for row in conn.execute(query)]

    def finish(self, batch_id: str, state: str, now_us: int, responses_file: str | None = None) -> bool:
        """Move a batch that has not ended yet to its final state; False if it had already ended."""
        with self._db.transaction() as conn:
            return conn.execute(update(batches).where(batches.c.id == batch_id, batches.c.end_us.is_(None)).values(
                state=state, responses_file=responses_file, update_us=now_us, end_us=now_us)).rowcount > 0

    def delete(self, batch_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute(delete(batches).where(batches.c.id == batch_id)).rowcount > 0
