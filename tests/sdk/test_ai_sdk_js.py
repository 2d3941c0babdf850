"""The Vercel AI SDK (`ai` 6.0.325 with `@ai-sdk/google` 3.0.141, pinned in tests/sdk/js) against a real
`openbanana serve`, set up as its docs say for any Gemini API base URL: generateText with image output and
imageConfig, generateImage (which sends Gemini image models to generateContent), edits, streamText and a chat
(tests/sdk/js/ai_sdk_checks.mjs). The SDK has no token-counting call, so there is no count here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LiveServer
from tests.sdk.clients import js_checks, sizes
from tests.sdk.test_js_sdk import section

pytestmark = [pytest.mark.sdk, pytest.mark.js]


@pytest.fixture(scope="module")
def checks(node: str, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return js_checks(node, "ai_sdk_checks.mjs", live_server.base_url, tmp_path_factory.mktemp("ai-sdk"))


def test_generate_text_with_image_config(checks: dict[str, Any]) -> None:
    result = section(checks, "generateText")
    assert sizes(result) == [(2752, 1536)]  # 16:9 at 2K
    assert result["text"] and result["finishReason"] == "stop"
    assert result["modelId"] == "gemini-3-pro-image-preview"
    assert result["outputTokens"] >= 1120  # the image's tokens are in the usage the SDK reports


def test_generate_image_on_nano_banana_2(checks: dict[str, Any]) -> None:
    result = section(checks, "generateImage")
    assert sizes(result) == [(1032, 256)]  # 4:1 at 512: half the 1K cell
    assert result["warnings"] == 0


@pytest.mark.parametrize("name", ["editText", "editImage"])
def test_edit_keeps_the_input_ratio(checks: dict[str, Any], name: str) -> None:
    assert sizes(section(checks, name)) == [(1264, 848)]  # the 3:2 reference → Pro's 3:2 cell at 1K


def test_stream_text(checks: dict[str, Any]) -> None:
    result = section(checks, "stream")
    assert sizes(result) == [(864, 1184)]  # gemini-2.5-flash-image's own 3:4 cell
    assert result["textDeltas"] >= 1 and result["finishReason"] == "stop"


def test_chat_sends_its_history_back(checks: dict[str, Any]) -> None:
    result = section(checks, "chat")
    assert sizes(result) == [(1024, 1024)] * 2
    assert result["roles"] == ["user", "assistant", "user", "assistant"]


def test_chat_keeps_its_thought_signatures(node: str, strict_server: LiveServer, tmp_path: Path) -> None:
    """The SDK sends each part's signature back (from its providerMetadata): --strict-signatures accepts the chat."""
    checks = js_checks(node, "ai_sdk_checks.mjs", strict_server.base_url, tmp_path, "chat")
    assert set(checks) == {"chat"}
    assert sizes(section(checks, "chat")) == [(1024, 1024)] * 2
