"""The official `openai` Python SDK against a real `openbanana serve`: the Images API (generate, edit with two images
and a mask, n, every output format, url links, streaming with partial images), models, chat completions, and its
errors, under both `/v1` and Google's compatibility prefix `/v1beta/openai`."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from google import genai
from google.genai import types
from PIL import Image, ImageChops, ImageStat

from openbanana.imaging.sizes import preview_size, target_size
from openbanana.service.openai.sizes import cell_for
from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"


@pytest.fixture(scope="module", params=["/v1", "/v1beta/openai/"])
def client(live_server: LiveServer, request: pytest.FixtureRequest) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key="any-key", base_url=live_server.base_url + request.param, max_retries=0) as sdk:
        yield sdk


def decoded(b64: str | None) -> Image.Image:
    assert b64, "no image data"
    image = Image.open(io.BytesIO(base64.b64decode(b64)))
    image.load()
    return image


@pytest.mark.parametrize(("size", "expected"), [
    ("1024x1024", (1024, 1024)), ("1536x1024", (1264, 848)), ("1024x1536", (848, 1264)), ("auto", (1024, 1024)),
    ("2752x1536", (2752, 1536)), ("1792x1024", (1376, 768)),
])
def test_generate_maps_size_to_the_nearest_cell(client: openai.OpenAI, size: str, expected: tuple[int, int]) -> None:
    result = client.images.generate(model=MODEL, prompt="a red bicycle", size=size)
    assert result.data is not None and len(result.data) == 1
    image = decoded(result.data[0].b64_json)
    assert image.size == expected and image.format == "PNG"
    assert result.size == f"{expected[0]}x{expected[1]}"
    assert result.output_format == "png"
    assert result.usage is not None and result.usage.output_tokens_details is not None
    cell = cell_for(size) or target_size("1:1", "1K")
    assert result.usage.output_tokens_details.image_tokens == cell.tokens  # the size table's output image tokens
    assert result.usage.output_tokens == cell.tokens + result.usage.output_tokens_details.text_tokens
    assert result.usage.input_tokens == result.usage.input_tokens_details.text_tokens > 0


def test_n_three_are_three_renders(client: openai.OpenAI) -> None:
    result = client.images.generate(model=MODEL, prompt="a lighthouse at dusk", n=3, size="1024x1024")
    assert result.data is not None and len(result.data) == 3
    images = [base64.b64decode(item.b64_json or "") for item in result.data]
    assert len(set(images)) == 3, "each image is its own render"
    assert all(Image.open(io.BytesIO(data)).size == (1024, 1024) for data in images)


@pytest.mark.parametrize(("output_format", "pillow_format"), [("png", "PNG"), ("jpeg", "JPEG"), ("webp", "WEBP")])
def test_each_output_format(client: openai.OpenAI, output_format: Any, pillow_format: str) -> None:
    result = client.images.generate(model=MODEL, prompt="a bowl of fruit", output_format=output_format,
                                    size="1024x1536")
    assert result.data is not None
    image = decoded(result.data[0].b64_json)
    assert image.format == pillow_format and image.size == (848, 1264)
    assert result.output_format == output_format


def test_output_compression_changes_the_jpeg(client: openai.OpenAI) -> None:
    sizes = []
    for compression in (20, 95):
        result = client.images.generate(model=MODEL, prompt="a bowl of fruit", output_format="jpeg",
                                        output_compression=compression)
        assert result.data is not None
        sizes.append(len(base64.b64decode(result.data[0].b64_json or "")))
    assert sizes[0] < sizes[1]


def test_url_response_is_fetched_from_this_server(client: openai.OpenAI, live_server: LiveServer) -> None:
    result = client.images.generate(model=MODEL, prompt="a red kite", response_format="url", output_format="webp")
    assert result.data is not None and result.data[0].url and result.data[0].b64_json is None
    url = result.data[0].url
    assert url.startswith(live_server.base_url + "/v1/images/files/")
    fetched = httpx.get(url, timeout=30)  # no key: the link is its own credential
    assert fetched.status_code == 200 and fetched.headers["content-type"] == "image/webp"
    assert Image.open(io.BytesIO(fetched.content)).size == (1024, 1024)
    forged = httpx.get(url[:-4] + "AAAA", timeout=30)
    assert forged.status_code == 404 and forged.json()["error"]["type"] == "invalid_request_error"


def _photo(color: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (1024, 768), color)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _left_half_mask() -> bytes:
    """Transparent (editable) on the left half, opaque (kept) on the right half."""
    mask = Image.new("RGBA", (1024, 768), (0, 0, 0, 255))
    mask.paste((0, 0, 0, 0), (0, 0, 512, 768))
    buffer = io.BytesIO()
    mask.save(buffer, "PNG")
    return buffer.getvalue()


def test_edit_with_two_images_and_a_mask(client: openai.OpenAI) -> None:
    original = _photo((30, 110, 200))
    result = client.images.edit(
        model=MODEL, prompt="make it black and white", size="auto",
        image=[("base.png", original, "image/png"), ("style.png", _photo((220, 60, 40)), "image/png")],
        mask=("mask.png", _left_half_mask(), "image/png"),
    )
    assert result.data is not None and len(result.data) == 1
    edited = decoded(result.data[0].b64_json).convert("RGB")
    assert edited.size == (1200, 896)  # the first image's ratio (4:3) at 1K
    base = Image.open(io.BytesIO(original)).convert("RGB").resize(edited.size)
    difference = ImageChops.difference(edited, base)
    kept = ImageStat.Stat(difference.crop((edited.width // 2 + 8, 0, edited.width, edited.height))).mean
    changed = ImageStat.Stat(difference.crop((0, 0, edited.width // 2 - 8, edited.height))).mean
    assert max(kept) < 3, f"outside the mask the original stays: {kept}"
    assert max(changed) > 50, f"inside the mask the edit shows: {changed}"
    assert result.usage is not None and result.usage.input_tokens_details.image_tokens > 0


def test_stream_with_partial_images(client: openai.OpenAI) -> None:
    stream = client.images.generate(model=MODEL, prompt="a lighthouse at night", stream=True, partial_images=2,
                                    size="1536x1024")
    events = list(stream)
    kinds = [event.type for event in events]
    assert kinds == ["image_generation.partial_image", "image_generation.completed"]
    partial, completed = events
    assert partial.type == "image_generation.partial_image" and partial.partial_image_index == 0
    preview = preview_size(target_size("3:2", "1K"))  # the service's interim image of that cell
    assert decoded(partial.b64_json).size == (preview.width, preview.height)
    assert completed.type == "image_generation.completed"
    assert decoded(completed.b64_json).size == (1264, 848) and completed.size == "1264x848"
    assert completed.usage.output_tokens > 0


def test_stream_an_edit(client: openai.OpenAI) -> None:
    stream = client.images.edit(model=MODEL, prompt="make it night", image=("a.png", _photo((90, 160, 90))),
                                stream=True, partial_images=1)
    events = list(stream)
    assert [event.type for event in events] == ["image_edit.partial_image", "image_edit.completed"]
    assert decoded(events[-1].b64_json).size == (1200, 896)


@pytest.mark.parametrize(("arguments", "param"), [
    ({"size": "huge"}, "size"), ({"n": 0}, "n"), ({"n": 11}, "n"), ({"background": "transparent"}, "background"),
])
def test_bad_arguments_are_400_in_openais_envelope(client: openai.OpenAI, arguments: dict[str, Any],
                                                   param: str) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        client.images.generate(model=MODEL, prompt="a cat", **arguments)
    assert raised.value.status_code == 400 and raised.value.param == param
    assert raised.value.type == "invalid_request_error"


def test_missing_prompt(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        client.post("/images/generations", body={"model": MODEL, "size": "1024x1024"}, cast_to=httpx.Response)
    assert raised.value.param == "prompt" and "prompt" in raised.value.message


def test_unknown_model(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        client.images.generate(model="dall-e-9", prompt="a cat")
    assert raised.value.code == "model_not_found" and raised.value.param == "model"


def test_models_for_both_clients_on_one_server(client: openai.OpenAI, live_server: LiveServer) -> None:
    models = [model.id for model in client.models.list()]
    assert MODEL in models
    assert client.models.retrieve(MODEL).id == MODEL
    with genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url,
                                                                     api_version="v1")) as google:
        assert f"models/{MODEL}" in [model.name for model in google.models.list()]


def test_chat_completions_answer_with_an_image(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "draw a cat on a red sofa"}],
        extra_body={"google": {"image_config": {"aspect_ratio": "16:9"}}})
    message = completion.choices[0].message
    assert message.content and completion.choices[0].finish_reason == "stop"
    images = (message.model_extra or {})["images"]
    url = images[0]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert decoded(url.split(",", 1)[1]).size == (1376, 768)
    assert completion.usage is not None and completion.usage.completion_tokens > 0


def test_chat_completions_stream(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "a tiny robot"}], stream=True))
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks)
    images = [image for chunk in chunks for image in (chunk.choices[0].delta.model_extra or {}).get("images", [])]
    assert text and len(images) == 1
    assert chunks[-1].choices[0].finish_reason == "stop"
