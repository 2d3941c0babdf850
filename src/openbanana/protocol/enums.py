"""proto3 JSON enums as Google's parsers read them: each enum field takes its name (any case) or its number.

Google's legacy Python SDK (`google-generativeai`) and LangChain 2.x send numbers over REST
(`"responseModalities": [1, 2]`, `"safetySettings": [{"category": 7, "threshold": 4}]`) and ask for numbers back with
`$alt=json;enum-encoding=int`. The numbers are those of google/ai/generativelanguage/v1beta (generative_service.proto,
safety.proto, content.proto); ThinkingLevel, which that API's protos do not number yet, takes the numbers of
google/cloud/aiplatform/v1 content.proto. A name the proto does not number (an image harm category) is accepted and
answered by name only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BeforeValidator


@dataclass(frozen=True)
class ProtoEnum:
    """One proto enum: its name (for messages) and its values' numbers."""

    name: str
    numbers: Mapping[str, int]
    _names: Mapping[int, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_names", {number: name for name, number in self.numbers.items()})

    def parse(self, value: Any) -> Any:
        """A number (or a string of digits, as protobuf's JSON parser takes it) → its name; a name → upper case
        (Google's own samples send ['Text', 'Image']). Anything else is left for the field's validation to refuse."""
        if isinstance(value, int) and not isinstance(value, bool):
            return self._name_of(value)
        if isinstance(value, str):
            text = value.strip()
            return self._name_of(int(text)) if text.isascii() and text.isdigit() and len(text) < 10 else text.upper()
        return value

    def number(self, value: Any) -> Any:
        """A name → its number, for `enum-encoding=int` answers; a name without one stays a name."""
        return self.numbers.get(value, value) if isinstance(value, str) else value

    def _name_of(self, number: int) -> str:
        if number not in self._names:
            raise ValueError(f"{number} is not a value of {self.name} (use one of "
                             f"{', '.join(f'{n} ({name})' for name, n in self.numbers.items())})")
        return self._names[number]


def _numbered(name: str, *values: str, start: int = 0) -> ProtoEnum:
    return ProtoEnum(name, {value: number for number, value in enumerate(values, start)})


MODALITY = _numbered("GenerationConfig.Modality", "MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO")
CONTENT_MODALITY = _numbered("Modality", "MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT")
MEDIA_RESOLUTION = _numbered("MediaResolution", "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW",
                             "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH")
THINKING_LEVEL = _numbered("ThinkingConfig.ThinkingLevel", "THINKING_LEVEL_UNSPECIFIED", "LOW", "MEDIUM", "HIGH",
                           "MINIMAL")
HARM_CATEGORY = _numbered(
    "HarmCategory", "HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_DEROGATORY", "HARM_CATEGORY_TOXICITY",
    "HARM_CATEGORY_VIOLENCE", "HARM_CATEGORY_SEXUAL", "HARM_CATEGORY_MEDICAL", "HARM_CATEGORY_DANGEROUS",
    "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_SEXUALLY_EXPLICIT",
    "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_CIVIC_INTEGRITY")
HARM_BLOCK_THRESHOLD = _numbered("SafetySetting.HarmBlockThreshold", "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
                                 "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE",
                                 "OFF")
HARM_PROBABILITY = _numbered("SafetyRating.HarmProbability", "HARM_PROBABILITY_UNSPECIFIED", "NEGLIGIBLE", "LOW",
                             "MEDIUM", "HIGH")
FUNCTION_CALLING_MODE = _numbered("FunctionCallingConfig.Mode", "MODE_UNSPECIFIED", "AUTO", "ANY", "NONE",
                                  "VALIDATED")
FINISH_REASON = ProtoEnum("Candidate.FinishReason", {
    "FINISH_REASON_UNSPECIFIED": 0, "STOP": 1, "MAX_TOKENS": 2, "SAFETY": 3, "RECITATION": 4, "OTHER": 5,
    "LANGUAGE": 6, "BLOCKLIST": 7, "PROHIBITED_CONTENT": 8, "SPII": 9, "MALFORMED_FUNCTION_CALL": 10,
    "IMAGE_SAFETY": 11, "UNEXPECTED_TOOL_CALL": 12, "TOO_MANY_TOOL_CALLS": 13, "IMAGE_PROHIBITED_CONTENT": 14,
    "IMAGE_OTHER": 15, "NO_IMAGE": 16, "IMAGE_RECITATION": 17,
})
BLOCK_REASON = _numbered("PromptFeedback.BlockReason", "BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST",
                         "PROHIBITED_CONTENT", "IMAGE_SAFETY")

Modality = Annotated[str, BeforeValidator(MODALITY.parse)]
MediaResolution = Annotated[str, BeforeValidator(MEDIA_RESOLUTION.parse)]
ThinkingLevel = Annotated[str, BeforeValidator(THINKING_LEVEL.parse)]
HarmCategoryName = Annotated[str, BeforeValidator(HARM_CATEGORY.parse)]
HarmBlockThresholdName = Annotated[str, BeforeValidator(HARM_BLOCK_THRESHOLD.parse)]
FunctionCallingMode = Annotated[str, BeforeValidator(FUNCTION_CALLING_MODE.parse)]


def with_int_enums(answer: Mapping[str, Any]) -> dict[str, Any]:
    """A GenerateContentResponse or CountTokensResponse with its enum values as numbers (`enum-encoding=int`)."""
    out = dict(answer)
    if "candidates" in out:
        out["candidates"] = [_candidate(c) for c in out["candidates"]]
    if "promptFeedback" in out:
        feedback = dict(out["promptFeedback"])
        if "blockReason" in feedback:
            feedback["blockReason"] = BLOCK_REASON.number(feedback["blockReason"])
        out["promptFeedback"] = _with_ratings(feedback)
    if "usageMetadata" in out:
        out["usageMetadata"] = _token_details(out["usageMetadata"])
    return _token_details(out)


def _candidate(candidate: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(candidate)
    if "finishReason" in out:
        out["finishReason"] = FINISH_REASON.number(out["finishReason"])
    return _with_ratings(out)


def _with_ratings(message: dict[str, Any]) -> dict[str, Any]:
    if "safetyRatings" in message:
        message["safetyRatings"] = [_rating(rating) for rating in message["safetyRatings"]]
    return message


def _rating(rating: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(rating)
    if "category" in out:
        out["category"] = HARM_CATEGORY.number(out["category"])
    if "probability" in out:
        out["probability"] = HARM_PROBABILITY.number(out["probability"])
    return out


_DETAILS = ("promptTokensDetails", "candidatesTokensDetails", "cacheTokensDetails", "toolUsePromptTokensDetails")


def _token_details(message: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(message)
    for key in _DETAILS:
        if key in out:
            out[key] = [{**detail, "modality": CONTENT_MODALITY.number(detail.get("modality"))} for detail in out[key]]
    return out
