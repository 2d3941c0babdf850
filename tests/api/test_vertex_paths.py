"""Vertex AI's path shapes and `Authorization: Bearer` keys, over HTTP (the SDKs in Vertex mode: tests/sdk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from openbanana.api.app import create_app
from openbanana.config import Settings

KEY = "vertex-test-key"
PREFIXES = [f"/{version}{scope}/publishers/google/models"
            for version in ("v1", "v1beta1") for scope in ("", "/projects/p-1/locations/us-central1")]
BODY = {"contents": [{"role": "user", "parts": [{"text": "a blue door"}]}],
        "generationConfig": {"responseModalities": ["TEXT"]}}


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=tmp_path / "data", api_keys=KEY))) as client:
        yield client


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_vertex_path_shape_serves_the_model_methods(keyed: TestClient, prefix: str) -> None:
    auth = {"Authorization": f"Bearer {KEY}"}
    answer = keyed.post(f"{prefix}/gemini-3-pro-image:generateContent", json=BODY, headers=auth)
    assert answer.status_code == 200, answer.text
    assert answer.json()["createTime"].endswith("Z") and answer.json()["usageMetadata"]["trafficType"] == "ON_DEMAND"
    streamed = keyed.post(f"{prefix}/gemini-3-pro-image:streamGenerateContent?alt=sse", json=BODY, headers=auth)
    assert streamed.status_code == 200 and streamed.text.startswith("data: ")
    counted = keyed.post(f"{prefix}/gemini-2.5-flash-image:countTokens", json=BODY, headers=auth)
    assert counted.json()["totalTokens"] == 3
    model = keyed.get(f"{prefix}/gemini-3.1-flash-image-preview", headers=auth).json()
    assert model["name"] == "publishers/google/models/gemini-3.1-flash-image-preview"
    listed = keyed.get(f"{prefix}?pageSize=4", headers=auth).json()
    assert len(listed["publisherModels"]) == 4 and listed["nextPageToken"] == "4"


def test_bearer_is_a_key_wherever_a_key_is_accepted(keyed: TestClient) -> None:
    for headers in ({"Authorization": f"Bearer {KEY}"}, {"authorization": f"bearer  {KEY} "}, {"x-goog-api-key": KEY}):
        assert keyed.get("/v1beta/models", headers=headers).status_code == 200
        assert keyed.get("/v1beta/files", headers=headers).status_code == 200
    wrong = keyed.get("/v1beta/models", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 400 and wrong.json()["error"]["status"] == "INVALID_ARGUMENT"
    other_scheme = keyed.get("/v1beta/models", headers={"Authorization": f"Basic {KEY}"})
    assert other_scheme.status_code == 403 and other_scheme.json()["error"]["status"] == "PERMISSION_DENIED"


def test_gemini_paths_keep_the_gemini_shapes(keyed: TestClient) -> None:
    auth = {"x-goog-api-key": KEY}
    answer = keyed.post("/v1beta/models/gemini-3-pro-image:generateContent", json=BODY, headers=auth).json()
    assert "createTime" not in answer and "trafficType" not in answer["usageMetadata"]
    assert "models" in keyed.get("/v1beta/models", headers=auth).json()
    assert keyed.post("/v1beta1/models/gemini-3-pro-image:generateContent", json=BODY, headers=auth).status_code == 404


def test_imagen_predict_is_not_served(keyed: TestClient) -> None:
    response = keyed.post(f"{PREFIXES[3]}/imagen-4.0-generate-001:predict", json={"instances": [{"prompt": "x"}]},
                          headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 404 and "Imagen's :predict is not served" in response.json()["error"]["message"]
