"""The file, upload and janitor services built together over one storage, as the server and the tests use them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openbanana.clock import Clock, utc_now
from openbanana.service.files.janitor import FileJanitor
from openbanana.service.files.service import FileService
from openbanana.service.files.storage import FileLimits, FileStorage
from openbanana.service.files.uploads import UploadService


@dataclass(frozen=True)
class FileServices:
    files: FileService
    uploads: UploadService
    janitor: FileJanitor
    storage: FileStorage

    @classmethod
    def over(cls, storage: FileStorage, *, owner_quota: Callable[[str], int | None] | None = None) -> FileServices:
        """Sweeps first, so that what a crash left behind (stray blobs, partial uploads) is gone before serving."""
        janitor = FileJanitor(storage)
        janitor.sweep()
        return cls(FileService(storage, janitor), UploadService(storage, janitor, owner_quota=owner_quota),
                   janitor, storage)

    @classmethod
    def in_data_dir(cls, data_dir: Path, limits: FileLimits, clock: Clock = utc_now) -> FileServices:
        return cls.over(FileStorage.in_data_dir(data_dir, limits, clock))

    def close(self) -> None:
        self.storage.close()
