"""Server secrets kept in the data dir, so that signatures and watermarks survive restarts.

Several server processes may start at once on one empty data dir (replicas, workers): each writes its candidate
to a temporary file of its own, then links it to the real name. A link never replaces an existing file, so exactly
one candidate wins, and nobody ever reads a half-written one; the others read the winner's bytes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from openbanana.errors import ConfigError


class SecretFileError(ConfigError, ValueError):
    """A secret file exists but cannot be used (empty): replacing it silently would break what it signed."""


def load_or_create_secret(data_dir: Path, name: str, size: int = 32) -> bytes:
    """Read `data_dir/name`, creating it with `size` random bytes (mode 600) on first use; every process that
    starts at once on the same data dir reads the same bytes."""
    path = data_dir / name
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        create_once(path, secrets.token_bytes(size))
    secret = path.read_bytes()
    if not secret:
        raise SecretFileError(f"{path} is empty (an interrupted first start of an older version?); delete it to "
                              "make a new one, knowing that what the old one signed no longer verifies")
    return secret


def create_once(path: Path, data: bytes, mode: int = 0o600) -> bool:
    """Make `path` hold `data` unless it exists already; True when this call created it. Atomic: the file appears
    complete or not at all, and of several callers at once exactly one wins."""
    candidate = _write_candidate(path.parent, path.name, data, mode)
    try:
        os.link(candidate, path)
    except FileExistsError:
        return False
    finally:
        candidate.unlink()
    return True


def replace_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Make `path` hold `data`, replacing what it held; readers see the old bytes or the new, never a mix."""
    candidate = _write_candidate(path.parent, path.name, data, mode)
    try:
        os.replace(candidate, path)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise


def create_folder_once(folder: Path, files: dict[str, tuple[bytes, int]]) -> bool:
    """Make `folder` hold exactly `files` (name → (bytes, mode)) unless it exists with files in it already; True
    when this call made them. Files that belong together (a certificate chain and its key) appear together: they
    are written into a temporary folder beside it, which is then renamed."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.{secrets.token_hex(8)}.tmp")
    staging.mkdir(mode=0o700)
    try:
        for name, (data, mode) in files.items():
            _write(staging / name, data, mode)
        with contextlib.suppress(OSError):  # missing already, or not empty: then the rename below fails
            folder.rmdir()  # an empty folder counts as missing
        try:
            staging.rename(folder)
        except OSError:  # ENOTEMPTY or EEXIST: another process (or an operator) made it first
            return False
        return True
    finally:
        if staging.exists():
            for child in staging.iterdir():
                child.unlink()
            staging.rmdir()


def _write_candidate(folder: Path, name: str, data: bytes, mode: int) -> Path:
    candidate = folder / f".{name}.{secrets.token_hex(8)}.tmp"
    _write(candidate, data, mode)
    return candidate


def _write(path: Path, data: bytes, mode: int) -> None:
    """Create `path` (it must not exist) with `mode` from the start, write all of `data`, and flush it to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(descriptor, "wb", closefd=False) as file:
            file.write(data)
            file.flush()
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
