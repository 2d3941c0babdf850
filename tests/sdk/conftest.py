"""The JS SDK tests share one `npm ci` per session (several modules drive tests/sdk/js)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

JS_DIR = Path(__file__).parent / "js"
MIN_NODE_MAJOR = 20  # @google/genai 2.32.0 declares engines.node >= 20


@pytest.fixture(scope="session")
def node() -> str:
    """Path of `node`, after `npm ci` has installed the pinned SDK; fails loudly when node or npm is missing."""
    node_path, npm_path = shutil.which("node"), shutil.which("npm")
    if node_path is None or npm_path is None:
        pytest.fail(
            "node and npm are required for the JS SDK tests (tests/sdk/js) and were not found on PATH; "
            f"install Node.js >= {MIN_NODE_MAJOR} (node={node_path}, npm={npm_path})",
            pytrace=False,
        )
    version = subprocess.run([node_path, "--version"], capture_output=True, text=True, timeout=30, check=True)
    match = re.match(r"v(\d+)\.", version.stdout.strip())
    if match is None or int(match.group(1)) < MIN_NODE_MAJOR:
        pytest.fail(f"Node.js >= {MIN_NODE_MAJOR} is required, found {version.stdout.strip()!r}", pytrace=False)
    install = subprocess.run(
        [npm_path, "ci", "--no-audit", "--no-fund"], cwd=JS_DIR, capture_output=True, text=True, timeout=600
    )
    if install.returncode != 0:
        pytest.fail(
            f"`npm ci` in {JS_DIR} failed with exit code {install.returncode}:\n{install.stdout}\n{install.stderr}",
            pytrace=False,
        )
    return node_path
