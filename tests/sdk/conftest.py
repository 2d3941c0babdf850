"""The JS SDK tests share one `npm ci` per session (several modules drive tests/sdk/js)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import node_after_npm_ci

JS_DIR = Path(__file__).parent / "js"


@pytest.fixture(scope="session")
def node() -> str:
    """Path of `node`, after `npm ci` has installed the pinned SDK; fails loudly when node or npm is missing."""
    return node_after_npm_ci(JS_DIR, "the JS SDK tests (tests/sdk/js)")
