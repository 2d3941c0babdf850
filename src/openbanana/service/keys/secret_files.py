"""Server secrets kept in the data dir, so that signatures and watermarks survive restarts."""

from __future__ import annotations

import secrets
from pathlib import Path


def load_or_create_secret(data_dir: Path, name: str, size: int = 32) -> bytes:
    """Read `data_dir/name`, creating it with `size` random bytes (mode 600) on first use."""
    path = data_dir / name
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_bytes(secrets.token_bytes(size))
    return path.read_bytes()
