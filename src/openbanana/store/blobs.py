"""Content-addressed blobs: the interface every blob store keeps, and the store a `--blob-url` names.

A blob's name is the hash of its bytes, so identical uploads share one blob, and a half-written blob never appears
under its real name: the local store writes a temp file and renames it into place (`blob_files.py`); object storage
makes an object visible only once its upload (single or multipart) is complete (`blob_s3.py`). Which blobs are still
needed is the database's business, not this module's.

    none (default)             <data_dir>/blobs/, partial uploads in <data_dir>/uploads/
    file:///shared/path        the same layout under a path every replica mounts (partial uploads included)
    s3://bucket/prefix         S3-compatible object storage (the `s3` extra); partial uploads stay in the data dir
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import unquote, urlsplit

from openbanana.errors import ConfigError

HASH_CHUNK = 1024 * 1024
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class BlobStoreError(ConfigError, RuntimeError):
    """The blob store cannot be used: a bad --blob-url, a missing extra, or a bucket that does not answer."""


@dataclass(frozen=True)
class BlobRef:
    sha256: str  # lowercase hex
    size: int


class BlobStore(Protocol):
    """What the file, upload and janitor services need of a blob store; every method blocks (disk or network)."""

    def exists(self, sha256: str) -> bool: ...

    def write(self, data: bytes) -> BlobRef:
        """Store bytes under their hash; a blob with the same hash already stored is kept."""

    def adopt(self, path: Path, sha256: str | None = None) -> BlobRef:
        """Move a complete local file (a finished upload) into the store under its hash; `path` is gone after."""

    def temp_path(self) -> Path:
        """A fresh local path that `adopt` can take a file from (on the store's file system when it has one)."""

    def read(self, sha256: str) -> bytes:
        """The whole blob (small ones: batch input files); FileNotFoundError when it is missing."""

    def open(self, sha256: str) -> BinaryIO:
        """A seekable stream of the blob, read as it is consumed; FileNotFoundError when it is missing."""

    def local_path(self, sha256: str) -> Path | None:
        """The blob's file when it lies on a local file system (served with sendfile), else None."""

    def delete(self, sha256: str) -> None: ...

    def stored(self) -> Iterator[str]:
        """Hashes of every stored blob (for sweeping blobs the database no longer knows)."""

    def clear_temp(self, older_than: float) -> None:
        """Remove what interrupted writes left (temp files, unfinished multipart uploads) begun before then."""

    def problem(self) -> str | None:
        """None when the store answers, else one line saying what is wrong (for /readyz)."""

    def describe(self) -> str:
        """Where the blobs are, for logs and messages (never a credential)."""


@dataclass(frozen=True)
class BlobPlace:
    """A blob store and the local directory where its partial uploads grow until they are adopted."""

    blobs: BlobStore
    uploads_dir: Path


def open_blob_store(blob_url: str | None, data_dir: Path, endpoint_url: str | None = None) -> BlobPlace:
    """The store `blob_url` names (module docstring); BlobStoreError, one line, when it cannot be used."""
    from openbanana.store.blob_files import LocalBlobStore

    if not blob_url:
        return BlobPlace(LocalBlobStore(data_dir / "blobs"), data_dir / "uploads")
    parts = urlsplit(blob_url)
    if parts.scheme == "file" and parts.netloc in ("", "localhost") and parts.path:
        root = Path(unquote(parts.path))
        return BlobPlace(LocalBlobStore(root), root / "uploads")
    if parts.scheme == "s3" and parts.netloc:
        try:
            from openbanana.store.blob_s3 import S3BlobStore
        except ImportError:
            raise BlobStoreError(f"--blob-url {blob_url} needs boto3: pip install 'openbanana[s3]'") from None
        return BlobPlace(S3BlobStore(parts.netloc, unquote(parts.path), endpoint_url=endpoint_url),
                         data_dir / "uploads")
    raise BlobStoreError(f"--blob-url {blob_url!r} is not supported: use file:///path or s3://bucket/prefix "
                         "(or none for the data dir)")


def blob_name(sha256: str) -> str:
    """`<sha256[:2]>/<sha256>`, the blob's name below the store's root; ValueError for anything but a digest."""
    if not SHA256_HEX.match(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    return f"{sha256[:2]}/{sha256}"


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
