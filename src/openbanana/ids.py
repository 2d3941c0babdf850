"""Resource ids (files, batches, API keys): random lowercase letters and digits that no stored row has yet."""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable

# Lowercase [a-z0-9] only: Python's `files.get(name=<uri>)` keeps just `[a-z0-9]+` after `files/`.
ID_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 16  # 36**16 ≈ 2**82; ids name resources, they are not credentials (owners are checked)


def random_id(length: int = ID_LENGTH) -> str:
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(length))


def unused_id(in_use: Callable[[str], bool], length: int = ID_LENGTH) -> str:
    """A random id that `in_use` (the store's own check) does not know yet."""
    while in_use(candidate := random_id(length)):
        pass
    return candidate
