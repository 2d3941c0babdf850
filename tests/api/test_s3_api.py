"""The Files API tests of test_files.py again, with the blobs in a bucket of a real S3-compatible server (moto's,
tests/s3.py) instead of the data dir: uploads (resumable ones adopted from their partial file), downloads streamed
from the bucket, fileData read from it, dedupe and the janitor's deletions, the same answers and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from openbanana.config import Settings
from tests.api.test_files import *  # noqa: F403  (every test and fixture of the module, collected again here)
from tests.s3 import S3Server


@pytest.fixture
def settings(tmp_path: Path, s3_server: S3Server, s3_bucket: str) -> Settings:
    """What `client` and the tests above build their app from: SQLite in the data dir, blobs in a fresh bucket."""
    return Settings(data_dir=tmp_path / "data", blob_url=f"s3://{s3_bucket}/blobs",
                    blob_endpoint_url=s3_server.endpoint_url)
