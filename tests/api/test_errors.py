"""Every bad input gets Google's envelope with a status, a code and a message that names what to fix."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from fastapi.testclient import TestClient

from openbanana.api.app import InsecureBindError, create_app
from openbanana.config import Settings
from tests.api.test_generate import URL, png_bytes


def assert_error(response: Any, code: int, status: str, *needles: str) -> dict[str, Any]:
    assert response.status_code == code, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code and error["status"] == status
    for needle in needles:
        assert needle in error["message"], error["message"]
    return error


def inline(data: str, mime: str = "image/png") -> dict[str, Any]:
    return {"inlineData": {"mimeType": mime, "data": data}}


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"imageConfig": {"aspectRatio": "7:3"}}},
         ("aspect_ratio must be one of", "'21:9'", "'7:3'")),
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"imageConfig": {"imageSize": "1k"}}},
         ("image_size must be one of", "uppercase K")),
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"imageConfig": {"imageSize": "8K"}}},
         ("'8K'",)),
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"imageConfig": {"colour": "red"}}},
         ('Unknown name "colour"', "Cannot find field")),
        ({"contents": []}, ("contents is not specified",)),
        ({"contents": [{"parts": []}]}, ("contents is not specified",)),
        ({"contents": [{"parts": [inline(base64.b64encode(png_bytes()).decode()) for _ in range(15)]}]},
         ("15 input images", "at most 14")),
        ({"contents": [{"parts": [inline("aGVsbG8=", "application/pdf")]}]},
         ("Unsupported MIME type: application/pdf", "image/png")),
        ({"contents": [{"parts": [inline(base64.b64encode(b"not an image at all").decode())]}]},
         ("Provided image is not valid", "contents[0].parts[0]")),
        ({"contents": [{"parts": [inline(base64.b64encode(png_bytes()[:60]).decode())]}]},
         ("Provided image is not valid",)),
        ({"contents": [{"parts": [inline("***not base64***")]}]}, ("not valid base64", "contents[0].parts[0]")),
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"candidateCount": 2}},
         ("exactly 1 candidate",)),
        ({"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"seed": "seven"}},
         ("generationConfig.seed",)),
        ({"contents": "just a string"}, ("contents",)),
    ],
)
def test_invalid_arguments_teach(client: TestClient, body: dict[str, Any], needles: tuple[str, ...]) -> None:
    assert_error(client.post(URL, json=body), 400, "INVALID_ARGUMENT", *needles)


def test_field_violation_detail_names_the_field(client: TestClient) -> None:
    error = assert_error(client.post(URL, json={"contents": [{"parts": [{"text": "x"}]}],
                                                "generationConfig": {"imageConfig": {"aspectRatio": "2:1"}}}),
                         400, "INVALID_ARGUMENT")
    detail = error["details"][0]
    assert detail["@type"] == "type.googleapis.com/google.rpc.BadRequest"
    assert detail["fieldViolations"][0]["field"] == "generation_config.image_config.aspect_ratio"


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'{"contents": [}'])
def test_malformed_json(client: TestClient, raw: bytes) -> None:
    response = client.post(URL, content=raw, headers={"content-type": "application/json"})
    assert_error(response, 400, "INVALID_ARGUMENT", "Invalid JSON payload received")


def test_oversized_body_is_refused_before_it_is_read(settings: Settings) -> None:
    small = settings.updated(max_request_bytes=2048)
    with TestClient(create_app(small), headers={"x-goog-api-key": "k"}) as client:
        response = client.post(URL, json={"contents": [{"parts": [{"text": "x" * 5000}]}]})
    assert_error(response, 400, "INVALID_ARGUMENT", "exceeds the limit", "Files API")


def test_unknown_file_is_permission_denied(client: TestClient) -> None:
    body = {"contents": [{"parts": [{"fileData": {"fileUri": "files/abc123", "mimeType": "image/png"}},
                                    {"text": "x"}]}]}
    assert_error(client.post(URL, json=body), 403, "PERMISSION_DENIED", "abc123")


def test_unknown_model_has_the_list_models_hint(client: TestClient) -> None:
    response = client.post("/v1/models/imagen-9:generateContent", json={"contents": [{"parts": [{"text": "x"}]}]})
    assert_error(response, 404, "NOT_FOUND", "models/imagen-9 is not found for API version v1", "ListModels")


def test_unsupported_method_on_a_known_model(client: TestClient) -> None:
    response = client.post("/v1beta/models/gemini-3-pro-image-preview:predict", json={})
    assert_error(response, 404, "NOT_FOUND", "not supported for predict")


def test_unknown_route_is_a_google_404(client: TestClient) -> None:
    assert_error(client.get("/v1beta/nothing-here"), 404, "NOT_FOUND", "Requested entity was not found")


def test_missing_key_is_permission_denied(client: TestClient) -> None:
    response = client.get("/v1beta/models", headers={"x-goog-api-key": ""})
    assert_error(response, 403, "PERMISSION_DENIED", "unregistered callers")


def test_wrong_key_is_invalid_argument_with_error_info(settings: Settings) -> None:
    keyed = settings.updated(api_keys="k1,k2")
    with TestClient(create_app(keyed)) as client:
        error = assert_error(client.get("/v1beta/models", headers={"x-goog-api-key": "nope"}), 400,
                             "INVALID_ARGUMENT", "API key not valid")
        assert error["details"][0]["reason"] == "API_KEY_INVALID"
        assert client.get("/v1beta/models?key=k2").status_code == 200
        assert client.get("/v1beta/models", headers={"X-Goog-Api-Key": "k1"}).status_code == 200


def test_refuses_to_serve_keyless_off_loopback(settings: Settings) -> None:
    with pytest.raises(InsecureBindError):
        create_app(settings.updated(host="0.0.0.0"))
    create_app(settings.updated(host="0.0.0.0", insecure=True))
    create_app(settings.updated(host="0.0.0.0", api_keys="k"))


def test_bad_query_parameter_names_it_without_internals(client: TestClient) -> None:
    error = assert_error(client.get("/v1beta/models?pageSize=abc"), 400, "INVALID_ARGUMENT", "'pageSize'")
    assert "/" not in error["message"], "no file paths or tracebacks in messages"


def test_gif_bytes_labelled_png_are_refused(client: TestClient) -> None:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "GIF")
    body = {"contents": [{"parts": [inline(base64.b64encode(buffer.getvalue()).decode())]}]}
    assert_error(client.post(URL, json=body), 400, "INVALID_ARGUMENT", "image/gif")


def test_missing_required_field_is_named(client: TestClient) -> None:
    body = {"contents": [{"parts": [{"text": "x"}]}], "safetySettings": [{"threshold": "BLOCK_NONE"}]}
    assert_error(client.post(URL, json=body), 400, "INVALID_ARGUMENT", "Required field 'safetySettings[0].category'")


def test_text_only_modality_describes_the_plan_without_an_image(client: TestClient) -> None:
    answer = client.post(URL, json={"contents": [{"parts": [{"text": "a fox"}]}], "generationConfig": {
        "responseModalities": ["TEXT"], "thinkingConfig": {"includeThoughts": True}}}).json()
    parts = answer["candidates"][0]["content"]["parts"]
    assert all("inlineData" not in p for p in parts)
    assert parts[-1]["text"].startswith("Here is the plan")
    assert answer["usageMetadata"]["candidatesTokensDetails"] == [
        {"modality": "TEXT", "tokenCount": answer["usageMetadata"]["candidatesTokenCount"]}]


@pytest.mark.parametrize(("config", "field"), [
    ({"thinkingConfig": {"includeThoughts": "yes"}}, "generationConfig.thinkingConfig.includeThoughts"),
    ({"seed": 1.5}, "generationConfig.seed"), ({"temperature": "hot"}, "generationConfig.temperature"),
])
def test_loose_booleans_and_numbers_are_400(client: TestClient, config: dict[str, Any], field: str) -> None:
    body = {"contents": [{"parts": [{"text": "a cat"}]}], "generationConfig": config}
    error = assert_error(client.post(URL, json=body), 400, "INVALID_ARGUMENT", field)
    assert error["details"][0]["fieldViolations"][0]["field"] == field
