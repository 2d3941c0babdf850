"""proto3 JSON enums: every enum field of a request takes its name (any case) or Google's number for it."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from openbanana.protocol.enums import FINISH_REASON, HARM_CATEGORY, with_int_enums
from openbanana.protocol.generate import GenerateContentRequest


def parse(generation_config: dict[str, Any] | None = None, **request: Any) -> GenerateContentRequest:
    return GenerateContentRequest.model_validate({"contents": [{"parts": [{"text": "a kite"}]}],
                                                  "generationConfig": generation_config or {}, **request})


def test_numbers_as_the_legacy_sdk_sends_them_read_as_names() -> None:
    request = parse({"responseModalities": [1, 2], "mediaResolution": 3,
                     "thinkingConfig": {"thinkingLevel": 1}},
                    safetySettings=[{"category": 7, "threshold": 4}, {"category": "10", "threshold": "BLOCK_NONE"}],
                    toolConfig={"functionCallingConfig": {"mode": 3}})
    config = request.generation_config
    assert config is not None and config.response_modalities == ["TEXT", "IMAGE"]
    assert config.media_resolution == "MEDIA_RESOLUTION_HIGH"
    assert config.thinking_config is not None and config.thinking_config.thinking_level == "LOW"
    assert [(s.category, s.threshold) for s in request.safety_settings or []] == [
        ("HARM_CATEGORY_HARASSMENT", "BLOCK_NONE"), ("HARM_CATEGORY_DANGEROUS_CONTENT", "BLOCK_NONE")]
    assert request.tool_config is not None and request.tool_config.function_calling_config is not None
    assert request.tool_config.function_calling_config.mode == "NONE"


def test_names_in_any_case_still_work() -> None:
    request = parse({"responseModalities": ["Text", " image "], "thinkingConfig": {"thinkingLevel": "high"}})
    assert request.generation_config is not None
    assert request.generation_config.response_modalities == ["TEXT", "IMAGE"]


@pytest.mark.parametrize(("config", "where"), [
    ({"responseModalities": [9]}, "9 is not a value of GenerationConfig.Modality"),
    ({"responseModalities": [True]}, "valid string"),
    ({"thinkingConfig": {"thinkingLevel": 99}}, "ThinkingConfig.ThinkingLevel"),
    ({"responseModalities": [-1]}, "-1 is not a value"),
])
def test_unknown_numbers_and_non_enums_are_refused(config: dict[str, Any], where: str) -> None:
    with pytest.raises(ValidationError, match=where):
        parse(config)


def test_an_unknown_number_names_the_accepted_ones() -> None:
    with pytest.raises(ValidationError, match=r"1 \(BLOCK_LOW_AND_ABOVE\)"):
        parse(safetySettings=[{"category": 7, "threshold": 6}])


def test_answers_in_numbers_on_request() -> None:
    answer = {
        "candidates": [{"finishReason": "IMAGE_SAFETY", "index": 0, "content": {"role": "model", "parts": []},
                        "safetyRatings": [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "LOW"},
                                          {"category": "HARM_CATEGORY_IMAGE_HATE", "probability": "HIGH",
                                           "blocked": True}]}],
        "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
        "usageMetadata": {"promptTokenCount": 3, "promptTokensDetails": [{"modality": "IMAGE", "tokenCount": 560}]},
        "modelVersion": "m",
    }
    numbered = with_int_enums(answer)
    candidate = numbered["candidates"][0]
    assert candidate["finishReason"] == FINISH_REASON.numbers["IMAGE_SAFETY"] == 11
    assert candidate["safetyRatings"] == [{"category": 7, "probability": 2},
                                          {"category": "HARM_CATEGORY_IMAGE_HATE", "probability": 4, "blocked": True}]
    assert numbered["promptFeedback"] == {"blockReason": 4}
    assert numbered["usageMetadata"]["promptTokensDetails"] == [{"modality": 2, "tokenCount": 560}]
    assert answer["candidates"][0]["finishReason"] == "IMAGE_SAFETY", "the answer itself is left as it was"
    assert with_int_enums({"totalTokens": 5, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 5}]}) == {
        "totalTokens": 5, "promptTokensDetails": [{"modality": 1, "tokenCount": 5}]}
    assert HARM_CATEGORY.number("HARM_CATEGORY_CIVIC_INTEGRITY") == 11
