"""@google/genai (JS) in Vertex AI mode against a real `openbanana serve` with a key store
(tests/sdk/js/vertex_checks.mjs): project-scoped with google-auth-library credentials (an access token, sent as
`Authorization: Bearer`) and express mode with an API key; generate, edit, stream, chat and count in each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.api.test_keys import create_key
from tests.conftest import LiveServer, json_output, start_server, stop_server
from tests.sdk.test_js_sdk import image_size, run_script, section

pytestmark = [pytest.mark.sdk, pytest.mark.js]
MODES = ("project", "express")


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    data_dir = tmp_path_factory.mktemp("vertex-js") / "data"
    key = create_key(data_dir, "vertex-js")[0]
    server = start_server(data_dir)
    yield server, key
    stop_server(server)


@pytest.fixture(scope="module")
def checks(node: str, keyed: tuple[LiveServer, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    server, key = keyed
    out_dir = tmp_path_factory.mktemp("vertex-js-out")
    Image.new("RGB", (900, 600), (40, 120, 200)).save(out_dir / "reference.png")  # 3:2, the edit keeps it
    result = run_script(node, "vertex_checks.mjs", server.base_url, out_dir, {"VERTEX_KEY": key})
    return json_output("vertex_checks.mjs", result.stdout)


@pytest.mark.parametrize("mode", MODES)
def test_generate_at_nano_banana_2_sizes(checks: dict[str, Any], mode: str) -> None:
    result = section(checks[mode], "generate")
    assert image_size(Path(result["file"])) == (256, 1032)  # 1:4 at 512: half the 1K cell, 512×2064
    assert (result["imageTokens"], result["modelVersion"]) == (747, "gemini-3.1-flash-image")
    assert result["createTime"] and result["trafficType"] == "ON_DEMAND"


@pytest.mark.parametrize("mode", MODES)
def test_edit_stream_chat(checks: dict[str, Any], mode: str) -> None:
    assert image_size(Path(section(checks[mode], "edit")["file"])) == (1264, 848)
    stream = section(checks[mode], "stream")
    assert stream["chunks"] >= 2 and image_size(Path(stream["file"])) == (1344, 768)
    chat = section(checks[mode], "chat")
    assert [image_size(Path(file)) for file in chat["files"]] == [(1024, 1024)] * 2
    assert chat["roles"] == ["user", "model", "user", "model"]


@pytest.mark.parametrize("mode", MODES)
def test_count_and_models(checks: dict[str, Any], mode: str) -> None:
    assert section(checks[mode], "count")["totalTokens"] == 10
    models = section(checks[mode], "models")
    assert (models["name"], models["displayName"]) == ("publishers/google/models/gemini-3.1-flash-image-preview",
                                                       "Nano Banana 2")
    assert len(models["names"]) == 6
