"""Typed row access for files, their blobs and resumable upload sessions. Times are integer microseconds (UTC).

Only SQL lives here: no rules about owners, expiry or limits (the service decides those and passes `now_us`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete, exists, func, or_, select, update

from openbanana.store.db import Database, columns, insert_if_absent, newest_first
from openbanana.store.schema import blobs, files, upload_sessions


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


_FILE_COLUMNS = columns(files, FileRecord)
_SESSION_COLUMNS = columns(upload_sessions, UploadSession)


class FileStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> AbstractContextManager[Connection]:
        """Group several calls (and blob renames) atomically; calls inside join this transaction."""
        return self._db.transaction()

    # files

    def insert_file(self, record: FileRecord) -> None:
        with self._db.transaction() as conn:
            insert_if_absent(conn, blobs, {"sha256": record.sha256, "size": record.size_bytes}, "sha256")
            conn.execute(files.insert().values(**asdict(record)))

    def get_file(self, owner: str, file_id: str) -> FileRecord | None:
        """One owner's file by its id (names are per owner: another owner's file of that name is not seen)."""
        with self._db.reading() as conn:
            row = conn.execute(select(*_FILE_COLUMNS).where(files.c.owner == owner, files.c.id == file_id)).first()
        return FileRecord(*row) if row else None

    def list_files(self, owner: str, now_us: int, limit: int, after: tuple[int, str] | None = None) -> list[FileRecord]:
        """Live files of one owner, newest first; `after` is the (create_us, id) of the last row already seen."""
        query = newest_first(select(*_FILE_COLUMNS).where(files.c.owner == owner, files.c.expire_us > now_us),
                             files, after, limit)
        with self._db.reading() as conn:
            return [FileRecord(*row) for row in conn.execute(query)]

    def delete_file(self, owner: str, file_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute(delete(files).where(files.c.owner == owner, files.c.id == file_id)).rowcount > 0

    def name_in_use(self, owner: str, file_id: str) -> bool:
        """Taken by one of the owner's files (live or not yet purged) or reserved by one of its uploads."""
        query = select(or_(exists().where(files.c.owner == owner, files.c.id == file_id),
                           exists().where(upload_sessions.c.owner == owner, upload_sessions.c.file_id == file_id)))
        with self._db.reading() as conn:
            return bool(conn.execute(query).scalar())

    def id_in_use(self, file_id: str) -> bool:
        """Taken by any owner's file or upload: server-made ids are unique across owners."""
        query = select(or_(exists().where(files.c.id == file_id), exists().where(upload_sessions.c.file_id == file_id)))
        with self._db.reading() as conn:
            return bool(conn.execute(query).scalar())

    def bytes_in_use(self, owner: str, now_us: int) -> int:
        """Live files plus the declared size of live uploads: what counts against the owner's quota."""
        in_files = select(func.coalesce(func.sum(files.c.size_bytes), 0)).where(
            files.c.owner == owner, files.c.expire_us > now_us).scalar_subquery()
        in_uploads = select(func.coalesce(func.sum(upload_sessions.c.size_bytes), 0)).where(
            upload_sessions.c.owner == owner, upload_sessions.c.expire_us > now_us).scalar_subquery()
        with self._db.reading() as conn:
            return int(conn.execute(select(in_files + in_uploads)).scalar_one())

    # upload sessions

    def insert_session(self, session: UploadSession) -> None:
        with self._db.transaction() as conn:
            conn.execute(upload_sessions.insert().values(**asdict(session)))

    def get_session(self, token_hash: str) -> UploadSession | None:
        with self._db.reading() as conn:
            row = conn.execute(select(*_SESSION_COLUMNS).where(upload_sessions.c.token_hash == token_hash)).first()
        return UploadSession(*row) if row else None

    def advance_session(self, token_hash: str, received_before: int, received_after: int) -> bool:
        """Compare-and-set of the committed byte count; False if another chunk moved it first."""
        with self._db.transaction() as conn:
            return conn.execute(update(upload_sessions).where(
                upload_sessions.c.token_hash == token_hash, upload_sessions.c.received == received_before,
            ).values(received=received_after)).rowcount > 0

    def delete_session(self, token_hash: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute(delete(upload_sessions).where(upload_sessions.c.token_hash == token_hash)).rowcount > 0

    # expiry and garbage collection

    def delete_expired(self, now_us: int) -> tuple[list[FileRecord], list[UploadSession]]:
        with self._db.transaction() as conn:
            expired = [FileRecord(*row) for row in conn.execute(
                select(*_FILE_COLUMNS).where(files.c.expire_us <= now_us))]
            sessions = [UploadSession(*row) for row in conn.execute(
                select(*_SESSION_COLUMNS).where(upload_sessions.c.expire_us <= now_us))]
            conn.execute(delete(files).where(files.c.expire_us <= now_us))
            conn.execute(delete(upload_sessions).where(upload_sessions.c.expire_us <= now_us))
        return expired, sessions

    def take_orphan_blobs(self) -> list[str]:
        """Forget blobs no file refers to any more and return their hashes (the caller deletes the bytes)."""
        unreferenced = ~exists().where(files.c.sha256 == blobs.c.sha256)
        with self._db.transaction() as conn:
            orphans = list(conn.execute(select(blobs.c.sha256).where(unreferenced)).scalars())
            conn.execute(delete(blobs).where(unreferenced))  # the same rows: writers are excluded meanwhile
        return orphans

    def known_blobs(self) -> set[str]:
        with self._db.reading() as conn:
            return set(conn.execute(select(blobs.c.sha256)).scalars())

    def sessions(self) -> Iterator[UploadSession]:
        with self._db.reading() as conn:
            rows = conn.execute(select(*_SESSION_COLUMNS)).all()
        return (UploadSession(*row) for row in rows)
