"""Blobs on a file system: `<root>/<sha256[:2]>/<sha256>`, written atomically (temp file + rename).

Bytes go to a temp file in `<root>/tmp/` (same file system), are flushed to disk, and only then renamed into place,
so a half-written blob never appears under its real name. The root is the data dir's `blobs/` or a shared path
(`--blob-url file:///…`) that several replicas mount.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from openbanana.store.blobs import SHA256_HEX, BlobRef, blob_name, hash_file


class LocalBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp_dir = root / "tmp"
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / blob_name(sha256)

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def temp_path(self) -> Path:
        """A fresh path on the blob file system, for bytes that will be `adopt`ed later."""
        return self.tmp_dir / f"{secrets.token_hex(16)}.part"

    def write(self, data: bytes) -> BlobRef:
        temp = self.temp_path()
        try:
            with temp.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            return self.adopt(temp, hashlib.sha256(data).hexdigest())
        finally:
            temp.unlink(missing_ok=True)

    def adopt(self, path: Path, sha256: str | None = None) -> BlobRef:
        """`path` must be on this file system (it is renamed)."""
        digest = sha256 or hash_file(path)
        size = path.stat().st_size
        final = self.path_for(digest)
        if final.is_file():
            path.unlink()  # dedupe: the bytes are already here
        else:
            final.parent.mkdir(exist_ok=True)
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(path, final)
            _fsync_dir(final.parent)
        return BlobRef(digest, size)

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def open(self, sha256: str) -> BinaryIO:
        return self.path_for(sha256).open("rb")

    def local_path(self, sha256: str) -> Path | None:
        return self.path_for(sha256)

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def stored(self) -> Iterator[str]:
        for path in self.root.glob("??/*"):
            if SHA256_HEX.match(path.name) and path.parent.name == path.name[:2]:
                yield path.name

    def clear_temp(self, older_than: float) -> None:
        """Temp files are judged by their mtime."""
        for path in self.tmp_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < older_than:
                    path.unlink()

    def problem(self) -> str | None:
        if not os.access(self.tmp_dir, os.W_OK | os.X_OK):
            return f"the blob directory {self.root} is not writable"
        return None

    def describe(self) -> str:
        return str(self.root)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
