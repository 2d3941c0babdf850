"""Third-party Python clients against a real `openbanana serve`, each in the venv tests/sdk/conftest.py makes from
tests/sdk/py_clients/requirements.txt: langchain-google-genai 4.4.3 (LangChain 4.x, on google-genai; the base URL
through `base_url`) and LiteLLM 1.110.2 (`api_base=…/v1beta`). Each script generates, edits, streams, chats and
counts, and prints one JSON object; the images it writes are checked here, pixel for pixel in size."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LiveServer, json_output
from tests.sdk.clients import sizes, write_reference
from tests.sdk.conftest import PY_CLIENTS_DIR
from tests.sdk.test_js_sdk import section

pytestmark = [pytest.mark.sdk]


def run_client_script(python: Path, script: str, base_url: str, out_dir: Path, checks: str = "") -> dict[str, Any]:
    # No GOOGLE_*/GEMINI_* from the host; LiteLLM reads its bundled price list instead of fetching one at import.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GOOGLE_", "GEMINI_"))}
    env |= {"OPENBANANA_BASE_URL": base_url, "OUT_DIR": str(out_dir), "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "CHECKS": checks}
    write_reference(out_dir)
    result = subprocess.run([str(python), str(PY_CLIENTS_DIR / script)], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, (
        f"{script} exited with {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    )
    return json_output(script, result.stdout)


@pytest.fixture(scope="module")
def langchain(py_clients: Path, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_client_script(py_clients, "langchain_checks.py", live_server.base_url,
                             tmp_path_factory.mktemp("langchain-py"))


@pytest.fixture(scope="module")
def litellm(py_clients: Path, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_client_script(py_clients, "litellm_checks.py", live_server.base_url, tmp_path_factory.mktemp("litellm"))


def test_langchain_invoke_with_image_config(langchain: dict[str, Any]) -> None:
    result = section(langchain, "invoke")
    assert sizes(result) == [(1856, 2304)]  # 4:5 at 2K
    assert result["finishReason"] == "STOP" and result["outputTokens"] >= 1120
    assert sizes(section(langchain, "nanoBanana2")) == [(1464, 176)]  # 8:1 at 512: half the derived 2928×352


def server_count(server: LiveServer, text: str) -> int:
    """The server's own countTokens answer for `text`, asked over plain HTTP."""
    request = urllib.request.Request(
        f"{server.base_url}/v1beta/models/gemini-3-pro-image-preview:countTokens", method="POST",
        data=json.dumps({"contents": [{"parts": [{"text": text}]}]}).encode(),
        headers={"x-goog-api-key": "any-key", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        total: int = json.load(response)["totalTokens"]
        return total


def test_langchain_edit_stream_chat_count(langchain: dict[str, Any], live_server: LiveServer) -> None:
    assert sizes(section(langchain, "edit")) == [(1264, 848)]  # the 3:2 reference → Pro's 3:2 cell
    stream = section(langchain, "stream")
    assert stream["chunks"] >= 2 and sizes(stream) == [(832, 1248)]  # gemini-2.5-flash-image's 2:3 cell
    chat = section(langchain, "chat")
    assert sizes(chat) == [(1024, 1024)] * 2 and chat["firstIsAI"]
    assert section(langchain, "count")["tokens"] == server_count(live_server, "a lighthouse on a cliff at dusk")


def test_litellm_completion_with_image_config(litellm: dict[str, Any]) -> None:
    result = section(litellm, "completion")
    assert sizes(result) == [(2752, 1536)]  # 16:9 at 2K
    assert result["text"] and result["finishReason"] == "stop" and result["imageTokens"] == 1120


def test_litellm_image_generation_and_edits(litellm: dict[str, Any]) -> None:
    assert sizes(section(litellm, "imageGeneration")) == [(256, 1032)]  # Nano Banana 2, 1:4 at 512
    several = section(litellm, "imageGenerationN")  # n=2 is sent as candidateCount 2: Google's 400, passed on
    assert several["status"] == 400 and "candidateCount 2 is not supported" in several["message"]
    assert sizes(section(litellm, "imageEdit")) == [(1264, 848)]
    assert sizes(section(litellm, "completionEdit")) == [(1264, 848)]


def test_litellm_stream_chat_count(litellm: dict[str, Any]) -> None:
    stream = section(litellm, "stream")
    assert stream["chunks"] >= 2 and sizes(stream) == [(1152, 896)]  # gemini-2.5-flash-image's 5:4 cell
    chat = section(litellm, "chat")
    assert sizes(chat) == [(1024, 1024)] * 2 and chat["roles"] == ["user", "assistant", "user", "assistant"]
    count = section(litellm, "count")
    assert count["fromServer"]["totalTokens"] == count["tokens"] > 0  # the server's countTokens answer, not a guess


def test_which_chat_keeps_its_thought_signatures(py_clients: Path, strict_server: LiveServer, tmp_path: Path) -> None:
    """langchain-google-genai 4.x sends the model's parts back signed, so --strict-signatures takes its chat; LiteLLM
    rebuilds the history from OpenAI-shaped messages without the image's signature, which strict mode refuses as
    Google does (the default lenient server takes both: above)."""
    langchain = run_client_script(py_clients, "langchain_checks.py", strict_server.base_url, tmp_path, "chat")
    assert set(langchain) == {"chat"} and sizes(section(langchain, "chat")) == [(1024, 1024)] * 2
    litellm = run_client_script(py_clients, "litellm_checks.py", strict_server.base_url, tmp_path, "chat")
    assert set(litellm) == {"chat"}
    assert "Image part is missing a thought_signature" in litellm["chat"]["error"]["message"]
