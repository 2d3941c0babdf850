"""Chats in-process: history built from real responses round-trips its thought signatures; altered history fails."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.conftest import API_KEY

URL = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
STREAM_URL = "/v1beta/models/gemini-3-pro-image-preview:streamGenerateContent?alt=sse"
CONFIG = {"thinkingConfig": {"includeThoughts": True}, "imageConfig": {"aspectRatio": "1:1", "imageSize": "1K"}}


@pytest.fixture
def strict_client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "strict", strict_signatures=True)
    with TestClient(create_app(settings), headers={"x-goog-api-key": API_KEY}) as test_client:
        yield test_client


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "parts": [{"text": text}]}


def final_image(parts: list[dict[str, Any]]) -> Image.Image:
    data = [p["inlineData"]["data"] for p in parts if "inlineData" in p and not p.get("thought")][-1]
    return Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")


def send(client: TestClient, contents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = client.post(URL, json={"contents": contents, "generationConfig": CONFIG})
    assert response.status_code == 200, response.text
    content = response.json()["candidates"][0]["content"]
    assert content["role"] == "model"
    parts: list[dict[str, Any]] = content["parts"]
    return parts


def three_turns(client: TestClient) -> list[dict[str, Any]]:
    """A 3-turn chat as the SDKs send it; returns the full history after the third answer."""
    history = [user("A red kite over a green hill")]
    for prompt in ("Add a small yellow sun", "Make it black and white", None):
        history.append({"role": "model", "parts": send(client, history)})
        if prompt is None:
            break
        history.append(user(prompt))
    return history


def test_three_turn_edit_round_trips_signatures(strict_client: TestClient) -> None:
    history = three_turns(strict_client)
    assert [c["role"] for c in history] == ["user", "model", "user", "model", "user", "model"]
    grey = final_image(history[5]["parts"])
    for xy in ((5, 5), (512, 512), (1000, 900)):
        r, g, b = grey.getpixel(xy)  # type: ignore[misc]
        assert r == g == b, "turn 3 edited turn 2's image into black and white"


def test_streamed_turns_as_consecutive_model_contents_pass_strict_mode(strict_client: TestClient) -> None:
    history = [user("A lighthouse at dusk")]
    with strict_client.stream("POST", STREAM_URL, json={"contents": history, "generationConfig": CONFIG}) as r:
        assert r.status_code == 200
        events = [line.removeprefix("data: ") for line in r.iter_lines() if line.startswith("data: ")]
    for event in events:  # one model Content per chunk, as the SDKs keep a streamed turn
        history.append(json.loads(event)["candidates"][0]["content"])
    assert len(history) >= 4
    history.append(user("Make it black and white"))
    parts = send(strict_client, history)
    r, g, b = final_image(parts).getpixel((10, 10))  # type: ignore[misc]
    assert r == g == b


def test_strict_mode_wants_google_wording_for_a_missing_signature(strict_client: TestClient) -> None:
    history = [user("A red kite"), {"role": "model", "parts": send(strict_client, [user("A red kite")])}]
    image_index = next(i for i, p in enumerate(history[1]["parts"]) if "inlineData" in p and not p.get("thought"))
    text_index = next(i for i, p in enumerate(history[1]["parts"]) if "text" in p and not p.get("thought"))
    del history[1]["parts"][image_index]["thoughtSignature"]
    response = strict_client.post(URL, json={"contents": [*history, user("bluer")]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["message"] == (
        f"Image part is missing a thought_signature in content position 2, part position {image_index + 1}.")
    del history[1]["parts"][text_index]["thoughtSignature"]
    response = strict_client.post(URL, json={"contents": [*history, user("bluer")]})
    assert response.json()["error"]["message"] == (
        f"Text part is missing a thought_signature in content position 2, part position {text_index + 1}.")


def test_lenient_mode_accepts_missing_signatures(client: TestClient) -> None:
    parts = send(client, [user("A red kite")])
    for part in parts:
        part.pop("thoughtSignature", None)
    assert send(client, [user("A red kite"), {"role": "model", "parts": parts}, user("bluer")])


@pytest.mark.parametrize("strict", [False, True])
def test_tampered_history_is_rejected(client: TestClient, strict_client: TestClient, strict: bool) -> None:
    chat = strict_client if strict else client
    parts = send(chat, [user("A red kite")])
    index = next(i for i, p in enumerate(parts) if "inlineData" in p and not p.get("thought"))
    swapped = io.BytesIO()
    final_image(parts).convert("L").save(swapped, "PNG")  # a different image under the old signature
    parts[index]["inlineData"] = {"mimeType": "image/png", "data": base64.b64encode(swapped.getvalue()).decode()}
    response = chat.post(URL, json={"contents": [user("A red kite"), {"role": "model", "parts": parts},
                                                 user("bluer")]})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        f"Thought signature is not valid in content position 2, part position {index + 1}.")


def test_signatures_from_another_server_are_rejected(client: TestClient, strict_client: TestClient) -> None:
    parts = send(strict_client, [user("A red kite")])  # another data dir, so another signing key
    response = client.post(URL, json={"contents": [user("A red kite"), {"role": "model", "parts": parts},
                                                   user("bluer")]})
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Thought signature is not valid in content position 2")
