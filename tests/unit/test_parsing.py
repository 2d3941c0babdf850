"""Wire parsing: both name styles, both base64 alphabets, lax int64, case-insensitive enums."""

from __future__ import annotations

import base64

import pytest
from pydantic import ValidationError

from openbanana.protocol.base import decode_base64
from openbanana.protocol.generate import GenerateContentRequest

PAYLOAD = bytes(range(256)) * 3


@pytest.mark.parametrize("encoded", [
    base64.b64encode(PAYLOAD).decode(),
    base64.urlsafe_b64encode(PAYLOAD).decode(),
    base64.urlsafe_b64encode(PAYLOAD).decode().rstrip("="),
    base64.b64encode(PAYLOAD).decode().rstrip("="),
    "\n".join(base64.b64encode(PAYLOAD).decode()[i:i + 76] for i in range(0, 1100, 76)),
])
def test_both_alphabets_with_or_without_padding(encoded: str) -> None:
    assert decode_base64(encoded) == PAYLOAD


def test_garbage_is_rejected() -> None:
    with pytest.raises(ValueError, match="not valid base64"):
        decode_base64("abc$%^")


def test_camel_and_snake_give_the_same_request() -> None:
    camel = GenerateContentRequest.model_validate({
        "contents": [{"parts": [{"inlineData": {"mimeType": "image/png", "data": "AAEC"}, "thoughtSignature": "AQ"}]}],
        "generationConfig": {"responseModalities": ["Text", "IMAGE"], "seed": "12",
                             "thinkingConfig": {"includeThoughts": True},
                             "imageConfig": {"aspectRatio": "4:3", "imageSize": "2K"}},
    })
    snake = GenerateContentRequest.model_validate({
        "contents": [{"parts": [{"inline_data": {"mime_type": "image/png", "data": "AAEC"},
                                 "thought_signature": "AQ=="}]}],
        "generation_config": {"response_modalities": ["text", "image"], "seed": 12,
                              "thinking_config": {"include_thoughts": True},
                              "image_config": {"aspect_ratio": "4:3", "image_size": "2K"}},
    })
    assert camel == snake
    assert camel.generation_config and camel.generation_config.response_modalities == ["TEXT", "IMAGE"]
    assert camel.contents[0].parts[0].thought_signature == b"\x01"


def test_unknown_image_config_field_is_an_error_but_unknown_elsewhere_is_ignored() -> None:
    GenerateContentRequest.model_validate({"contents": [], "somethingNew": 1, "generationConfig": {"newKnob": 2}})
    with pytest.raises(ValidationError, match=r"extra_forbidden|Extra inputs"):
        GenerateContentRequest.model_validate({"generationConfig": {"imageConfig": {"quality": "max"}}})
