"""Typed row access for files, their blobs and resumable upload sessions. Times are integer microseconds (UTC).

Only SQL lives here: no rules about owners, expiry or limits (the service decides those and passes `now_us`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import astuple, dataclass, fields
from typing import Any

from openbanana.store.db import Database, newest_first


@dataclass(frozen=True)
class FileRecord:
    id: str
    owner: str  # a hash of the API key, never the key
    display_name: str
    mime_type: str
    size_bytes: int
    sha256: str  # hex digest of the bytes; names the blob
    source: str  # UPLOADED | GENERATED
    uri_base: str  # scheme://host[/prefix] the file was created through; its uri is <uri_base>/v1beta/files/<id>
    create_us: int
    update_us: int
    expire_us: int


@dataclass(frozen=True)
class UploadSession:
    token_hash: str  # sha256 of the upload_id; the upload_id itself is never stored
    owner: str
    file_id: str  # reserved when the upload starts
    display_name: str
    mime_type: str
    size_bytes: int  # declared when the upload started
    received: int  # bytes committed so far
    uri_base: str
    create_us: int
    expire_us: int


_FILE_COLUMNS = ", ".join(f.name for f in fields(FileRecord))
_SESSION_COLUMNS = ", ".join(f.name for f in fields(UploadSession))


class FileStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """Group several calls (and blob renames) atomically; calls inside join this transaction."""
        return self._db.transaction()

    # files

    def insert_file(self, record: FileRecord) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO blobs (sha256, size) VALUES (?, ?)", (record.sha256, record.size_bytes))
            conn.execute(f"INSERT INTO files ({_FILE_COLUMNS}) VALUES ({_marks(FileRecord)})", astuple(record))

    def get_file(self, owner: str, file_id: str) -> FileRecord | None:
        """One owner's file by its id (names are per owner: another owner's file of that name is not seen)."""
        with self._db.reading() as conn:
            row = conn.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE owner = ? AND id = ?",
                               (owner, file_id)).fetchone()
        return FileRecord(*row) if row else None

    def list_files(self, owner: str, now_us: int, limit: int, after: tuple[int, str] | None = None) -> list[FileRecord]:
        """Live files of one owner, newest first; `after` is the (create_us, id) of the last row already seen."""
        query, params = newest_first(f"SELECT {_FILE_COLUMNS} FROM files WHERE owner = ? AND expire_us > ?",
                                     [owner, now_us], after, limit)
        with self._db.reading() as conn:
            return [FileRecord(*row) for row in conn.execute(query, params)]

    def delete_file(self, owner: str, file_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM files WHERE owner = ? AND id = ?", (owner, file_id)).rowcount > 0

    def name_in_use(self, owner: str, file_id: str) -> bool:
        """Taken by one of the owner's files (live or not yet purged) or reserved by one of its uploads."""
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM files WHERE owner = ? AND id = ?) OR EXISTS "
                "(SELECT 1 FROM upload_sessions WHERE owner = ? AND file_id = ?)",
                (owner, file_id, owner, file_id),
            ).fetchone()
        return bool(row[0])

    def id_in_use(self, file_id: str) -> bool:
        """Taken by any owner's file or upload: server-made ids are unique across owners."""
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM files WHERE id = ?) OR EXISTS "
                "(SELECT 1 FROM upload_sessions WHERE file_id = ?)",
                (file_id, file_id),
            ).fetchone()
        return bool(row[0])

    def bytes_in_use(self, owner: str, now_us: int) -> int:
        """Live files plus the declared size of live uploads: what counts against the owner's quota."""
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT (SELECT COALESCE(SUM(size_bytes), 0) FROM files WHERE owner = ? AND expire_us > ?) + "
                "(SELECT COALESCE(SUM(size_bytes), 0) FROM upload_sessions WHERE owner = ? AND expire_us > ?)",
                (owner, now_us, owner, now_us),
            ).fetchone()
        return int(row[0])

    # upload sessions

    def insert_session(self, session: UploadSession) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO upload_sessions ({_SESSION_COLUMNS}) VALUES ({_marks(UploadSession)})", astuple(session)
            )

    def get_session(self, token_hash: str) -> UploadSession | None:
        with self._db.reading() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM upload_sessions WHERE token_hash = ?", (token_hash,)
            ).fetchone()
        return UploadSession(*row) if row else None

    def advance_session(self, token_hash: str, received_before: int, received_after: int) -> bool:
        """Compare-and-set of the committed byte count; False if another chunk moved it first."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE upload_sessions SET received = ? WHERE token_hash = ? AND received = ?",
                (received_after, token_hash, received_before),
            )
            return cursor.rowcount > 0

    def delete_session(self, token_hash: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM upload_sessions WHERE token_hash = ?", (token_hash,)).rowcount > 0

    # expiry and garbage collection

    def delete_expired(self, now_us: int) -> tuple[list[FileRecord], list[UploadSession]]:
        with self._db.transaction() as conn:
            files = [FileRecord(*row) for row in conn.execute(
                f"SELECT {_FILE_COLUMNS} FROM files WHERE expire_us <= ?", (now_us,))]
            sessions = [UploadSession(*row) for row in conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM upload_sessions WHERE expire_us <= ?", (now_us,))]
            conn.execute("DELETE FROM files WHERE expire_us <= ?", (now_us,))
            conn.execute("DELETE FROM upload_sessions WHERE expire_us <= ?", (now_us,))
        return files, sessions

    def take_orphan_blobs(self) -> list[str]:
        """Forget blobs no file refers to any more and return their hashes (the caller deletes the bytes)."""
        with self._db.transaction() as conn:
            orphans = [row[0] for row in conn.execute(
                "SELECT sha256 FROM blobs WHERE NOT EXISTS (SELECT 1 FROM files WHERE files.sha256 = blobs.sha256)")]
            conn.executemany("DELETE FROM blobs WHERE sha256 = ?", ((sha,) for sha in orphans))
        return orphans

    def known_blobs(self) -> set[str]:
        with self._db.reading() as conn:
            return {row[0] for row in conn.execute("SELECT sha256 FROM blobs")}

    def sessions(self) -> Iterator[UploadSession]:
        with self._db.reading() as conn:
            rows = conn.execute(f"SELECT {_SESSION_COLUMNS} FROM upload_sessions").fetchall()
        return (UploadSession(*row) for row in rows)


def _marks(row_type: type[Any]) -> str:
    return ", ".join("?" for _ in fields(row_type))
