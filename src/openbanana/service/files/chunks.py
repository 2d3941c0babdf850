"""One chunk of a resumable upload on its way to disk: checked against the committed offset, counted once synced."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from openbanana.errors import FailedPreconditionError, InvalidArgumentError
from openbanana.store.files import FileRecord, UploadSession


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
