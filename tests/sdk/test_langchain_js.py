"""@langchain/google 0.2.1 (LangChain.js's ChatGoogle, pinned in tests/sdk/js) against a real `openbanana serve`:
invoke with image output and imageConfig (Pro and Nano Banana 2), an edit, stream and a two-turn chat
(tests/sdk/js/langchain_checks.mjs). ChatGoogle only builds https:// URLs, so the script reaches the plain-HTTP
server through its `apiClient` option; and it has no server-side token count (`getNumTokens` estimates locally)."""

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
    return js_checks(node, "langchain_checks.mjs", live_server.base_url, tmp_path_factory.mktemp("langchain-js"))


def test_invoke_with_image_config(checks: dict[str, Any]) -> None:
    result = section(checks, "invoke")
    assert sizes(result) == [(1536, 2752)]  # 9:16 at 2K
    assert result["finishReason"] == "STOP" and result["outputTokens"] >= 1120


def test_invoke_nano_banana_2_extreme_ratio(checks: dict[str, Any]) -> None:
    assert sizes(section(checks, "nanoBanana2")) == [(176, 1464)]  # 1:8 at 512: half the derived 352×2928


def test_edit_stream_chat(checks: dict[str, Any]) -> None:
    assert sizes(section(checks, "edit")) == [(1264, 848)]  # the 3:2 reference → Pro's 3:2 cell
    stream = section(checks, "stream")
    assert stream["chunks"] >= 2 and sizes(stream) == [(1536, 672)]  # gemini-2.5-flash-image's 21:9 cell
    assert sizes(section(checks, "chat")) == [(1024, 1024)] * 2


def test_chat_history_loses_a_signature(node: str, strict_server: LiveServer, tmp_path: Path) -> None:
    """ChatGoogle sends the first answer's text part back without its thought signature: the default (lenient)
    server takes it (above), --strict-signatures refuses it as Google does."""
    checks = js_checks(node, "langchain_checks.mjs", strict_server.base_url, tmp_path, "chat")
    assert set(checks) == {"chat"}
    assert "missing a thought_signature" in checks["chat"]["error"]["message"]
