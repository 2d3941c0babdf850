"""FileService: Google's Files API over the store — resumable uploads, get/list/delete, expiry, fileData resolution.

    start_upload → open_chunk(offset).write()…commit() → … → commit(finalize=True) → File (ACTIVE, UPLOADED)

Files belong to an owner (a hash of the API key that created them) and are visible to nobody else: an unknown,
foreign or expired file is always the same 403, as Google answers. `resolve` turns a `fileData.fileUri` into stored
bytes and accepts only this server's own URIs and `files/<id>`: it never fetches anything over the network.
Every method is blocking (SQLite, disk) and thread-safe; the API layer calls them off the event loop.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from openbanana.errors import (
    TYPE_PREFIX,
    AlreadyExistsError,
    ApiError,
    FailedPreconditionError,
    InvalidArgumentError,
    ResourceExhaustedError,
    internal_error,
)
from openbanana.protocol.content import Blob, Content
from openbanana.protocol.files import File
from openbanana.service.file_names import (
    decode_page_token,
    encode_page_token,
    file_uri,
    normalize_base,
    parse_file_ref,
    random_id,
)
from openbanana.service.generation.inputs import FileResolver, unknown_file
from openbanana.service.uploads import (
    ChunkWriter,
    UploadStart,
    check_chunk,
    read_declaration,
    token_hash,
    upload_gone,
)
from openbanana.store.blobs import BlobStore, hash_file
from openbanana.store.db import Database
from openbanana.store.files import FileRecord, FileStore, UploadSession

log = logging.getLogger("openbanana.service")

UPLOADED, GENERATED = "UPLOADED", "GENERATED"
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 10, 100
HOUSEKEEPING_INTERVAL_S = 60.0
STALE_TEMP_S = 3600.0
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class FileLimits:
    max_file_bytes: int = 2 * 1024**3
    quota_bytes_per_owner: int = 20 * 1024**3
    ttl: timedelta = timedelta(hours=48)


class FileService:
    def __init__(self, store: FileStore, blobs: BlobStore, uploads_dir: Path, limits: FileLimits,
                 clock: Clock = utc_now, *, owner_quota: Callable[[str], int | None] | None = None) -> None:
        """`owner_quota(owner)`: a per-key override of limits.quota_bytes_per_owner (None: no override)."""
        self._store = store
        self._blobs = blobs
        self._uploads_dir = uploads_dir
        self._uploads_dir.mkdir(parents=True, exist_ok=True)
        self.limits = limits
        self._clock = clock
        self._owner_quota = owner_quota
        self._busy: set[str] = set()  # upload sessions with a chunk being written right now
        self._busy_lock = threading.Lock()
        self._next_housekeeping = 0.0
        self.sweep()

    @classmethod
    def in_data_dir(cls, data_dir: Path, limits: FileLimits, clock: Clock = utc_now) -> FileService:
        """`<data_dir>/openbanana.db`, `<data_dir>/blobs/`, `<data_dir>/uploads/` (same file system: renames)."""
        return cls(FileStore(Database.in_dir(data_dir)), BlobStore(data_dir / "blobs"), data_dir / "uploads",
                   limits, clock)

    def close(self) -> None:
        self._store.close()

    # 1. uploads

    def start_upload(self, start: UploadStart) -> str:
        """Check the declaration and the limits, reserve the file's id; returns the upload_id (a bearer secret)."""
        self._housekeep()
        declared = read_declaration(start, self.limits.max_file_bytes)
        upload_id = secrets.token_urlsafe(32)
        now = self._now_us()
        with self._store.transaction():
            self._check_quota(start.owner, declared.size, now)
            if declared.custom_id and self._store.id_in_use(declared.custom_id):
                raise AlreadyExistsError(f"File files/{declared.custom_id} already exists; choose another name.",
                                         field="file.name")
            self._store.insert_session(UploadSession(
                token_hash=token_hash(upload_id), owner=start.owner, file_id=declared.custom_id or self._new_id(),
                display_name=declared.display_name, mime_type=declared.mime_type, size_bytes=declared.size,
                received=0, uri_base=normalize_base(start.uri_base), create_us=now, expire_us=now + self._ttl_us(),
            ))
        return upload_id

    def upload_session(self, upload_id: str) -> UploadSession:
        session = self._store.get_session(token_hash(upload_id))
        if session is None or session.expire_us <= self._now_us():
            raise upload_gone()
        return session

    def open_chunk(self, upload_id: str, offset: int, length: int | None) -> ChunkWriter:
        """Validate a chunk before any of its bytes are read; the writer then appends them at `offset`."""
        session = self.upload_session(upload_id)
        check_chunk(session, offset, length)
        with self._busy_lock:
            if session.token_hash in self._busy:
                raise FailedPreconditionError(
                    "Another chunk of this upload is still being written; send chunks one at a time.")
            self._busy.add(session.token_hash)

        def commit(received: int, finalize: bool) -> UploadSession | FileRecord:
            if not self._store.advance_session(session.token_hash, session.received, received):
                raise upload_gone()  # finalized, cancelled or purged meanwhile
            committed = replace(session, received=received)
            return self._finalize(committed) if finalize else committed

        def release() -> None:
            with self._busy_lock:
                self._busy.discard(session.token_hash)

        def lost() -> None:
            self._store.delete_session(session.token_hash)
            self._partial_path(session).unlink(missing_ok=True)

        try:
            return ChunkWriter(session, self._partial_path(session), on_commit=commit, on_done=release, on_lost=lost)
        except BaseException:
            release()
            raise

    def upload_bytes(self, start: UploadStart, data: bytes) -> FileRecord:
        """The one-request form (multipart): start, one finalizing chunk; a failure leaves no upload behind."""
        upload_id = self.start_upload(start)
        try:
            writer = self.open_chunk(upload_id, 0, len(data))
            try:
                writer.write(data)
                result = writer.commit(finalize=True)
            except BaseException:
                writer.abort()
                raise
        except BaseException:
            with contextlib.suppress(ApiError):
                self.cancel_upload(upload_id)
            raise
        if not isinstance(result, FileRecord):
            raise internal_error()
        return result

    def cancel_upload(self, upload_id: str) -> None:
        session = self.upload_session(upload_id)
        if self._store.delete_session(session.token_hash):
            self._partial_path(session).unlink(missing_ok=True)

    def _finalize(self, session: UploadSession) -> FileRecord:
        partial = self._partial_path(session)
        sha256 = hash_file(partial)
        now = self._now_us()
        record = FileRecord(
            id=session.file_id, owner=session.owner, display_name=session.display_name,
            mime_type=session.mime_type, size_bytes=session.size_bytes, sha256=sha256, source=UPLOADED,
            uri_base=session.uri_base, create_us=now, update_us=now, expire_us=now + self._ttl_us(),
        )
        with self._store.transaction():
            if not self._store.delete_session(session.token_hash):
                raise upload_gone()  # cancelled or purged meanwhile
            self._blobs.adopt(partial, sha256)
            self._store.insert_file(record)
        return record

    # 2. the File resource

    def get(self, owner: str, ref: str) -> FileRecord:
        self._housekeep()
        return self._lookup(ref, owner, bare_id=True)

    def list_files(self, owner: str, page_size: int | None,
                   page_token: str | None) -> tuple[list[FileRecord], str | None]:
        """Newest first; the token names the last file of the page, so deletions never shift later pages."""
        self._housekeep()
        size = DEFAULT_PAGE_SIZE if not page_size or page_size <= 0 else min(page_size, MAX_PAGE_SIZE)
        rows = self._store.list_files(owner, self._now_us(), size + 1, decode_page_token(page_token))
        following = encode_page_token(rows[size - 1].create_us, rows[size - 1].id) if len(rows) > size else None
        return rows[:size], following

    def delete(self, owner: str, ref: str) -> None:
        self._housekeep()
        record = self._lookup(ref, owner, bare_id=True)
        with self._store.transaction():
            self._store.delete_file(record.id)
            self._collect_garbage()

    def download(self, owner: str, ref: str) -> tuple[FileRecord, Path]:
        record = self._lookup(ref, owner, bare_id=True)
        if record.source != GENERATED:
            raise InvalidArgumentError(
                f"File files/{record.id} was uploaded, not generated: only generated files (source GENERATED) "
                "can be downloaded.")
        return record, self._blobs.path_for(record.sha256)

    def create_generated(self, owner: str, data: bytes, mime_type: str, uri_base: str,
                         display_name: str = "") -> FileRecord:
        """A file the server made (e.g. batch output): downloadable with `:download?alt=media`."""
        now = self._now_us()
        with self._store.transaction():
            blob = self._blobs.write(data)
            record = FileRecord(
                id=self._new_id(), owner=owner, display_name=display_name, mime_type=mime_type,
                size_bytes=blob.size, sha256=blob.sha256, source=GENERATED, uri_base=normalize_base(uri_base),
                create_us=now, update_us=now, expire_us=now + self._ttl_us(),
            )
            self._store.insert_file(record)
        return record

    def describe(self, record: FileRecord) -> File:
        uri = file_uri(record.uri_base, record.id)
        file: File = {"name": f"files/{record.id}"}
        if record.display_name:
            file["displayName"] = record.display_name
        file |= {
            "mimeType": record.mime_type,
            "sizeBytes": str(record.size_bytes),
            "createTime": rfc3339(record.create_us),
            "updateTime": rfc3339(record.update_us),
            "expirationTime": rfc3339(record.expire_us),
            "sha256Hash": base64.b64encode(bytes.fromhex(record.sha256)).decode("ascii"),
            "uri": uri,
        }
        if record.source == GENERATED:
            file["downloadUri"] = f"{uri}:download?alt=media"
        file |= {"state": "ACTIVE", "source": record.source}
        return file

    # 3. fileData in generateContent

    def resolve(self, uri: str, owner: str | None = None) -> Blob:
        """`fileData.fileUri` → the stored bytes. Only our own URIs and `files/<id>`; nothing is ever fetched.

        `owner=None` skips the owner check (for a resolver built before the caller is known).
        """
        record = self._lookup(uri, owner, bare_id=False)
        try:
            data = self._blobs.read(record.sha256)
        except FileNotFoundError:
            log.error("blob %s of file %s is missing from the blob store", record.sha256, record.id)
            raise internal_error() from None
        return Blob(mime_type=record.mime_type, data=data)

    def resolver_for(self, owner: str) -> FileResolver:
        return lambda uri: self.resolve(uri, owner)

    def check_access(self, owner: str, contents: list[Content]) -> None:
        """Every `fileData` part in a user turn must name a live file of `owner`: else the 403 `resolve` raises."""
        for content in contents:
            if content.role == "model":
                continue
            for part in content.parts:
                if part.file_data is not None:
                    self._lookup(part.file_data.file_uri, owner, bare_id=False)

    # 4. housekeeping

    def purge_expired(self) -> int:
        """Delete expired files and uploads and the blobs nobody uses any more; returns the files removed."""
        with self._store.transaction():
            files, sessions = self._store.delete_expired(self._now_us())
            for session in sessions:
                self._partial_path(session).unlink(missing_ok=True)
            self._collect_garbage()
        return len(files)

    def sweep(self) -> None:
        """Purge, then remove what a crash can leave behind: blobs and partial uploads the database does not know."""
        self.purge_expired()
        with self._store.transaction():
            known = self._store.known_blobs()
            for sha256 in set(self._blobs.stored()) - known:
                self._blobs.delete(sha256)
            live = {f"{s.token_hash}.part" for s in self._store.sessions()}
            for path in self._uploads_dir.glob("*.part"):
                if path.name not in live:
                    path.unlink(missing_ok=True)
        self._blobs.clear_temp(older_than=time.time() - STALE_TEMP_S)

    def _housekeep(self) -> None:
        if time.monotonic() >= self._next_housekeeping:
            self._next_housekeeping = time.monotonic() + HOUSEKEEPING_INTERVAL_S
            self.purge_expired()

    def _collect_garbage(self) -> None:
        with self._store.transaction():
            for sha256 in self._store.take_orphan_blobs():
                self._blobs.delete(sha256)

    # helpers

    def _lookup(self, ref: str, owner: str | None, *, bare_id: bool) -> FileRecord:
        parsed = parse_file_ref(ref, bare_id=bare_id)
        record = self._store.get_file(parsed.file_id) if parsed else None
        if (
            parsed is None or record is None
            or (owner is not None and record.owner != owner)
            or record.expire_us <= self._now_us()
            or (parsed.uri_base is not None and parsed.uri_base != record.uri_base)
        ):
            raise unknown_file(parsed.file_id if parsed else ref)
        return record

    def _check_quota(self, owner: str, size: int, now_us: int) -> None:
        override = self._owner_quota(owner) if self._owner_quota is not None else None
        quota = self.limits.quota_bytes_per_owner if override is None else override
        used = self._store.bytes_in_use(owner, now_us)
        if used + size > quota:
            raise ResourceExhaustedError(
                f"Storing this {size}-byte file would exceed the Files API quota of {quota} bytes for this API "
                f"key ({used} bytes are held by live files and uploads in progress). Delete files or wait for "
                "them to expire.",
                details=[{"@type": TYPE_PREFIX + "QuotaFailure", "violations": [
                    {"subject": "files", "description": f"quota_bytes_per_key={quota}, in use={used}, asked={size}"},
                ]}],
            )

    def _new_id(self) -> str:
        while self._store.id_in_use(candidate := random_id()):
            pass
        return candidate

    def _partial_path(self, session: UploadSession) -> Path:
        return self._uploads_dir / f"{session.token_hash}.part"

    def _now_us(self) -> int:
        return (self._clock() - EPOCH) // timedelta(microseconds=1)

    def _ttl_us(self) -> int:
        return self.limits.ttl // timedelta(microseconds=1)


def rfc3339(us: int) -> str:
    return (EPOCH + timedelta(microseconds=us)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
