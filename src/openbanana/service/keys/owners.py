"""Who owns files, batches and usage: a hash of the caller's API key (the key itself is never stored)."""

from __future__ import annotations

import hashlib

SHARED_OWNER = "shared"


def owner_id(api_key: str | None) -> str:
    """Files belong to a hash of the key that created them (the key itself is never stored); no key: everyone."""
    return hashlib.sha256(api_key.encode()).hexdigest() if api_key else SHARED_OWNER
