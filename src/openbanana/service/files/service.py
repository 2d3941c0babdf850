"""FileService: Google's File resource over the store — get/list/delete/download, generated files, fileData resolution.

Files belong to an owner (a hash of the API key that created them) and are visible to nobody else: their names
are per owner (two keys may both have `files/report`), and an unknown, foreign or expired file is always the same
403, as Google answers. `resolve` turns a `fileData.fileUri` into stored
bytes and accepts only this server's own URIs and `files/<id>`: it never fetches anything over the network.
Uploads are UploadService's, expiry FileJanitor's. Every method is blocking (SQLite, disk) and thread-safe; the
API layer calls them off the event loop.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import BinaryIO

from openbanana.clock import rfc3339
from openbanana.errors import InvalidArgumentError, internal_error
from openbanana.protocol.content import Blob, Content
from openbanana.protocol.files import File
from openbanana.service.files.janitor import FileJanitor
from openbanana.service.files.names import (
    decode_page_token,
    encode_page_token,
    file_uri,
    normalize_base,
    parse_file_ref,
)
from openbanana.service.files.storage import GENERATED, FileStorage
from openbanana.service.generation.inputs import unknown_file
from openbanana.service.generation.references import FileResolver, ImageSource
from openbanana.store.files import FileRecord

log = logging.getLogger("openbanana.service")

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 10, 100
Download = Path | BinaryIO  # a blob on a local file system, or a stream from object storage


class FileService:
    def __init__(self, storage: FileStorage, janitor: FileJanitor) -> None:
        self._storage = storage
        self._store = storage.store
        self._janitor = janitor

    def close(self) -> None:
        """The files' database connection, which uploads and the janitor share: at shutdown."""
        self._storage.close()

    # the File resource

    def get(self, owner: str, ref: str) -> FileRecord:
        self._janitor.housekeep()
        return self._lookup(ref, owner, bare_id=True)

    def list_files(self, owner: str, page_size: int | None,
                   page_token: str | None) -> tuple[list[FileRecord], str | None]:
        """Newest first; the token names the last file of the page, so deletions never shift later pages."""
        self._janitor.housekeep()
        size = DEFAULT_PAGE_SIZE if not page_size or page_size <= 0 else min(page_size, MAX_PAGE_SIZE)
        rows = self._store.list_files(owner, self._storage.now_us(), size + 1, decode_page_token(page_token))
        following = encode_page_token(rows[size - 1].create_us, rows[size - 1].id) if len(rows) > size else None
        return rows[:size], following

    def delete(self, owner: str, ref: str) -> None:
        self._janitor.housekeep()
        record = self._lookup(ref, owner, bare_id=True)
        with self._store.transaction():
            self._store.delete_file(owner, record.id)
            self._janitor.collect_garbage()

    def download(self, owner: str, ref: str) -> tuple[FileRecord, Download]:
        """The record, and its blob as a local file (served with sendfile) or a stream (object storage)."""
        record = self._lookup(ref, owner, bare_id=True)
        if record.source != GENERATED:
            raise InvalidArgumentError(
                f"File files/{record.id} was uploaded, not generated: only generated files (source GENERATED) "
                "can be downloaded.")
        blobs = self._storage.blobs
        path = blobs.local_path(record.sha256)
        if path is not None:
            return record, path
        try:
            return record, blobs.open(record.sha256)
        except FileNotFoundError:
            log.error("blob %s of file %s is missing from the blob store", record.sha256, record.id)
            raise internal_error() from None

    def create_generated(self, owner: str, data: bytes, mime_type: str, uri_base: str,
                         display_name: str = "") -> FileRecord:
        """A file the server made (e.g. batch output): downloadable with `:download?alt=media`."""
        now = self._storage.now_us()
        with self._store.transaction():
            blob = self._storage.blobs.write(data)
            record = FileRecord(
                id=self._storage.new_file_id(), owner=owner, display_name=display_name, mime_type=mime_type,
                size_bytes=blob.size, sha256=blob.sha256, source=GENERATED, uri_base=normalize_base(uri_base),
                create_us=now, update_us=now, expire_us=self._storage.expiry_us(now),
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

    # fileData in generateContent

    def resolve(self, uri: str, owner: str) -> Blob:
        """`fileData.fileUri` → the stored bytes of one of the owner's files. Only our own URIs and `files/<id>`;
        nothing is ever fetched."""
        record = self._lookup(uri, owner, bare_id=False)
        try:
            data = self._storage.blobs.read(record.sha256)
        except FileNotFoundError:
            log.error("blob %s of file %s is missing from the blob store", record.sha256, record.id)
            raise internal_error() from None
        return Blob(mime_type=record.mime_type, data=data)

    def source(self, uri: str, owner: str) -> ImageSource:
        """`fileData.fileUri` → the stored file, opened only when it is read (an input image's header first)."""
        record = self._lookup(uri, owner, bare_id=False)
        blobs = self._storage.blobs
        if not blobs.exists(record.sha256):
            log.error("blob %s of file %s is missing from the blob store", record.sha256, record.id)
            raise internal_error()
        return ImageSource(record.mime_type, record.size_bytes, lambda: blobs.open(record.sha256))

    def resolver_for(self, owner: str) -> FileResolver:
        return lambda uri: self.source(uri, owner)

    def check_access(self, owner: str, contents: list[Content]) -> None:
        """Every `fileData` part in a user turn must name a live file of `owner`: else the 403 `resolve` raises."""
        for content in contents:
            if content.role == "model":
                continue
            for part in content.parts:
                if part.file_data is not None:
                    self._lookup(part.file_data.file_uri, owner, bare_id=False)

    # helpers

    def _lookup(self, ref: str, owner: str, *, bare_id: bool) -> FileRecord:
        """The owner's live file of that name; names are per owner, so another owner's file is simply not there."""
        parsed = parse_file_ref(ref, bare_id=bare_id)
        record = self._store.get_file(owner, parsed.file_id) if parsed else None
        if (
            parsed is None or record is None
            or record.expire_us <= self._storage.now_us()
            or (parsed.uri_base is not None and parsed.uri_base != record.uri_base)
        ):
            raise unknown_file(parsed.file_id if parsed else ref)
        return record
