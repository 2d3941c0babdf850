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


def config(**generation_config: object) -> dict[str, object]:
    return {"contents": [{"parts": [{"text": "a kite", "thought": False}]}], "generationConfig": generation_config}


@pytest.mark.parametrize(("field", "value"), [
    ("thinkingConfig", {"includeThoughts": "yes"}), ("thinkingConfig", {"includeThoughts": "true"}),
    ("thinkingConfig", {"includeThoughts": 1}), ("thinkingConfig", {"includeThoughts": 0}),
    ("seed", 7.5), ("seed", True), ("seed", "7.0"), ("seed", " 7"), ("seed", 2**31), ("seed", "0x10"),
    ("candidateCount", False), ("candidateCount", [1]), ("temperature", "warm"), ("temperature", True),
    ("topP", {"value": 1}), ("maxOutputTokens", 1e20), ("thinkingConfig", {"thinkingBudget": "lots"}),
])
def test_booleans_and_numbers_are_as_strict_as_proto3_json(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        GenerateContentRequest.model_validate(config(**{field: value}))


def test_a_part_s_thought_flag_is_a_boolean() -> None:
    with pytest.raises(ValidationError, match="expected true or false"):
        GenerateContentRequest.model_validate({"contents": [{"parts": [{"text": "a kite", "thought": "no"}]}]})


@pytest.mark.parametrize(("field", "value", "read"), [
    ("seed", "12", 12), ("seed", 12.0, 12), ("seed", -3, -3), ("seed", 2**31 - 1, 2**31 - 1),
    ("temperature", "0.5", 0.5), ("temperature", 1, 1.0), ("topP", "1e-3", 0.001), ("candidateCount", "1", 1),
])
def test_what_proto3_json_accepts_still_reads(field: str, value: object, read: object) -> None:
    request = GenerateContentRequest.model_validate(config(**{field: value}))
    assert request.generation_config is not None
    assert request.generation_config.model_dump(by_alias=True)[field] == read
