"""What the file, upload and janitor services share: the rows, the blobs, partial uploads, the limits and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from openbanana.clock import MICROSECOND, Clock, to_us, utc_now
from openbanana.ids import unused_id
from openbanana.store.blobs import BlobStore, open_blob_store
from openbanana.store.db import Database
from openbanana.store.files import FileStore, UploadSession

UPLOADED, GENERATED = "UPLOADED", "GENERATED"  # a file's source


@dataclass(frozen=True)
class FileLimits:
    max_file_bytes: int = 2 * 1024**3
    quota_bytes_per_owner: int = 20 * 1024**3
    ttl: timedelta = timedelta(hours=48)


@dataclass(frozen=True)
class FileStorage:
    """A file is a row in `store` and a blob in `blobs` (named by its sha256, shared by identical files); an upload
    in progress is a session row and a partial file in `uploads_dir`, a local directory (on the blobs' file system
    when they are files, so that finalizing renames), adopted by the blob store when the upload is finalized."""

    store: FileStore
    blobs: BlobStore
    uploads_dir: Path
    limits: FileLimits
    clock: Clock = utc_now

    def __post_init__(self) -> None:
        self.uploads_dir.mkdir(parents=True, exist_ok=True)

    @classmethod
    def in_data_dir(cls, data_dir: Path, limits: FileLimits, clock: Clock = utc_now) -> FileStorage:
        """`<data_dir>/openbanana.db`, `<data_dir>/blobs/`, `<data_dir>/uploads/`."""
        place = open_blob_store(None, data_dir)
        return cls(FileStore(Database.in_dir(data_dir)), place.blobs, place.uploads_dir, limits, clock)

    def close(self) -> None:
        self.store.close()

    def now_us(self) -> int:
        return to_us(self.clock())

    def expiry_us(self, now_us: int) -> int:
        """When a file or an upload made at `now_us` expires."""
        return now_us + self.limits.ttl // MICROSECOND

    def new_file_id(self) -> str:
        return unused_id(self.store.id_in_use)

    def partial_path(self, session: UploadSession) -> Path:
        return self.uploads_dir / f"{session.token_hash}.part"
