"""The Files and Batch API tests of test_files.py and test_batches.py again, with the server's store in a real
Postgres database (a fresh one per test) instead of the SQLite file: the same routes, answers and errors."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbanana.config import Settings
from tests.api.test_batches import *  # noqa: F403  (every test and fixture of the module, collected again here)
from tests.api.test_files import *  # noqa: F403


@pytest.fixture
def settings(tmp_path: Path, postgres_url: str) -> Settings:
    """What `client` and the tests above build their app from: the data dir for blobs, Postgres for the rest."""
    return Settings(data_dir=tmp_path / "data", database_url=postgres_url)


@pytest.fixture(autouse=True)
def collect_garbage_here() -> Iterator[None]:
    """Collect after each test, so that a pooled connection left open (psycopg warns when it is collected: a batch
    worker's thread once handed one back after shutdown had closed the pool) fails the test that left it."""
    yield
    gc.collect()
