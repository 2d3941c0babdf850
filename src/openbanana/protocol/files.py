"""The Files API on the wire: the upload-start body (wire-protocol.md §10) and the File resource we answer with."""

from __future__ import annotations

from typing import TypedDict

from pydantic import Field

from openbanana.protocol.base import ProtoInt64, WireModel


class FileMetadata(WireModel):
    """What a client may say about a file it is about to upload; everything else is output-only and ignored."""

    name: str | None = None  # optional custom name, "files/<id>"
    display_name: str | None = None
    mime_type: str | None = None
    size_bytes: ProtoInt64 | None = Field(default=None, ge=0)  # a number (Python SDK) or a string (JS SDK, REST)


class CreateFileRequest(WireModel):
    """`{"file": {...}}` from the Python SDK (snake_case inside), the JS SDK (camelCase) or curl (may be empty)."""

    file: FileMetadata = Field(default_factory=FileMetadata)


class File(TypedDict, total=False):
    """Google's File resource: int64 as strings, RFC 3339 times, base64 sha256Hash."""

    name: str
    displayName: str
    mimeType: str
    sizeBytes: str
    createTime: str
    updateTime: str
    expirationTime: str
    sha256Hash: str
    uri: str
    downloadUri: str
    state: str
    source: str


class ListFilesResponse(TypedDict, total=False):
    files: list[File]
    nextPageToken: str


class UploadResponse(TypedDict):
    file: File
