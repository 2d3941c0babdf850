"""The official google-genai Python SDK in Vertex AI mode against a real `openbanana serve` with a key store: the
project-scoped client (credentials: an access-token object, sent as `Authorization: Bearer`) and express mode (an
API key), each generating, editing, streaming, chatting and counting; keys and quotas are the same as the Gemini
API's."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from google import genai
from google.genai import errors, types
from google.oauth2.credentials import Credentials
from PIL import Image

from tests.api.test_keys import create_key
from tests.conftest import LiveServer, start_server, stop_server

pytestmark = pytest.mark.sdk
MODES = ("project", "express")


@dataclass(frozen=True)
class KeyedServer:
    server: LiveServer
    key: str
    limited: str  # two requests a minute


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyedServer]:
    data_dir = tmp_path_factory.mktemp("vertex") / "data"
    key = create_key(data_dir, "vertex")[0]
    limited = create_key(data_dir, "limited", "--rpm", "2")[0]
    server = start_server(data_dir)
    yield KeyedServer(server, key, limited)
    stop_server(server)


def vertex_client(mode: str, base_url: str, key: str) -> genai.Client:
    options = types.HttpOptions(base_url=base_url)
    if mode == "project":
        return genai.Client(vertexai=True, project="my-project", location="us-central1",
                            credentials=Credentials(token=key), http_options=options)
    return genai.Client(vertexai=True, api_key=key, http_options=options)


@pytest.fixture(scope="module", params=MODES)
def sdk(request: pytest.FixtureRequest, keyed: KeyedServer) -> genai.Client:
    return vertex_client(request.param, keyed.server.base_url, keyed.key)


def final_image(parts: list[types.Part] | None) -> Image.Image:
    finals = [p for p in parts or [] if p.inline_data is not None and not p.thought]
    assert len(finals) == 1, "exactly one final image"
    return Image.open(io.BytesIO(finals[0].inline_data.data or b""))  # type: ignore[union-attr]


def test_generate_at_nano_banana_2_sizes(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(
        model="gemini-3.1-flash-image-preview", contents="a lighthouse on a long pier",
        config=types.GenerateContentConfig(response_modalities=["IMAGE"], image_config=types.ImageConfig(
            aspect_ratio="8:1", image_size="1K", output_mime_type="image/jpeg", output_compression_quality=80)))
    image = final_image(response.parts)
    assert (image.size, image.format) == ((2928, 352), "JPEG")  # imageOutputOptions, as the SDK sends it on Vertex
    assert response.create_time is not None and response.model_version == "gemini-3.1-flash-image-preview"
    assert response.usage_metadata is not None
    assert response.usage_metadata.traffic_type == types.TrafficType.ON_DEMAND
    assert response.usage_metadata.candidates_token_count == 1120


def test_edit(sdk: genai.Client) -> None:
    base = Image.new("RGB", (800, 600), (40, 120, 200))
    response = sdk.models.generate_content(model="gemini-3-pro-image", contents=["make the sky orange", base])
    assert final_image(response.parts).size == (1200, 896)  # the input's ratio, 4:3, at 1K


def test_stream(sdk: genai.Client) -> None:
    chunks = list(sdk.models.generate_content_stream(
        model="gemini-2.5-flash-image", contents="a paper boat",
        config=types.GenerateContentConfig(image_config=types.ImageConfig(aspect_ratio="21:9"))))
    parts = [part for chunk in chunks for part in chunk.parts or []]
    assert final_image(parts).size == (1536, 672)
    assert all(chunk.create_time == chunks[0].create_time for chunk in chunks)


def test_chat(sdk: genai.Client) -> None:
    chat = sdk.chats.create(model="gemini-3-pro-image-preview", config=types.GenerateContentConfig(
        thinking_config=types.ThinkingConfig(include_thoughts=True)))
    first = chat.send_message("a red kite over a green hill")
    second = chat.send_message("add a small yellow sun")
    assert final_image(first.parts).size == final_image(second.parts).size == (1024, 1024)
    assert [content.role for content in chat.get_history()] == ["user", "model", "user", "model"]


def test_count_tokens_and_models(sdk: genai.Client) -> None:
    assert sdk.models.count_tokens(model="gemini-3-pro-image", contents="a" * 40).total_tokens == 10
    model = sdk.models.get(model="gemini-3.1-flash-image")
    assert (model.name, model.display_name) == ("publishers/google/models/gemini-3.1-flash-image", "Nano Banana 2")
    names = [m.name for m in sdk.models.list()]
    assert "publishers/google/models/gemini-2.5-flash-image" in names and len(names) == 6


def test_unknown_model_and_imagen_are_404(sdk: genai.Client) -> None:
    with pytest.raises(errors.ClientError) as unknown:
        sdk.models.generate_content(model="gemini-9-image", contents="x")
    assert unknown.value.code == 404
    with pytest.raises(errors.ClientError) as imagen, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the SDK marks generate_images deprecated
        sdk.models.generate_images(model="imagen-4.0-generate-001", prompt="x")
    assert imagen.value.code == 404 and ":predict is not served" in (imagen.value.message or "")


@pytest.mark.parametrize("mode", MODES)
def test_a_bearer_key_is_checked_and_limited_like_any_key(keyed: KeyedServer, mode: str) -> None:
    stranger = vertex_client(mode, keyed.server.base_url, "not-a-key")  # kept: the SDK closes a collected client
    with pytest.raises(errors.ClientError) as wrong:
        stranger.models.count_tokens(model="gemini-3-pro-image", contents="x")
    assert (wrong.value.code, wrong.value.status) == (400, "INVALID_ARGUMENT")
    limited = vertex_client(mode, keyed.server.base_url, keyed.limited)  # shared by both modes: one key's limits
    text_only = types.GenerateContentConfig(response_modalities=["TEXT"])
    statuses = []
    for _ in range(3):
        try:
            limited.models.generate_content(model="gemini-3-pro-image", contents="a word", config=text_only)
            statuses.append(200)
        except errors.ClientError as error:
            statuses.append(error.code)
    assert statuses[-1] == 429, statuses
