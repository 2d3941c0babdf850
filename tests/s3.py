"""A real S3-compatible server for the tests: moto's standalone server (`moto[server]`, the test extra), started as
a process of its own on a free port for the session, as tests/postgres.py starts Postgres. Each test gets a fresh
bucket. The credentials are moto's dummies, set in the standard AWS variables the server's boto3 client reads (and
that servers started by the tests inherit). Tests that need it skip, saying why, only when moto is not installed."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.util import find_spec
from typing import IO

import pytest

from tests.conftest import free_port

SKIP_REASON = "moto's S3 server or boto3 is not installed: pip install 'moto[server]' boto3 (the test extra)"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}
_buckets = itertools.count()


@dataclass(frozen=True)
class S3Server:
    endpoint_url: str

    def new_bucket(self) -> str:
        """A fresh, empty bucket on this server; its name."""
        import boto3

        name = f"t{os.getpid()}-{next(_buckets)}"
        boto3.client("s3", endpoint_url=self.endpoint_url).create_bucket(Bucket=name)
        return name


def s3_available() -> bool:
    return find_spec("moto") is not None and find_spec("boto3") is not None and find_spec("flask") is not None


@contextmanager
def running_s3() -> Iterator[S3Server]:
    """moto's server on a free port, stopped on exit; the AWS variables set meanwhile."""
    port = free_port()
    saved = {name: os.environ.get(name) for name in CREDENTIALS}
    os.environ.update(CREDENTIALS)
    # it logs every request: to a file, never to a pipe that fills and blocks it
    with tempfile.TemporaryFile() as log, subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=log, stderr=subprocess.STDOUT) as process:
        try:
            server = S3Server(f"http://127.0.0.1:{port}")
            _wait_until_up(server, process, log)
            yield server
        finally:
            process.terminate()
            process.wait(timeout=30)
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _wait_until_up(server: S3Server, process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{server.endpoint_url}/moto-api/", timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"moto's server did not start: {log.read()[-2000:]!r}") from None
            time.sleep(0.2)


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    if not s3_available():
        pytest.skip(SKIP_REASON)
    with running_s3() as server:
        yield server


@pytest.fixture
def s3_bucket(s3_server: S3Server) -> str:
    """A fresh bucket on the session's server."""
    return s3_server.new_bucket()
