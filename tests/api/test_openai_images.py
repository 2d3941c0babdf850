"""The OpenAI front door in-process: Bearer keys against the same key store and quotas, the `/v1/models` rule that
tells the two clients apart, link expiry, safety refusals, masks and bad requests, all in OpenAI's envelope (and
Google's routes keep Google's)."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.engines.base import EngineTraits, ProgressCallback, RenderRequest, RenderResult
from openbanana.safety.images import perceptual_hash
from openbanana.service.keys import KeyLimits
from openbanana.store.usage import UsageStore
from tests.api.test_files import Clock

KEY = "settings-key"
BEARER = {"Authorization": f"Bearer {KEY}"}
GENERATE = "/v1/images/generations"
EDIT = "/v1beta/openai/images/edits"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(tmp_path: Path, clock: Clock) -> Iterator[TestClient]:
    terms = tmp_path / "terms.txt"
    terms.write_text("frobnicator\n")
    settings = Settings(data_dir=tmp_path / "data", api_keys=KEY, safety_blocklist_file=terms)
    with TestClient(create_app(settings, clock=clock)) as test_client:
        yield test_client


def openai_error(response: Any, status: int, param: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["message"]
    assert error["param"] == param
    return error


def png(size: tuple[int, int], mode: str = "RGB", color: Any = (40, 90, 160)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, "PNG")
    return buffer.getvalue()


def test_bearer_keys_are_checked_against_the_key_store(client: TestClient) -> None:
    body = {"prompt": "a red bicycle"}
    assert openai_error(client.post(GENERATE, json=body), 401)["type"] == "invalid_request_error"
    wrong = openai_error(client.post(GENERATE, json=body, headers={"Authorization": "Bearer nope"}), 401)
    assert wrong["code"] == "invalid_api_key"
    assert client.post(GENERATE, json=body, headers=BEARER).status_code == 200
    assert client.post(GENERATE, json=body, headers={"x-goog-api-key": KEY}).status_code == 200


def test_quotas_and_usage_ledger_are_shared_with_the_gemini_routes(client: TestClient) -> None:
    app: FastAPI = client.app  # type: ignore[assignment]
    state = app.state.openbanana
    issued = state.keys.create("openai", KeyLimits(images_per_day=2))
    headers = {"Authorization": f"Bearer {issued.secret}"}
    answer = client.post(GENERATE, json={"prompt": "a lighthouse", "n": 2}, headers=headers)
    assert answer.status_code == 200 and len(answer.json()["data"]) == 2
    refused = openai_error(client.post(GENERATE, json={"prompt": "a lighthouse"}, headers=headers), 429)
    assert refused["type"] == "rate_limit_error" and refused["code"] == "rate_limit_exceeded"
    gemini = client.post("/v1beta/models/gemini-3-pro-image-preview:generateContent",
                         json={"contents": [{"parts": [{"text": "a cat"}]}]}, headers={"x-goog-api-key": issued.secret})
    assert gemini.status_code == 429 and gemini.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
    [totals] = UsageStore(state.database).totals(owner=issued.record.key_hash)
    assert totals.images == 2 and totals.requests == 2  # one ledger row per render, as for the Gemini routes


@pytest.mark.parametrize(("headers", "shape"), [
    ({"Authorization": f"Bearer {KEY}"}, "openai"),
    ({"x-goog-api-key": KEY}, "google"),
    ({"Authorization": f"Bearer {KEY}", "x-goog-api-key": KEY}, "google"),
])
def test_v1_models_answers_each_client_in_its_own_shape(client: TestClient, headers: dict[str, str],
                                                        shape: str) -> None:
    listed = client.get("/v1/models", headers=headers).json()
    if shape == "openai":
        assert listed["object"] == "list" and listed["data"][0]["id"] == "gemini-3-pro-image-preview"
        assert client.get("/v1/models/gemini-3-pro-image-preview", headers=headers).json()["object"] == "model"
    else:
        assert listed["models"][0]["name"] == "models/gemini-3-pro-image-preview"
        assert client.get("/v1/models/gemini-3-pro-image-preview", headers=headers).json()["name"] == \
            "models/gemini-3-pro-image-preview"
    assert client.get("/v1beta/openai/models", headers=headers).json()["object"] == "list"  # always OpenAI's


def test_url_links_expire_after_an_hour(client: TestClient, clock: Clock) -> None:
    answer = client.post(GENERATE, json={"prompt": "a kite", "response_format": "url"}, headers=BEARER).json()
    url = answer["data"][0]["url"].removeprefix("http://testserver")
    fetched = client.get(url)
    assert fetched.status_code == 200 and fetched.headers["content-type"] == "image/png"
    clock.now += timedelta(minutes=59)
    assert client.get(url).status_code == 200
    clock.now += timedelta(minutes=2)
    assert "expired" in openai_error(client.get(url), 404)["message"]
    assert openai_error(client.get("/v1/images/files/not-a-token"), 404)["type"] == "invalid_request_error"


def test_a_blocked_prompt_is_moderation_blocked(client: TestClient) -> None:
    for stream in (False, True):
        response = client.post(GENERATE, json={"prompt": "a frobnicator poster", "stream": stream}, headers=BEARER)
        error = openai_error(response, 400, "prompt")
        assert error["code"] == "moderation_blocked" and error["type"] == "image_generation_user_error"


@pytest.mark.parametrize(("body", "param"), [
    ({"prompt": "a cat", "background": "transparent"}, "background"),
    ({"prompt": "a cat", "partial_images": 2}, "partial_images"),
    ({"prompt": "a cat", "stream": True, "partial_images": 4}, "partial_images"),
    ({"prompt": "a cat", "output_format": "gif"}, "output_format"),
    ({"prompt": "a cat", "output_format": "jpeg", "output_compression": 101}, "output_compression"),
    ({"prompt": "a cat", "size": "0x100"}, "size"),
    ({"prompt": "a cat", "n": "many"}, "n"),
    ({"prompt": "   "}, "prompt"),
    ({"prompt": "a cat", "colour": "red"}, "colour"),
])
def test_bad_requests_name_the_parameter(client: TestClient, body: dict[str, Any], param: str) -> None:
    assert openai_error(client.post(GENERATE, json=body, headers=BEARER), 400, param)["type"] == \
        "invalid_request_error"


def test_gemini_routes_keep_googles_envelope(client: TestClient) -> None:
    response = client.post("/v1beta/models/gemini-3-pro-image-preview:generateContent", json={},
                           headers={"x-goog-api-key": KEY})
    assert response.status_code == 400 and response.json()["error"]["status"] == "INVALID_ARGUMENT"


def edit(client: TestClient, mask: bytes | None, image: bytes | None = None) -> Any:
    files = [("image[]", ("a.png", image or png((640, 480)), "image/png"))]
    if mask is not None:
        files.append(("mask", ("mask.png", mask, "image/png")))
    return client.post(EDIT, data={"prompt": "make it black and white"}, files=files, headers=BEARER)


def test_mask_must_match_the_image_and_have_alpha(client: TestClient) -> None:
    assert "same size" in openai_error(edit(client, png((320, 240), "RGBA", (0, 0, 0, 0))), 400, "mask")["message"]
    assert "alpha" in openai_error(edit(client, png((640, 480))), 400, "mask")["message"]
    assert edit(client, png((640, 480), "RGBA", (0, 0, 0, 0))).status_code == 200


def test_edit_needs_an_image_and_a_form(client: TestClient) -> None:
    no_image = client.post(EDIT, data={"prompt": "x"}, files=[("mask", ("m.png", png((8, 8), "RGBA"), "image/png"))],
                           headers=BEARER)
    openai_error(no_image, 400, "image")
    openai_error(client.post(EDIT, json={"prompt": "x"}, headers=BEARER), 400, "Content-Type")
    garbage = edit(client, None, image=b"not an image at all")
    assert garbage.status_code == 400


def test_chat_refuses_remote_image_urls_and_several_choices(client: TestClient) -> None:
    url = "/v1beta/openai/chat/completions"
    remote = {"model": "gemini-3-pro-image-preview", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "edit this"}, {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}]}
    assert "data: URLs" in openai_error(client.post(url, json=remote, headers=BEARER), 400,
                                        "messages[0].content[1]")["message"]
    several = {"model": "gemini-3-pro-image-preview", "n": 2, "messages": [{"role": "user", "content": "a cat"}]}
    openai_error(client.post(url, json=several, headers=BEARER), 400, "n")


def test_chat_edits_a_data_url_image(client: TestClient) -> None:
    data_url = "data:image/png;base64," + base64.b64encode(png((640, 480))).decode()
    body = {"model": "gemini-3-pro-image-preview", "messages": [
        {"role": "system", "content": "You draw."},
        {"role": "user", "content": [{"type": "text", "text": "make it black and white"},
                                     {"type": "image_url", "image_url": {"url": data_url}}]}]}
    answer = client.post("/v1beta/openai/chat/completions", json=body, headers=BEARER).json()
    image_url = answer["choices"][0]["message"]["images"][0]["image_url"]["url"]
    edited = Image.open(io.BytesIO(base64.b64decode(image_url.split(",", 1)[1])))
    assert edited.size == (1200, 896)  # the input's 4:3 ratio
    assert answer["usage"]["prompt_tokens"] > 258  # the input image counts


class FlatEngine:
    """Draws one flat colour, always: an image the operator's hash list can name."""

    name = "flat"
    traits = EngineTraits()
    loaded = True
    loading = False

    def render(self, request: RenderRequest, progress: ProgressCallback | None = None) -> RenderResult:
        return RenderResult(Image.new("RGB", (request.width, request.height), (200, 40, 40)))


