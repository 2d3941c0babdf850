"""models list/get and countTokens."""

from __future__ import annotations

import base64

from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings
from tests.api.test_generate import png_bytes


def test_list_models_pages(settings: Settings) -> None:
    more = settings.updated(served_models="my-model,models/other-model")
    with TestClient(create_app(more), headers={"x-goog-api-key": "k"}) as client:
        first = client.get("/v1beta/models?pageSize=6").json()
        assert [m["name"] for m in first["models"]] == [
            "models/gemini-3-pro-image-preview", "models/gemini-3-pro-image", "models/nano-banana-pro-preview",
            "models/gemini-3.1-flash-image-preview", "models/gemini-3.1-flash-image", "models/gemini-2.5-flash-image"]
        second = client.get(f"/v1beta/models?pageSize=6&pageToken={first['nextPageToken']}").json()
        assert [m["name"] for m in second["models"]] == ["models/my-model", "models/other-model"]
        assert "nextPageToken" not in second
        assert client.post("/v1/models/my-model:generateContent",
                           json={"contents": [{"parts": [{"text": "x"}]}]}).status_code == 200


def test_get_model_shape(client: TestClient) -> None:
    model = client.get("/v1/models/gemini-3-pro-image-preview").json()
    assert model["name"] == "models/gemini-3-pro-image-preview"
    assert model["displayName"] == "Nano Banana Pro" and model["thinking"] is True
    assert "generateContent" in model["supportedGenerationMethods"]
    assert client.get("/v1beta/models/models%2Fgemini-3-pro-image-preview").status_code in (200, 404)


def test_bad_page_token(client: TestClient) -> None:
    response = client.get("/v1beta/models?pageToken=zzz")
    assert response.status_code == 400 and response.json()["error"]["status"] == "INVALID_ARGUMENT"


def test_count_tokens_counts_text_and_images(client: TestClient) -> None:
    url = "/v1beta/models/gemini-3-pro-image-preview:countTokens"
    text_only = client.post(url, json={"contents": [{"parts": [{"text": "a" * 40}]}]}).json()
    assert text_only == {"totalTokens": 10, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 10}]}
    image = {"inlineData": {"mimeType": "image/png", "data": base64.b64encode(png_bytes()).decode()}}
    with_image = client.post(url, json={"generateContentRequest": {"contents": [{"parts": [image]}]}}).json()
    assert with_image["totalTokens"] == 560
