"""A photo edit through the official google-genai Python SDK: what was made is in the picture, what could not be
made is said in the answer text (and not claimed as made)."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from google import genai
from google.genai import types
from PIL import Image

from openbanana.engines.draft.photo.faces import find_faces
from tests.conftest import LiveServer

pytestmark = pytest.mark.sdk
MODEL = "gemini-3-pro-image-preview"
PHOTOS = Path(__file__).parents[1] / "data" / "photos"


@pytest.fixture(scope="module")
def sdk(live_server: LiveServer) -> genai.Client:
    return genai.Client(api_key="any", http_options=types.HttpOptions(base_url=live_server.base_url))


def test_one_edit_made_and_one_that_cannot_be_made_are_told_apart(sdk: genai.Client) -> None:
    portrait = (PHOTOS / "astronaut.jpg").read_bytes()
    response = sdk.models.generate_content(
        model=MODEL,
        contents=[types.Part.from_bytes(data=portrait, mime_type="image/jpeg"),
                  "Add sunglasses to her and remove the dog"],
        config=types.GenerateContentConfig(response_modalities=["TEXT", "IMAGE"],
                                           image_config=types.ImageConfig(image_size="1K")),
    )
    text = response.text or ""
    assert "sunglasses on her" in text  # made: named in the description
    assert "Not done: remove the dog:" in text and "dog removed" not in text  # not made: said, not claimed
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    image = np.asarray(Image.open(io.BytesIO(parts[0].inline_data.data or b"")).convert("RGB"))  # type: ignore[union-attr]
    original = np.asarray(Image.open(PHOTOS / "astronaut.jpg").convert("RGB").resize(image.shape[1::-1]))
    face = find_faces(original)[0]
    x0, _y0, x1, _y1 = (int(v) for v in face.box)
    eyes = slice(int(face.eye_left[1]) - 5, int(face.eye_left[1]) + 5), slice(x0, x1)
    assert np.abs(image[eyes].astype(int) - original[eyes]).mean() > 30  # dark lenses over her eyes


def _edit(sdk: genai.Client, photo: bytes, prompt: str, mime_type: str = "image/jpeg") -> bytes:
    response = sdk.models.generate_content(
        model=MODEL, contents=[types.Part.from_bytes(data=photo, mime_type=mime_type), prompt],
        config=types.GenerateContentConfig(response_modalities=["TEXT", "IMAGE"],
                                           image_config=types.ImageConfig(image_size="1K")))
    parts = [p for p in response.parts or [] if p.inline_data is not None and not p.thought]
    return parts[0].inline_data.data or b""  # type: ignore[union-attr]


def _verify(server: LiveServer, data: bytes) -> dict[str, Any]:
    answer = httpx.post(f"{server.base_url}/v1beta/openbanana:verifyImage", headers={"x-goog-api-key": "any"},
                        json={"image": {"data": base64.b64encode(data).decode()}}, timeout=60)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


def test_keep_it_the_same_is_not_laundered_into_a_generated_image(sdk: genai.Client, live_server: LiveServer) -> None:
    photo = (PHOTOS / "rocket.jpg").read_bytes()
    copy = _edit(sdk, photo, "Keep it exactly the same")
    report = _verify(live_server, copy)
    assert report["watermark"]["found"] is False and "record" not in report  # a near copy is not marked as ours
    assert report["origin"] == "unknown"
    assert report["provenance"]["digitalSourceType"].endswith("/compositeWithTrainedAlgorithmicMedia")
    assert "imageId" not in report["provenance"]


def test_an_edit_verifies_as_edited_from_its_input(sdk: genai.Client, live_server: LiveServer) -> None:
    photo = (PHOTOS / "astronaut.jpg").read_bytes()
    report = _verify(live_server, _edit(sdk, photo, "Add sunglasses to her"))
    assert report["watermark"]["found"] is True
    assert report["origin"] == "edited" and "did not make that input" in report["summary"]
    assert report["record"]["origin"] == "edited"
    assert report["record"]["inputs"] == [hashlib.sha256(photo).hexdigest()]
    assert report["provenance"]["digitalSourceType"].endswith("/compositeWithTrainedAlgorithmicMedia")


def test_an_edit_of_an_image_made_here_still_verifies_as_made_here(sdk: genai.Client,
                                                                   live_server: LiveServer) -> None:
    """The edit carries the input's mark and its own (at another tile offset, so both stay decodable); the
    stronger one is reported, and either way the report is about an image made here: the input's mark with the
    input's record (whose content the edit still matches), or the edit's own mark, as an edit of an image made here."""
    first = sdk.models.generate_content(model=MODEL, contents="a red bicycle in a park",
                                        config=types.GenerateContentConfig(response_modalities=["IMAGE"]))
    made = next(p.inline_data.data for p in first.parts or [] if p.inline_data is not None and not p.thought)
    assert made
    original = _verify(live_server, made)
    report = _verify(live_server, _edit(sdk, made, "Make it black and white", "image/png"))
    assert report["watermark"]["found"] and report["provenance"]["imageId"] != original["watermark"]["payload"]
    if report["watermark"]["payload"] == original["watermark"]["payload"]:
        assert report["origin"] == "generated" and report["record"]["responseId"] == original["record"]["responseId"]
    else:
        assert report["watermark"]["payload"] == report["provenance"]["imageId"]
        assert report["origin"] == "edited" and report["summary"] == "edited by this server from an image it made"
