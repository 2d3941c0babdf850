"""Resumable uploads: what a client declares at the start, and one chunk's bytes on their way to disk.

The declaration is checked completely (size, type, name, limits) before the first byte; each chunk is checked
against the committed offset and the declared size, and only counts once it is complete and on disk.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from openbanana.errors import FailedPreconditionError, InvalidArgumentError, NotFoundError
from openbanana.protocol.files import FileMetadata
from openbanana.service.files.names import custom_id
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


def check_chunk(session: UploadSession, offset: int, length: int | None) -> None:
    if offset != session.received:
        raise InvalidArgumentError(
            f"X-Goog-Upload-Offset is {offset}, but {session.received} bytes of this upload have been "
            f"received: send the next chunk at offset {session.received} (X-Goog-Upload-Command: query "
            "reports it).", field="X-Goog-Upload-Offset")
    if length is not None and offset + length > session.size_bytes:
        raise InvalidArgumentError(
            f"This chunk would bring the upload to {offset + length} bytes, more than the {session.size_bytes} "
            "bytes declared when it started.", field="Content-Length")


class ChunkWriter:
    """One chunk of a resumable upload: append with `write`, then `commit` (or `abort`, which leaves no trace).

    Bytes go straight into the upload's partial file at the committed offset; the session's byte count only
    moves on `commit`, after an fsync, so a failed or interrupted chunk is cut off again and never counted.
    `on_commit(received, finalize)` records the chunk (and makes the File); `on_done` runs exactly when the writer
    is finished either way; `on_lost` ends an upload whose committed bytes are no longer on disk.
    """

    def __init__(self, session: UploadSession, partial: Path, *,
                 on_commit: Callable[[int, bool], UploadSession | FileRecord],
                 on_done: Callable[[], None], on_lost: Callable[[], None]) -> None:
        self._session = session
        self._on_commit = on_commit
        self._on_done = on_done
        self._room = session.size_bytes - session.received
        self._written = 0
        self._handle = partial.open("ab")
        if self._handle.tell() < session.received:  # never pad lost bytes with zeros
            self._handle.close()
            on_lost()
            raise FailedPreconditionError("The bytes received so far for this upload were lost; start a new upload.")
        self._handle.truncate(session.received)

    def write(self, data: bytes) -> None:
        if self._written + len(data) > self._room:
            self.abort()
            raise InvalidArgumentError(
                f"The upload received more bytes than the {self._session.size_bytes} declared when it started.",
                field="Content-Length")
        self._handle.write(data)
        self._written += len(data)

    def commit(self, *, finalize: bool) -> UploadSession | FileRecord:
        """The chunk is complete: count it; with `finalize`, the upload must be complete and becomes a File."""
        session, received = self._session, self._session.received + self._written
        if finalize and received != session.size_bytes:
            self.abort()
            raise InvalidArgumentError(
                f"The upload was finalized after {received} bytes, but {session.size_bytes} were declared when it "
                "started.", field="X-Goog-Upload-Command")
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            return self._on_commit(received, finalize)
        finally:
            self._on_done()

    def abort(self) -> None:
        if not self._handle.closed:
            self._handle.truncate(self._session.received)
            self._handle.close()
        self._on_done()


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
