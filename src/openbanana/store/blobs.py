"""Content-addressed blobs on disk: `<root>/<sha256[:2]>/<sha256>`, written atomically (temp file + rename).

A blob's name is the hash of its bytes, so identical uploads share one file and a half-written blob can never
appear under a real name: bytes go to a temp file in `<root>/tmp/` (same file system), are flushed to disk, and
only then renamed into place. Which blobs are still needed is the database's business, not this module's.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HASH_CHUNK = 1024 * 1024
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class BlobRef:
    sha256: str  # lowercase hex
    size: int


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp_dir = root / "tmp"
        self.tmp_dir.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        if not _SHA256_HEX.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def temp_path(self) -> Path:
        """A fresh path on the blob file system, for bytes that will be `adopt`ed later."""
        return self.tmp_dir / f"{secrets.token_hex(16)}.part"

    def write(self, data: bytes) -> BlobRef:
        """Store bytes; a blob with the same hash already on disk is kept, and the new copy dropped."""
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
        """Move a complete file (on this file system) into the store under its hash; `path` is gone afterwards."""
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

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def stored(self) -> Iterator[str]:
        """Hashes of every blob on disk (for sweeping blobs the database no longer knows)."""
        for path in self.root.glob("??/*"):
            if _SHA256_HEX.match(path.name) and path.parent.name == path.name[:2]:
                yield path.name

    def clear_temp(self, older_than: float) -> None:
        """Remove leftovers of writes that a crash interrupted: temp files last modified before `older_than`."""
        for path in self.tmp_dir.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < older_than:
                    path.unlink()


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


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
