"""Each model of the family over HTTP: its own sizes, tokens, limits, thinking and grounding, and errors that name
its own accepted values."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.test_generate import images_in, png_bytes


def generate(client: TestClient, model: str, **config: Any) -> Any:
    body: dict[str, Any] = {"contents": [{"parts": [{"text": "a red kite over a beach"}]}],
                            "generationConfig": {"responseModalities": ["IMAGE"], **config}}
    return client.post(f"/v1beta/models/{model}:generateContent", json=body)


@pytest.mark.parametrize(("model", "ratio", "size", "pixels", "tokens"), [
    ("gemini-3-pro-image", "21:9", "2K", (3168, 1344), 1120),
    ("nano-banana-pro-preview", "16:9", "4K", (5504, 3072), 2000),
    ("gemini-3.1-flash-image-preview", "1:8", "512", (176, 1464), 747),
    ("gemini-3.1-flash-image-preview", "4:1", "2K", (4128, 1024), 1680),
    ("gemini-3.1-flash-image", "9:21", "1K", (672, 1584), 1120),
    ("gemini-2.5-flash-image", "16:9", None, (1344, 768), 1290),
])
def test_each_model_draws_its_own_cells(client: TestClient, model: str, ratio: str, size: str | None,
                                        pixels: tuple[int, int], tokens: int) -> None:
    image_config = {"aspectRatio": ratio, **({"imageSize": size} if size else {})}
    response = generate(client, model, imageConfig=image_config)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert images_in(answer)[0].size == pixels
    assert answer["modelVersion"] == model
    assert answer["usageMetadata"]["candidatesTokenCount"] == tokens


@pytest.mark.parametrize(("model", "config", "names"), [
    ("gemini-3-pro-image-preview", {"imageConfig": {"aspectRatio": "8:1"}}, ["'21:9'", "gemini-3-pro-image-preview"]),
    ("gemini-3-pro-image", {"imageConfig": {"imageSize": "512"}}, ["'1K', '2K' or '4K'", "gemini-3-pro-image"]),
    ("gemini-3.1-flash-image-preview", {"imageConfig": {"aspectRatio": "9:21"}}, ["'8:1'", "'1:4'"]),
    ("gemini-3.1-flash-image", {"imageConfig": {"imageSize": "8K"}}, ["'512', '1K', '2K' or '4K'"]),
    ("gemini-2.5-flash-image", {"imageConfig": {"imageSize": "2K"}}, ["must be '1K' for gemini-2.5-flash-image"]),
    ("gemini-3.1-flash-image", {"thinkingConfig": {"thinkingLevel": "low"}}, ["'MINIMAL' or 'HIGH'"]),
])
def test_errors_name_the_models_own_values(client: TestClient, model: str, config: dict[str, Any],
                                           names: list[str]) -> None:
    response = generate(client, model, **config)
    assert response.status_code == 400, response.text
    message = response.json()["error"]["message"]
    assert all(name in message for name in names), message


def test_input_image_limit_is_the_models(client: TestClient) -> None:
    image = {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(png_bytes()).decode()}}
    body = {"contents": [{"parts": [{"text": "blend these"}, image, image, image, image]}]}
    small = client.post("/v1beta/models/gemini-2.5-flash-image:generateContent", json=body)
    assert small.status_code == 400 and "at most 3" in small.json()["error"]["message"]
    assert client.post("/v1beta/models/gemini-3.1-flash-image:generateContent", json=body).status_code == 200


def test_thinking_levels_and_thoughts(client: TestClient) -> None:
    thinking = {"thinkingConfig": {"includeThoughts": True, "thinkingLevel": "high"}}
    flash = generate(client, "gemini-3.1-flash-image-preview", **thinking)
    assert flash.status_code == 200 and images_in(flash.json(), thought=True), "Nano Banana 2 thinks and shows it"
    nano = generate(client, "gemini-2.5-flash-image", thinkingConfig={"includeThoughts": True})
    assert nano.status_code == 200
    assert not any(p.get("thought") for p in nano.json()["candidates"][0]["content"]["parts"]), "no thinking"


def test_grounding_kinds_are_the_models(client: TestClient) -> None:
    body = {"contents": [{"parts": [{"text": "today's weather in Lisbon as a poster"}]}]}
    image_search = {"googleSearch": {"searchTypes": {"webSearch": {}, "imageSearch": {}}}}
    flash = client.post("/v1beta/models/gemini-3.1-flash-image:generateContent",
                        json={**body, "tools": [image_search]})
    assert flash.status_code == 200, flash.text
    pro = client.post("/v1beta/models/gemini-3-pro-image:generateContent", json={**body, "tools": [image_search]})
    assert pro.status_code == 400 and "imageSearch is not supported by gemini-3-pro-image" in pro.text
    assert "it takes webSearch" in pro.json()["error"]["message"]
    nano = client.post("/v1beta/models/gemini-2.5-flash-image:generateContent",
                       json={**body, "tools": [{"googleSearch": {}}]})
    assert nano.status_code == 400 and "not supported by gemini-2.5-flash-image" in nano.text


def test_models_get_shows_each_models_fields(client: TestClient) -> None:
    flash = client.get("/v1beta/models/gemini-3.1-flash-image-preview").json()
    assert flash["displayName"] == "Nano Banana 2" and flash["version"] == "3.1"
    assert flash["inputTokenLimit"] == 131072 and flash["thinking"] is True
    nano = client.get("/v1/models/gemini-2.5-flash-image").json()
    assert (nano["displayName"], nano["inputTokenLimit"], nano["thinking"]) == ("Nano Banana", 32768, False)
