"""The official @google/genai JavaScript SDK (2.32.0, pinned in tests/sdk/js) against a real `openbanana serve`.

The scripts in tests/sdk/js take the server from OPENBANANA_BASE_URL and write into OUT_DIR. Node and npm are
required: without them these tests fail (never skip), because CI must prove the JS SDK works.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from tests.conftest import LiveServer, json_output

pytestmark = [pytest.mark.sdk, pytest.mark.js]

JS_DIR = Path(__file__).parent / "js"
SIZE_16_9_2K = (2752, 1536)
SIZE_1_1_1K = (1024, 1024)
MODEL_NAME = "models/gemini-3-pro-image-preview"

Parts = list[dict[str, Any]]


def run_script(node: str, script: str, base_url: str, out_dir: Path,
               extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Drop GOOGLE_*/GEMINI_* variables (e.g. GOOGLE_GENAI_USE_VERTEXAI) so the host's setup cannot redirect the SDK.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GOOGLE_", "GEMINI_"))}
    env |= {"OPENBANANA_BASE_URL": base_url, "OUT_DIR": str(out_dir), **(extra_env or {})}
    result = subprocess.run(
        [node, str(JS_DIR / script)], cwd=JS_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, (
        f"node {script} exited with {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    )
    return result


def image_size(path: Path) -> tuple[int, int]:
    assert path.is_file(), f"{path.name} was not written"
    with Image.open(path) as image:
        image.load()  # decode every pixel, not just the header
        return image.size


def write_reference_jpeg(path: Path) -> None:
    image = Image.new("RGB", (1024, 768), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1024, 768), fill=(70, 140, 60))
    draw.ellipse((380, 300, 640, 560), fill=(240, 210, 60))
    image.save(path, "JPEG", quality=90)


def test_seed_text_to_image_example(node: str, live_server: LiveServer, tmp_path: Path) -> None:
    result = run_script(node, "seed_text_to_image.mjs", live_server.base_url, tmp_path)
    # Without includeThoughts there are no thought parts, so exactly one image reaches the example's loop.
    assert result.stdout.count("Image saved as gemini-native-image.png") == 1, result.stdout
    assert image_size(tmp_path / "gemini-native-image.png") == SIZE_16_9_2K


def test_seed_edit_example(node: str, live_server: LiveServer, tmp_path: Path) -> None:
    write_reference_jpeg(tmp_path / "reference_image.jpg")
    run_script(node, "seed_edit.mjs", live_server.base_url, tmp_path)
    assert image_size(tmp_path / "edited_image.png") == SIZE_16_9_2K


@pytest.fixture(scope="module")
def checks(node: str, live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Runs sdk_checks.mjs once; it prints one JSON object with a section per SDK feature."""
    result = run_script(node, "sdk_checks.mjs", live_server.base_url, tmp_path_factory.mktemp("js-checks"))
    return json_output("sdk_checks.mjs", result.stdout)


def section(checks: dict[str, Any], name: str) -> dict[str, Any]:
    value: dict[str, Any] = checks[name]
    assert "error" not in value, f"{name} failed inside the JS SDK: {value['error']}"
    return value


def assert_thoughts_then_answer(parts: Parts) -> None:
    """Google's layout: thought parts first (flagged, unsigned), then the signed first text and the signed image."""
    assert parts, "no parts"
    flags = [part["thought"] for part in parts]
    assert any(flags), f"includeThoughts=true but no thought part: {parts}"
    first_answer = flags.index(False)
    assert all(flags[:first_answer]) and not any(flags[first_answer:]), f"thought parts must come first: {flags}"
    for part in parts[:first_answer]:
        assert not part["hasThoughtSignature"], f"thought parts carry no thoughtSignature: {part}"
    answer = parts[first_answer:]
    texts = [part for part in answer if part["kind"] == "text"]
    images = [part for part in answer if part["kind"] == "image"]
    assert texts and texts[0]["hasThoughtSignature"], f"first non-thought text needs a thoughtSignature: {answer}"
    assert len(images) == 1, f"exactly one final image: {answer}"
    assert images[0]["hasThoughtSignature"], f"the final image needs a thoughtSignature: {images[0]}"
    for part in parts:
        if part["kind"] == "image":
            assert part["mimeType"] == part["sniffedMimeType"], f"mimeType does not match the bytes: {part}"


