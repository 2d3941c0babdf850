"""Every emitted image carries the watermark; verifyImage finds it, reads it and looks up the record."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from PIL import Image, ImageFilter

from tests.api.test_generate import URL

VERIFY = "/v1beta/openbanana:verifyImage"
PHOTOS = Path(__file__).parents[1] / "data" / "photos"


def emitted(client: TestClient, mime: str = "image/png", size: str = "1K") -> list[dict[str, Any]]:
    answer = client.post(URL, json={"contents": [{"parts": [{"text": 'a lighthouse poster that says "NORTH"'}]}],
                                    "generationConfig": {"thinkingConfig": {"includeThoughts": True},
                                                         "imageConfig": {"imageSize": size,
                                                                         "outputMimeType": mime}}}).json()
    return [p for p in answer["candidates"][0]["content"]["parts"] if "inlineData" in p]


def verify(client: TestClient, data: bytes) -> dict[str, Any]:
    response = client.post(VERIFY, json={"image": {"data": base64.b64encode(data).decode()}})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


@pytest.mark.parametrize("mime", ["image/png", "image/jpeg", "image/webp"])
def test_final_and_thought_images_verify_with_their_record(client: TestClient, mime: str) -> None:
    parts = emitted(client, mime)
    assert len(parts) == 2
    for part in parts:
        result = verify(client, base64.b64decode(part["inlineData"]["data"]))
        assert result["watermark"]["found"] is True and result["watermark"]["confidence"] >= 0.5
        assert result["provenance"]["imageId"] == result["watermark"]["payload"]
        assert result["provenance"]["digitalSourceType"].endswith("trainedAlgorithmicMedia")
        record = result["record"]
        assert record["model"] == "gemini-3-pro-image-preview" and record["thought"] == bool(part.get("thought"))


def test_the_mark_survives_recompression_that_strips_metadata(client: TestClient) -> None:
    final = base64.b64decode(emitted(client)[-1]["inlineData"]["data"])
    buffer = io.BytesIO()
    with Image.open(io.BytesIO(final)) as image:
        image.convert("RGB").resize((image.width // 2, image.height // 2)).save(buffer, "JPEG", quality=75)
    result = verify(client, buffer.getvalue())
    assert result["watermark"]["found"] and "record" in result
    assert "provenance" not in result  # re-encoding dropped the XMP; the invisible mark is what remains


def test_an_unmarked_image_is_not_found(client: TestClient) -> None:
    buffer = io.BytesIO()
    Image.effect_noise((512, 512), 40).convert("RGB").save(buffer, "PNG")
    result = verify(client, buffer.getvalue())
    assert result["watermark"] == {"found": False, "confidence": result["watermark"]["confidence"], "payload": "",
                                   "score": result["watermark"]["score"]}
    assert "record" not in result


def test_bad_input_is_a_clear_error(client: TestClient) -> None:
    assert client.post(VERIFY, json={}).json()["error"]["status"] == "INVALID_ARGUMENT"
    bad = client.post(VERIFY, json={"image": {"data": base64.b64encode(b"not an image").decode()}})
    assert bad.status_code == 400 and "could not be decoded" in bad.json()["error"]["message"]


def test_a_transplanted_mark_does_not_bring_the_record(client: TestClient) -> None:
    """The attack: twice the high-frequency residual of a generated image, added to an unrelated picture."""
    donor = Image.open(io.BytesIO(base64.b64decode(emitted(client)[-1]["inlineData"]["data"]))).convert("RGB")
    target = Image.open(PHOTOS / "chelsea.jpg").convert("RGB").resize(donor.size, Image.Resampling.LANCZOS)
    d = np.asarray(donor, dtype=np.float64)
    residual = d - np.asarray(donor.filter(ImageFilter.GaussianBlur(2)), dtype=np.float64)
    forged = np.clip(np.asarray(target, dtype=np.float64) + 2 * residual, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(forged).save(buffer, "PNG")
    genuine = verify(client, png(donor))
    result = verify(client, buffer.getvalue())
    assert result["watermark"]["found"] and result["watermark"]["payload"] == genuine["watermark"]["payload"]
    assert "record" not in result and result["origin"] == "mismatch"
    assert result["summary"] == "mark present, content does not match the record"
    assert genuine["origin"] == "generated" and genuine["record"]["contentMatch"] >= 0.9


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
