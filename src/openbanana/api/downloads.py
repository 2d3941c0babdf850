"""A stored file's bytes as a response: sendfile for a blob on a local file system, a stream from object storage."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from starlette.responses import FileResponse, Response, StreamingResponse

from openbanana.service.files import Download
from openbanana.store.files import FileRecord

DOWNLOAD_CHUNK = 1024 * 1024  # a blob from object storage is read and sent this much at a time


def download_response(record: FileRecord, blob: Download, headers: Mapping[str, str] | None = None) -> Response:
    if isinstance(blob, Path):
        return FileResponse(blob, media_type=record.mime_type, headers=headers)
    return StreamingResponse(_chunks(blob), media_type=record.mime_type,  # starlette reads it on a worker thread
                             headers={**(headers or {}), "Content-Length": str(record.size_bytes)})


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    """Read as the client takes it; closed when the answer ends or the client goes."""
    with stream:
        while chunk := stream.read(DOWNLOAD_CHUNK):
            yield chunk
