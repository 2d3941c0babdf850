"""Shared fixtures: an in-process app for API tests and a real uvicorn process for SDK tests."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bench.serving import listens_on
from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings

API_KEY = "test-key"
pytest_plugins = ["tests.postgres", "tests.s3"]  # postgres_server, postgres_url, `database` on both backends; s3_server


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), headers={"x-goog-api-key": API_KEY}) as test_client:
        yield test_client


# A server started outside the test run (a container: scripts/container_smoke.sh); the SDK tests then drive it.
EXTERNAL_SERVER_VARIABLE = "OPENBANANA_TEST_BASE_URL"


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    data_dir: Path | None  # None: an external server, its state out of the tests' reach
    process: subprocess.Popen[bytes] | None


# A server starts in seconds; two test workers on two busy cores can make it take a minute: wait, never fail a
# whole module's tests for a slow start.
SERVER_START_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(data_dir: Path, *extra: str, port: int | None = None,
                 env: dict[str, str] | None = None) -> LiveServer:
    """`openbanana serve` in its own process, exactly as a user starts it (`env` over this process's environment);
    returns once /healthz answers."""
    port = port or free_port()
    log_path = data_dir.parent / f"server-{port}.log"
    with log_path.open("wb") as log:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", "openbanana", "serve", "--port", str(port), "--data-dir", str(data_dir),
             "--log-level", "warning", *extra],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {log_path.read_text()}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=1):
                if listens_on(process.pid, port):  # not another job's server on a port it took first
                    return LiveServer(base_url, data_dir, process)
            time.sleep(0.1)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"server did not become healthy within {SERVER_START_SECONDS} s")


def stop_server(server: LiveServer) -> None:
    if server.process is None:
        return
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`openbanana serve` in a process of its own, or the server at OPENBANANA_TEST_BASE_URL when that is set."""
    if external := os.environ.get(EXTERNAL_SERVER_VARIABLE):
        yield LiveServer(external.rstrip("/"), None, None)
        return
    server = start_server(tmp_path_factory.mktemp("live") / "data")
    yield server
    stop_server(server)


MIN_NODE_MAJOR = 20  # @google/genai 2.32.0 and playwright-core declare engines.node >= 20


# One id per test run: the parallel workers of one run (pytest-xdist) share it, a plain run makes its own.
RUN_ID = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex
INSTALLED_STAMP = ".openbanana-test-run"


@contextmanager
def installing(directory: Path) -> Iterator[None]:
    """Held while `directory`'s packages are installed or checked: parallel workers share the checkout, and one
    worker's `npm ci` (which empties node_modules first) must never run under another's tests."""
    key = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"openbanana-tests-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def node_after_npm_ci(directory: Path, needed_for: str) -> str:
    """Path of `node` once `npm ci` has installed `directory`'s pinned packages (once per test run, whatever the
    number of workers); fails (never skips) without node."""
    node_path, npm_path = shutil.which("node"), shutil.which("npm")
    if node_path is None or npm_path is None:
        pytest.fail(f"node and npm are required for {needed_for} and were not found on PATH; install Node.js >= "
                    f"{MIN_NODE_MAJOR} (node={node_path}, npm={npm_path})", pytrace=False)
    version = subprocess.run([node_path, "--version"], capture_output=True, text=True, timeout=30, check=True)
    match = re.match(r"v(\d+)\.", version.stdout.strip())
    if match is None or int(match.group(1)) < MIN_NODE_MAJOR:
        pytest.fail(f"Node.js >= {MIN_NODE_MAJOR} is required, found {version.stdout.strip()!r}", pytrace=False)
    stamp = directory / "node_modules" / INSTALLED_STAMP
    with installing(directory):
        if stamp.is_file() and stamp.read_text() == RUN_ID:
            return node_path
        install = subprocess.run([npm_path, "ci", "--no-audit", "--no-fund"], cwd=directory, capture_output=True,
                                 text=True, timeout=600)
        if install.returncode != 0:
            pytest.fail(f"`npm ci` in {directory} failed with exit code {install.returncode}:\n{install.stdout}\n"
                        f"{install.stderr}", pytrace=False)
        stamp.write_text(RUN_ID)
    return node_path


def json_output(script: str, stdout: str) -> dict[str, Any]:
    """The one JSON object a check script prints; a clear failure (with the output's tail) otherwise."""
    try:
        parsed: dict[str, Any] = json.loads(stdout)
    except json.JSONDecodeError as error:
        pytest.fail(f"{script} did not print one JSON object ({error}):\n{stdout[-5000:]}", pytrace=False)
    return parsed
