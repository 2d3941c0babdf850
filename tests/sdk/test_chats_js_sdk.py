"""Multi-turn editing with the official @google/genai JS SDK's `ai.chats` (tests/sdk/js/chat_checks.mjs), against
the default server and one started with --strict-signatures: the SDK's echoed history must verify in both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import LiveServer, json_output, start_server, stop_server
from tests.sdk.test_js_sdk import run_script, section

pytestmark = [pytest.mark.sdk, pytest.mark.js]
MODES = ("sendMessage", "sendMessageStream")


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(tmp_path_factory.mktemp("strict-js") / "data", "--strict-signatures")
    yield server
    stop_server(server)


def run_checks(node: str, server: LiveServer, out_dir: Path) -> dict[str, Any]:
    result = run_script(node, "chat_checks.mjs", server.base_url, out_dir)
    return json_output("chat_checks.mjs", result.stdout)


@pytest.fixture(scope="module")
def lenient(node: str, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_checks(node, live_server, tmp_path_factory.mktemp("js-chats"))


@pytest.fixture(scope="module")
def strict(node: str, strict_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_checks(node, strict_server, tmp_path_factory.mktemp("js-chats-strict"))


def load(file: str | None) -> Image.Image:
    assert file, "the turn did not have exactly one final image"
    with Image.open(file) as image:
        return image.convert("RGB")


def check_three_turns(result: dict[str, Any], mode: str) -> None:
    images = [load(file) for file in result["files"]]
    assert [image.size for image in images] == [(1024, 1024)] * 3
    assert any(len(set(images[1].getpixel((x, y)))) > 1  # type: ignore[arg-type]
               for x in range(0, 1024, 64) for y in range(0, 1024, 64)), "turn 2 is in colour"
    for xy in ((5, 5), (512, 512), (1000, 900)):
        r, g, b = images[2].getpixel(xy)  # type: ignore[misc]
        assert r == g == b, f"turn 3 made turn 2's image black and white; pixel {xy} is {(r, g, b)}"
    history = result["history"]
    assert history["roles"].count("user") == 3 and history["roles"][-1] == "model"
    if mode == "sendMessageStream":  # one model Content per chunk went back as consecutive model contents
        assert ["model", "model"] in [history["roles"][i:i + 2] for i in range(len(history["roles"]))]
    assert history["thoughtParts"] > 0, "thought parts were echoed back"
    assert history["signedParts"] == 6, "a signed text and image per turn"


@pytest.mark.parametrize("mode", MODES)
def test_three_turn_chat_edit(lenient: dict[str, Any], mode: str) -> None:
    check_three_turns(section(lenient, mode), mode)


@pytest.mark.parametrize("mode", MODES)
def test_sdk_echoed_history_passes_strict_signatures(strict: dict[str, Any], mode: str) -> None:
    check_three_turns(section(strict, mode), mode)


def test_stripped_signature(lenient: dict[str, Any], strict: dict[str, Any]) -> None:
    assert section(lenient, "strippedSignature")["raised"] is False, "lenient by default"
    result = section(strict, "strippedSignature")
    assert result["raised"] and result["status"] == 400
    error = result["body"]["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == (
        f"Image part is missing a thought_signature in content position 2, part position {result['partPosition']}.")
