"""Shared by the client tests: one `npm ci` per session (several modules drive tests/sdk/js), and one venv of the
third-party Python clients (tests/sdk/py_clients) per session."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer, installing, node_after_npm_ci, start_server, stop_server

JS_DIR = Path(__file__).parent / "js"
PY_CLIENTS_DIR = Path(__file__).parent / "py_clients"


@pytest.fixture(scope="session")
def node() -> str:
    """Path of `node`, after `npm ci` has installed the pinned SDK; fails loudly when node or npm is missing."""
    return node_after_npm_ci(JS_DIR, "the JS SDK tests (tests/sdk/js)")


@pytest.fixture(scope="session")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server started with --strict-signatures: a chat history without its thought signatures is a 400."""
    server = start_server(tmp_path_factory.mktemp("strict-clients") / "data", "--strict-signatures")
    yield server
    stop_server(server)


def py_clients_venv(directory: Path) -> Path:
    """The `python` of `directory/.venv` with `directory/requirements.txt` installed: made once and reused while the
    requirements are unchanged (a stamp holds their hash; pip keeps no cache outside the clone). These clients pin
    newer google-genai, langchain-core and openai releases than the project's `test` extra, so they cannot share its
    environment. Parallel workers make it one at a time (the second finds it made)."""
    with installing(directory):
        return _made_venv(directory)


def _made_venv(directory: Path) -> Path:
    requirements = directory / "requirements.txt"
    venv = directory / ".venv"
    python, stamp = venv / "bin" / "python", venv / "requirements.sha256"
    wanted = hashlib.sha256(requirements.read_bytes()).hexdigest()
    if python.is_file() and stamp.is_file() and stamp.read_text() == wanted:
        return python
    steps = ([sys.executable, "-m", "venv", "--clear", str(venv)],
             [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-cache-dir", "-r",
              str(requirements)])
    for step in steps:
        result = subprocess.run(step, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(step)} failed with exit code {result.returncode}:\n{result.stdout[-3000:]}\n"
                        f"{result.stderr[-3000:]}", pytrace=False)
    stamp.write_text(wanted)
    return python


@pytest.fixture(scope="session")
def py_clients() -> Path:
    """The Python that has the third-party clients of tests/sdk/py_clients installed."""
    return py_clients_venv(PY_CLIENTS_DIR)