def final_image_file(parts: Parts) -> Path:
    [image] = [part for part in parts if part["kind"] == "image" and not part["thought"]]
    return Path(image["file"])


def test_generate_content_with_thoughts(checks: dict[str, Any]) -> None:
    result = section(checks, "generateContent")
    parts: Parts = result["parts"]
    assert_thoughts_then_answer(parts)
    assert image_size(final_image_file(parts)) == SIZE_1_1_1K
    assert result["role"] == "model"
    assert result["finishReason"] == "STOP"
    assert result["modelVersion"] == "gemini-3-pro-image-preview"
    assert result["responseId"]
    # response.text (the SDK accessor) skips thought parts: it is exactly the non-thought text.
    answer_text_length = sum(p["textLength"] for p in parts if p["kind"] == "text" and not p["thought"])
    assert result["text"] and len(result["text"]) == answer_text_length
    usage = result["usageMetadata"]
    assert usage["totalTokenCount"] >= usage["promptTokenCount"] + usage["candidatesTokenCount"] > 0


def test_generate_content_stream(checks: dict[str, Any]) -> None:
    result = section(checks, "generateContentStream")
    chunks: list[dict[str, Any]] = result["chunks"]
    assert result["chunkCount"] == len(chunks) >= 2
    assert result["allChunksHaveParts"], f"every chunk needs non-empty candidates[0].content.parts: {chunks}"
    assert all(chunk["hasParts"] and chunk["role"] == "model" for chunk in chunks)
    assert result["lastFinishReason"] == "STOP"
    assert [chunk["finishReason"] for chunk in chunks[:-1]] == [None] * (len(chunks) - 1)
    assert chunks[-1]["hasUsageMetadata"]
    assert len({chunk["responseId"] for chunk in chunks}) == 1, "one responseId for the whole stream"
    parts: Parts = [part for chunk in chunks for part in chunk["parts"]]
    assert_thoughts_then_answer(parts)
    assert image_size(final_image_file(parts)) == SIZE_1_1_1K


def test_streamed_chat_turn_stays_in_curated_history(checks: dict[str, Any]) -> None:
    result = section(checks, "chatStream")
    chunks = result["firstTurnChunks"]
    assert chunks >= 2
    # chat.sendMessageStream keeps one model Content per chunk, but only if the turn was valid (see wire-protocol §6).
    assert result["curatedRolesAfterFirstTurn"] == ["user"] + ["model"] * chunks
    # The second turn sends those consecutive model contents (thoughts and signatures included) back; it must work.
    assert_thoughts_then_answer(result["secondTurnParts"])
    assert image_size(final_image_file(result["secondTurnParts"])) == SIZE_1_1_1K
    assert result["curatedRoles"] == ["user"] + ["model"] * chunks + ["user", "model"]
    assert result["comprehensiveLength"] == len(result["curatedRoles"])


def test_count_tokens(checks: dict[str, Any]) -> None:
    total = section(checks, "countTokens")["totalTokens"]
    assert isinstance(total, int) and total > 0


def test_models_get(checks: dict[str, Any]) -> None:
    model = section(checks, "modelsGet")
    assert model["name"] == MODEL_NAME
    assert "generateContent" in model["supportedActions"]
    assert model["inputTokenLimit"] > 0 and model["outputTokenLimit"] > 0


def test_invalid_aspect_ratio_raises_api_error(checks: dict[str, Any]) -> None:
    error = section(checks, "badAspectRatio")
    assert error["raised"], "an aspectRatio of 7:3 must be rejected"
    assert error["name"] == "ApiError" and error["status"] == 400
    body = error["body"]
    assert body is not None, "ApiError.message should be the JSON error envelope"
    assert body["error"]["code"] == 400 and body["error"]["status"] == "INVALID_ARGUMENT"
    assert "7:3" in body["error"]["message"]
