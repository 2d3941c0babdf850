"""The official google-genai Python SDK against a real `openbanana serve` process, unchanged but for base_url."""

from __future__ import annotations

import io

import pytest
from google import genai
from google.genai import errors, types
from PIL import Image

from openbanana.imaging.sizes import ASPECT_RATIOS, IMAGE_SIZES, target_size
from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url))


def final_image(response: types.GenerateContentResponse) -> Image.Image:
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    assert len(parts) == 1, "exactly one final image"
    image = parts[0].as_image()
    assert image is not None
    return Image.open(io.BytesIO(image.image_bytes or b""))


@pytest.mark.parametrize("image_size", IMAGE_SIZES)
@pytest.mark.parametrize("aspect_ratio", ASPECT_RATIOS)
def test_every_cell_of_the_size_table(sdk: genai.Client, aspect_ratio: str, image_size: str) -> None:
    response = sdk.models.generate_content(
        model=MODEL,
        contents="a red bicycle",
        config=types.GenerateContentConfig(
            response_modalities=["IMAGE"],
            image_config=types.ImageConfig(aspect_ratio=aspect_ratio, image_size=image_size),
        ),
    )
    expected = target_size(aspect_ratio, image_size)
    assert final_image(response).size == (expected.width, expected.height)
    assert response.usage_metadata is not None
    assert response.usage_metadata.candidates_token_count == expected.tokens
    assert response.text is None  # IMAGE only: no text outside thoughts


