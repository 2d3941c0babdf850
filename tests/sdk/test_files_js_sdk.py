"""The Files API through the official @google/genai JS SDK (tests/sdk/js/files_checks.mjs) against a real server.

The JS SDK keeps the upload URL's path and query but swaps in its baseUrl's scheme and host, and sends its API key
on every chunk. Node and npm are required, as for tests/sdk/test_js_sdk.py (whose `node` fixture runs `npm ci`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import LiveServer, json_output
from tests.sdk.test_js_sdk import image_size, run_script, section

pytestmark = [pytest.mark.sdk, pytest.mark.js]

REFERENCE_SIZE = (1200, 900)  # 4:3 → 1200x896 at 1K


@pytest.fixture(scope="module")
def files_checks(node: str, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out_dir = tmp_path_factory.mktemp("js-files")
    Image.new("RGB", REFERENCE_SIZE, (120, 160, 90)).save(out_dir / "reference.png")
    result = run_script(node, "files_checks.mjs", live_server.base_url, out_dir)
    parsed = json_output("files_checks.mjs", result.stdout)
    parsed["referenceBytes"] = (out_dir / "reference.png").stat().st_size
    return parsed


def test_upload(files_checks: dict[str, Any], live_server: LiveServer) -> None:
    file = section(files_checks, "upload")
    assert re.fullmatch(r"files/[a-z0-9]+", file["name"])
    assert file["uri"] == f"{live_server.base_url}/v1beta/{file['name']}"
    assert file["mimeType"] == "image/png" and file["displayName"] == "js reference"
    assert file["sizeBytes"] == str(files_checks["referenceBytes"])
    assert file["state"] == "ACTIVE" and file["source"] == "UPLOADED" and file["sha256Hash"]


def test_get_and_list(files_checks: dict[str, Any]) -> None:
    uploaded = section(files_checks, "upload")
    assert section(files_checks, "get") == uploaded
    assert uploaded["name"] in section(files_checks, "list")["names"]


def test_generate_content_with_create_part_from_uri(files_checks: dict[str, Any]) -> None:
    result = section(files_checks, "generateContent")
    assert result["finishReason"] == "STOP"
    [image] = result["files"]
    assert image_size(Path(image)) == (1200, 896), "the reference's 4:3 ratio at 1K"


def test_delete_then_get_is_permission_denied(files_checks: dict[str, Any]) -> None:
    assert section(files_checks, "delete") == {"deleted": True, "stillListed": False}
    error = section(files_checks, "getAfterDelete")
    assert error["raised"] and error["isApiError"] and error["status"] == 403
    assert error["body"]["error"]["status"] == "PERMISSION_DENIED"
