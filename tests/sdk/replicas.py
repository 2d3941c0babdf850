"""Two `openbanana serve` processes sharing one store, as the replica tests start them, and keys made on it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.api.test_keys import cli
from tests.conftest import LiveServer, start_server, stop_server


@contextmanager
def two_replicas(first_dir: Path, second_dir: Path, *args: str,
                 env: dict[str, str] | None = None) -> Iterator[tuple[LiveServer, LiveServer]]:
    """Both servers up with the same arguments; both stopped afterwards, even when the second fails to start."""
    first = start_server(first_dir, *args, env=env)
    try:
        second = start_server(second_dir, *args, env=env)
    except BaseException:
        stop_server(first)
        raise
    try:
        yield first, second
    finally:
        stop_server(first)
        stop_server(second)


def replica_key(data_dir: Path, database_url: str, name: str, *limits: str) -> str:
    """A new key written straight into the shared database, as an operator's CLI would."""
    return cli("keys", "create", "--name", name, *limits, "--data-dir", str(data_dir),
               "--database-url", database_url).strip()