def test_default_is_1k_square_with_text_and_image(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(model=MODEL, contents="a lighthouse at night")
    assert final_image(response).size == (1024, 1024)
    assert response.text and "image" in response.text
    candidate = (response.candidates or [])[0]
    assert candidate.finish_reason == types.FinishReason.STOP
    assert candidate.content is not None and candidate.content.role == "model"
    assert response.model_version == MODEL and response.response_id


def test_thoughts_come_first_and_signatures_sit_where_google_puts_them(sdk: genai.Client) -> None:
    response = sdk.models.generate_content(
        model=MODEL,
        contents='A poster that says "HELLO WORLD"',
        config=types.GenerateContentConfig(thinking_config=types.ThinkingConfig(include_thoughts=True)),
    )
    parts = response.parts or []
    thought_flags = [bool(p.thought) for p in parts]
    assert thought_flags == sorted(thought_flags, reverse=True), "thought parts first"
    thoughts = [p for p in parts if p.thought]
    assert thoughts[0].text and thoughts[0].text.startswith("**Planning the composition**")
    assert "HELLO WORLD" in thoughts[0].text
    assert any(p.inline_data is not None for p in thoughts), "an interim thought image"
    assert all(p.thought_signature is None for p in thoughts)
    answer = [p for p in parts if not p.thought]
    assert answer[0].text and answer[0].thought_signature
    assert answer[-1].inline_data is not None and answer[-1].thought_signature
    usage = response.usage_metadata
    assert usage is not None and usage.thoughts_token_count and usage.total_token_count == (
        (usage.prompt_token_count or 0) + (usage.candidates_token_count or 0) + usage.thoughts_token_count
    )


def test_edit_with_an_inline_image_keeps_its_aspect_ratio(sdk: genai.Client) -> None:
    reference = io.BytesIO()
    Image.new("RGB", (1600, 900), (40, 120, 200)).save(reference, "JPEG")
    response = sdk.models.generate_content(
        model=MODEL,
        contents=[types.Part.from_bytes(data=reference.getvalue(), mime_type="image/jpeg"),
                  "Make it black and white"],
        config=types.GenerateContentConfig(image_config=types.ImageConfig(image_size="1K")),
    )
    image = final_image(response).convert("RGB")
    assert image.size == (1376, 768)  # no aspectRatio: the reference's 16:9
    r, g, b = image.getpixel((10, image.height // 2))  # type: ignore[misc]
    assert r == g == b, "the edit was applied (grayscale)"
    assert response.usage_metadata and response.usage_metadata.prompt_token_count
    assert response.usage_metadata.prompt_token_count >= 560  # the input image is counted


def test_stream_sends_thoughts_early_and_the_image_last(sdk: genai.Client) -> None:
    chunks = list(sdk.models.generate_content_stream(
        model=MODEL,
        contents="a cup of coffee on a wooden table",
        config=types.GenerateContentConfig(
            thinking_config=types.ThinkingConfig(include_thoughts=True),
            image_config=types.ImageConfig(aspect_ratio="4:3", image_size="2K"),
        ),
    ))
    assert len(chunks) >= 3
    assert all(c.candidates and c.candidates[0].content and c.candidates[0].content.parts for c in chunks)
    assert chunks[0].parts and chunks[0].parts[0].thought
    assert [c.candidates[0].finish_reason for c in chunks if c.candidates][-1] == types.FinishReason.STOP
    assert all(c.candidates[0].finish_reason is None for c in chunks[:-1] if c.candidates)
    assert final_image(chunks[-1]).size == (2400, 1792)
    assert chunks[-1].usage_metadata and chunks[-1].usage_metadata.candidates_token_count


def test_count_tokens(sdk: genai.Client) -> None:
    result = sdk.models.count_tokens(model=MODEL, contents="Count these few words, please.")
    assert result.total_tokens and result.total_tokens > 0


def test_models_list_and_get(sdk: genai.Client) -> None:
    names = [m.name for m in sdk.models.list()]
    assert "models/gemini-3-pro-image-preview" in names and "models/nano-banana-pro-preview" in names
    model = sdk.models.get(model="nano-banana-pro-preview")
    assert model.name == "models/nano-banana-pro-preview"
    assert model.supported_actions and "generateContent" in model.supported_actions


@pytest.mark.parametrize(
    ("config", "code", "status", "needle"),
    [
        ({"image_config": {"aspect_ratio": "7:3"}}, 400, "INVALID_ARGUMENT", "aspect_ratio must be one of"),
        ({"image_config": {"image_size": "2k"}}, 400, "INVALID_ARGUMENT", "uppercase K"),
        ({"response_modalities": ["AUDIO"]}, 400, "INVALID_ARGUMENT", "responseModalities"),
    ],
)
def test_errors_surface_as_client_errors(sdk: genai.Client, config: dict[str, object], code: int, status: str,
                                         needle: str) -> None:
    with pytest.raises(errors.ClientError) as caught:
        sdk.models.generate_content(model=MODEL, contents="x", config=config)  # type: ignore[arg-type]
    assert caught.value.code == code and caught.value.status == status
    assert needle in (caught.value.message or "")


def test_unknown_model_is_404_with_the_list_models_hint(sdk: genai.Client) -> None:
    with pytest.raises(errors.ClientError) as caught:
        sdk.models.generate_content(model="gemini-9-ultra", contents="x")
    assert caught.value.code == 404 and "ListModels" in (caught.value.message or "")


def test_streaming_errors_before_the_first_byte_are_plain_http_errors(sdk: genai.Client) -> None:
    with pytest.raises(errors.ClientError) as caught:
        list(sdk.models.generate_content_stream(
            model=MODEL, contents="x", config=types.GenerateContentConfig(image_config=types.ImageConfig(
                aspect_ratio="1:9"))))
    assert caught.value.code == 400


def test_wrong_key_on_a_keyed_server(tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.conftest import start_server, stop_server

    server = start_server(tmp_path_factory.mktemp("keyed") / "data", "--api-key", "right-key")
    try:
        wrong = genai.Client(api_key="wrong-key", http_options=types.HttpOptions(base_url=server.base_url))
        with pytest.raises(errors.ClientError) as caught:
            wrong.models.get(model=MODEL)
        assert caught.value.code == 400 and caught.value.status == "INVALID_ARGUMENT"
        assert "API_KEY_INVALID" in str(caught.value.details)
        right = genai.Client(api_key="right-key", http_options=types.HttpOptions(base_url=server.base_url))
        assert right.models.get(model=MODEL).name == f"models/{MODEL}"
    finally:
        stop_server(server)