@pytest.fixture
def withholding(tmp_path: Path) -> Iterator[TestClient]:
    """A server whose every image is on the operator's image-hash list."""
    hashes = tmp_path / "hashes.txt"
    hashes.write_text(f"{perceptual_hash(Image.new('RGB', (1024, 1024), (200, 40, 40))):016x}\n")
    settings = Settings(data_dir=tmp_path / "data", safety_image_hashes_file=hashes, safety_nsfw="off")
    with TestClient(create_app(settings, engine=FlatEngine())) as test_client:
        yield test_client


def test_withheld_images_are_refused_in_each_openai_shape(withholding: TestClient) -> None:
    unary = withholding.post(GENERATE, json={"prompt": "a poster", "n": 2}, headers=BEARER)
    assert "withheld" in openai_error(unary, 400, "prompt")["message"]
    streamed = withholding.post(GENERATE, json={"prompt": "a poster", "stream": True}, headers=BEARER)
    assert streamed.status_code == 200  # the image is checked after the stream began: an error frame ends it
    event, data = streamed.text.strip().split("\n")
    assert event == "event: error" and '"code":"moderation_blocked"' in data
    chat = withholding.post("/v1beta/openai/chat/completions", headers=BEARER, json={
        "model": "gemini-3-pro-image-preview", "messages": [{"role": "user", "content": "a poster"}]}).json()
    assert chat["choices"][0]["finish_reason"] == "content_filter" and "images" not in chat["choices"][0]["message"]


def test_size_maps_to_the_named_models_own_cells(client: TestClient) -> None:
    """Nano Banana 2's extreme ratios and its 512 size exist only in its own table: an exact cell of it maps to
    itself, and the image is drawn at that size."""
    response = client.post(GENERATE, headers=BEARER, json={
        "prompt": "a tall lighthouse", "model": "gemini-3.1-flash-image-preview", "size": "176x1464"})
    assert response.status_code == 200, response.text
    image = Image.open(io.BytesIO(base64.b64decode(response.json()["data"][0]["b64_json"])))
    assert image.size == (176, 1464)
