"""The Batch API through the official @google/genai JS SDK (tests/sdk/js/batch_checks.mjs) against a real server.

Node and npm are required, as for tests/sdk/test_js_sdk.py (whose `node` fixture runs `npm ci`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LiveServer, json_output
from tests.sdk.test_js_sdk import image_size, run_script, section

pytestmark = [pytest.mark.sdk, pytest.mark.js]


@pytest.fixture(scope="module")
def batch_checks(node: str, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    result = run_script(node, "batch_checks.mjs", live_server.base_url, tmp_path_factory.mktemp("js-batches"))
    return json_output("batch_checks.mjs", result.stdout)


def test_create(batch_checks: dict[str, Any]) -> None:
    created = section(batch_checks, "create")
    assert re.fullmatch(r"batches/[a-z0-9]+", created["name"])
    assert created["state"] in ("JOB_STATE_PENDING", "JOB_STATE_RUNNING")
    assert created["displayName"] == "js inline batch" and created["model"] == "models/gemini-3-pro-image-preview"
    assert created["createTime"]


def test_get_until_done_with_inlined_responses(batch_checks: dict[str, Any]) -> None:
    done = section(batch_checks, "get")
    assert done["state"] == "JOB_STATE_SUCCEEDED" and done["endTime"]
    bike, bad = done["responses"]
    assert bike["metadata"] == {"key": "bike"} and bike["error"] is None
    assert image_size(Path(bike["file"])) == (1376, 768)
    assert bad["metadata"] == {"key": "bad"} and bad["file"] is None
    assert bad["error"]["code"] == 400 and "7:3" in bad["error"]["message"]


def test_list(batch_checks: dict[str, Any]) -> None:
    assert section(batch_checks, "create")["name"] in section(batch_checks, "list")["names"]


def test_file_batch_and_download(batch_checks: dict[str, Any]) -> None:
    result = section(batch_checks, "fileBatch")
    assert result["state"] == "JOB_STATE_SUCCEEDED" and re.fullmatch(r"files/[a-z0-9]+", result["fileName"])
    assert result["keys"] == ["line-0", "line-1"]


def test_cancel(batch_checks: dict[str, Any]) -> None:
    result = section(batch_checks, "cancel")
    assert result["state"] == "JOB_STATE_CANCELLED" and result["kept"] < 40


def test_delete(batch_checks: dict[str, Any]) -> None:
    result = section(batch_checks, "delete")
    assert result["deleted"] and result["getAfter"]["status"] == 404
    assert result["getAfter"]["body"]["error"]["status"] == "NOT_FOUND"
