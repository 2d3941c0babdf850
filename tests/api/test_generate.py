"""generateContent in-process: what the parser accepts, what the response looks like."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

URL = "/v1beta/models/gemini-3-pro-image-preview:generateContent"


def png_bytes(size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def images_in(answer: dict[str, Any], *, thought: bool = False) -> list[Image.Image]:
    parts = answer["candidates"][0]["content"]["parts"]
    return [Image.open(io.BytesIO(base64.b64decode(p["inlineData"]["data"])))
            for p in parts if "inlineData" in p and bool(p.get("thought")) == thought]


def test_snake_case_at_any_depth_and_mixed_case_enums(client: TestClient) -> None:
    response = client.post(URL, json={
        "contents": [{"role": "user", "parts": [{"text": "a green frog"}]}],
        "generation_config": {
            "response_modalities": ["Text", "image"],
            "thinking_config": {"include_thoughts": True, "thinking_level": "high"},
            "image_config": {"aspect_ratio": "3:2", "image_size": "1K"},
            "seed": "7",
        },
    })
    assert response.status_code == 200, response.text
    answer = response.json()
    assert images_in(answer)[0].size == (1264, 848)
    assert images_in(answer, thought=True), "include_thoughts in snake_case was honoured"


def test_url_safe_base64_without_padding_is_accepted(client: TestClient) -> None:
    data = png_bytes((37, 41))
    urlsafe = base64.urlsafe_b64encode(data).decode().rstrip("=")
    response = client.post(URL, json={"contents": [{"parts": [
        {"inline_data": {"mime_type": "image/png", "data": urlsafe}}, {"text": "brighter"}]}]})
    assert response.status_code == 200, response.text


def test_empty_generation_config_and_unknown_part_kinds_are_fine(client: TestClient) -> None:
    response = client.post(URL, json={
        "contents": [{"parts": [{"text": "a kite"}, {"functionCall": {"name": "f", "args": {}}},
                                {"partMetadata": {"x": 1}}]}],
        "generationConfig": {},
        "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_ONLY_HIGH"}],
        "tools": [{"googleSearch": {}}],
    })
    assert response.status_code == 200, response.text
    candidate = response.json()["candidates"][0]
    assert candidate["finishReason"] == "STOP" and candidate["index"] == 0
    assert candidate["content"]["role"] == "model"


def test_history_with_thoughts_signatures_and_consecutive_model_turns(client: TestClient) -> None:
    first = client.post(URL, json={"contents": [{"parts": [{"text": "a blue square"}]}],
                                   "generationConfig": {"thinkingConfig": {"includeThoughts": True}}}).json()
    model_turn = first["candidates"][0]["content"]
    history = [{"role": "user", "parts": [{"text": "a blue square"}]}, model_turn,
               {"role": "model", "parts": [{"text": "(a second model chunk)"}]},
               {"role": "user", "parts": [{"text": "now black and white"}]}]
    response = client.post(URL, json={"contents": history})
    assert response.status_code == 200, response.text
    final = images_in(response.json())[0].convert("RGB")
    r, g, b = final.getpixel((5, 5))  # type: ignore[misc]
    assert r == g == b, "the previous model image was the base of the edit"


def test_mime_type_matches_the_bytes(client: TestClient) -> None:
    for mime, magic in (("image/jpeg", b"\xff\xd8\xff"), ("image/webp", b"RIFF"), ("image/png", b"\x89PNG")):
        answer = client.post(URL, json={"contents": [{"parts": [{"text": "a pear"}]}], "generationConfig": {
            "imageConfig": {"outputMimeType": mime, "outputCompressionQuality": 80}}}).json()
        part = answer["candidates"][0]["content"]["parts"][-1]["inlineData"]
        assert part["mimeType"] == mime and base64.b64decode(part["data"]).startswith(magic)


def test_same_seed_same_bytes(client: TestClient) -> None:
    body = {"contents": [{"parts": [{"text": "two cats and a dog"}]}], "generationConfig": {"seed": 42}}
    first, second = (client.post(URL, json=body).json() for _ in range(2))
    data = [a["candidates"][0]["content"]["parts"][-1]["inlineData"]["data"] for a in (first, second)]
    assert data[0] == data[1]


def test_usage_metadata_adds_up(client: TestClient) -> None:
    answer = client.post(URL, json={"contents": [{"parts": [
        {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(png_bytes()).decode()}},
        {"text": "make it warmer"}]}], "generationConfig": {"imageConfig": {"imageSize": "4K"}}}).json()
    usage = answer["usageMetadata"]
    assert usage["candidatesTokensDetails"][-1] == {"modality": "IMAGE", "tokenCount": 2000}
    assert {"modality": "IMAGE", "tokenCount": 560} in usage["promptTokensDetails"]
    assert usage["totalTokenCount"] == (usage["promptTokenCount"] + usage["candidatesTokenCount"]
                                        + usage["thoughtsTokenCount"])
    assert images_in(answer)[0].size == (4800, 3584)  # a 64x48 reference is 4:3; 4K of 4:3


@pytest.mark.parametrize("version", ["v1", "v1beta"])
def test_both_api_versions_and_the_alias(client: TestClient, version: str) -> None:
    response = client.post(f"/{version}/models/nano-banana-pro-preview:generateContent",
                           json={"contents": [{"parts": [{"text": "a moon"}]}]})
    assert response.status_code == 200
    assert response.json()["modelVersion"] == "nano-banana-pro-preview"


def test_every_emitted_image_states_its_provenance(client: TestClient) -> None:
    answer = client.post(URL, json={"contents": [{"parts": [{"text": "a violin"}]}],
                                    "generationConfig": {"thinkingConfig": {"includeThoughts": True}}}).json()
    emitted = images_in(answer) + images_in(answer, thought=True)
    assert len(emitted) == 2
    for image in emitted:
        description = image.getxmp()["xmpmeta"]["RDF"]["Description"]
        assert description["DigitalSourceType"].endswith("/trainedAlgorithmicMedia")
