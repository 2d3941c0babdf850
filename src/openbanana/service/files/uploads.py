"""Resumable uploads (and the one-request multipart form): the declaration at the start, the session, the File.

    start_upload → open_chunk(offset).write()…commit() → … → commit(finalize=True) → File (ACTIVE, UPLOADED)

The declaration is checked completely (size, type, name, limits, the owner's quota) before the first byte; each
chunk is checked against the committed offset and the declared size, and only counts once it is complete and on
disk. The upload_id is a bearer secret: sessions are stored under its hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from openbanana.errors import (
    TYPE_PREFIX,
    AlreadyExistsError,
    ApiError,
    FailedPreconditionError,
    InvalidArgumentError,
    NotFoundError,
    ResourceExhaustedError,
    internal_error,
)
from openbanana.protocol.files import FileMetadata
from openbanana.service.files.chunks import ChunkWriter, check_chunk
from openbanana.service.files.janitor import FileJanitor
from openbanana.service.files.names import custom_id, normalize_base
from openbanana.service.files.storage import UPLOADED, FileStorage
from openbanana.store.blobs import hash_file
from openbanana.store.files import FileRecord, UploadSession

MAX_DISPLAY_NAME = 512
ValueT = TypeVar("ValueT", int, str)


@dataclass(frozen=True)
class UploadStart:
    """What a client declared when starting an upload: the body's `file` and the X-Goog-Upload-Header-* values."""

    owner: str
    metadata: FileMetadata
    uri_base: str
    header_size: int | None = None
    header_mime_type: str | None = None


@dataclass(frozen=True)
class Declaration:
    size: int
    mime_type: str
    display_name: str
    custom_id: str | None


def read_declaration(start: UploadStart, max_file_bytes: int) -> Declaration:
    size = _agreed(start.metadata.size_bytes, start.header_size, "size_bytes", "X-Goog-Upload-Header-Content-Length")
    mime_type = _agreed(_mime(start.metadata.mime_type), _mime(start.header_mime_type), "mime_type",
                        "X-Goog-Upload-Header-Content-Type")
    if size is None:
        raise InvalidArgumentError(
            "The upload size is missing: send file.sizeBytes in the body or the "
            "X-Goog-Upload-Header-Content-Length header.", field="file.size_bytes")
    if not mime_type:
        raise InvalidArgumentError(
            "The file's MIME type is missing: send file.mimeType in the body or the "
            "X-Goog-Upload-Header-Content-Type header (e.g. image/png).", field="file.mime_type")
    display_name = start.metadata.display_name or ""
    if len(display_name) > MAX_DISPLAY_NAME:
        raise InvalidArgumentError(
            f"displayName is {len(display_name)} characters long; at most {MAX_DISPLAY_NAME} are allowed.",
            field="file.display_name")
    if size > max_file_bytes:
        raise InvalidArgumentError(
            f"The file is {size} bytes, larger than the {max_file_bytes}-byte limit per file.",
            field="file.size_bytes")
    return Declaration(size, mime_type, display_name, custom_id(start.metadata.name))


def token_hash(upload_id: str) -> str:
    """Sessions are stored under a hash of their upload_id: the database never holds the bearer secret itself."""
    return hashlib.sha256(upload_id.encode()).hexdigest()


def upload_gone() -> NotFoundError:
    return NotFoundError(
        "No upload in progress for this upload_id: it is unknown, expired, cancelled or already finalized. "
        "Start a new upload.")


class UploadService:
    def __init__(self, storage: FileStorage, janitor: FileJanitor, *,
                 owner_quota: Callable[[str], int | None] | None = None) -> None:
        """`owner_quota(owner)`: a per-key override of limits.quota_bytes_per_owner (None: no override)."""
        self._storage = storage
        self._store = storage.store
        self._janitor = janitor
        self.limits = storage.limits
        self._owner_quota = owner_quota
        self._busy: set[str] = set()  # upload sessions with a chunk being written right now
        self._busy_lock = threading.Lock()

    def start_upload(self, start: UploadStart) -> str:
        """Check the declaration and the limits, reserve the file's id; returns the upload_id (a bearer secret)."""
        self._janitor.housekeep()
        declared = read_declaration(start, self.limits.max_file_bytes)
        upload_id = secrets.token_urlsafe(32)
        now = self._storage.now_us()
        with self._store.transaction():
            self._check_quota(start.owner, declared.size, now)
            if declared.custom_id and self._store.name_in_use(start.owner, declared.custom_id):  # names are per owner
                raise AlreadyExistsError(f"File files/{declared.custom_id} already exists; choose another name.",
                                         field="file.name")
            self._store.insert_session(UploadSession(
                token_hash=token_hash(upload_id), owner=start.owner,
                file_id=declared.custom_id or self._storage.new_file_id(), display_name=declared.display_name,
                mime_type=declared.mime_type, size_bytes=declared.size, received=0,
                uri_base=normalize_base(start.uri_base), create_us=now, expire_us=self._storage.expiry_us(now),
            ))
        return upload_id

    def upload_session(self, upload_id: str) -> UploadSession:
        session = self._store.get_session(token_hash(upload_id))
        if session is None or session.expire_us <= self._storage.now_us():
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
        partial = self._storage.partial_path(session)

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
            partial.unlink(missing_ok=True)

        try:
            return ChunkWriter(session, partial, on_commit=commit, on_done=release, on_lost=lost)
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
            self._storage.partial_path(session).unlink(missing_ok=True)

    def _finalize(self, session: UploadSession) -> FileRecord:
        partial = self._storage.partial_path(session)
        sha256 = hash_file(partial)
        now = self._storage.now_us()
        record = FileRecord(
            id=session.file_id, owner=session.owner, display_name=session.display_name,
            mime_type=session.mime_type, size_bytes=session.size_bytes, sha256=sha256, source=UPLOADED,
            uri_base=session.uri_base, create_us=now, update_us=now, expire_us=self._storage.expiry_us(now),
        )
        with self._store.transaction():
            if not self._store.delete_session(session.token_hash):
                raise upload_gone()  # cancelled or purged meanwhile
            self._storage.blobs.adopt(partial, sha256)
            self._store.insert_file(record)
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


def _agreed(body: ValueT | None, header: ValueT | None, name: str, header_name: str) -> ValueT | None:
    """One value declared twice, in the start body and in a header: either will do, but both must agree."""
    if body is not None and header is not None and body != header:
        wire = re.sub(r"_([a-z])", lambda m: m[1].upper(), name)
        raise InvalidArgumentError(
            f"file.{wire} is {body!r} but {header_name} is {header!r}; they must agree.", field=f"file.{name}")
    return body if body is not None else header


def _mime(value: str | None) -> str | None:
    """MIME types are case-insensitive; blank means not given."""
    if value is None:
        return None
    return value.strip().lower() or None
