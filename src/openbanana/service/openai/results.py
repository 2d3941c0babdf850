"""The generation service's answers (GenerateContentResponse events) read back as OpenAI wants them: the image, the
interim thought image, the usage, and a refusal when safety withheld the image."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.openai import ImageUsage
from openbanana.protocol.responses import GenerateContentResponse, UsageMetadata


@dataclass(frozen=True)
class ImageOut:
    """An image in an answer: its MIME type and its base64 text, as the service encoded it."""

    mime_type: str
    b64: str


class ModerationBlockedError(InvalidArgumentError):
    """OpenAI answers a refused prompt or image with 400 `moderation_blocked`; `openai_code` names it."""

    openai_code = "moderation_blocked"
    openai_type = "image_generation_user_error"


def images_in(event: GenerateContentResponse, *, thought: bool) -> list[ImageOut]:
    """The final (or, with `thought`, the interim) images of one event."""
    return [
        ImageOut(part["inlineData"]["mimeType"], part["inlineData"]["data"])
        for candidate in event.get("candidates", [])
        for part in candidate.get("content", {}).get("parts", [])
        if "inlineData" in part and bool(part.get("thought")) == thought
    ]


def refusal(event: GenerateContentResponse) -> ModerationBlockedError | None:
    """Why an answer has no image: a blocked prompt, or an image safety withheld (None when it is not refused)."""
    feedback = event.get("promptFeedback", {})
    if "blockReason" in feedback:
        return ModerationBlockedError(
            f"Your request was rejected by the safety system ({feedback['blockReason']}): the prompt or an input "
            "image was blocked. Nothing was generated.", field="prompt")
    for candidate in event.get("candidates", []):
        reason = candidate.get("finishReason", "STOP")
        if reason != "STOP":
            return ModerationBlockedError(
                f"Your request was rejected by the safety system: the image was withheld ({reason}).",
                field="prompt")
    return None


def image_usage(usages: Iterable[UsageMetadata]) -> ImageUsage:
    """Gemini's usageMetadata of each render, summed into OpenAI's usage: the prompt's text and image tokens are its
    input; every output token is output, the image's as image tokens, answer text and thoughts as text tokens."""
    text = images = output = image_out = 0
    for usage in usages:
        for detail in usage.get("promptTokensDetails", []):
            if detail["modality"] == "IMAGE":
                images += detail["tokenCount"]
            else:
                text += detail["tokenCount"]
        image_out += sum(detail["tokenCount"] for detail in usage.get("candidatesTokensDetails", [])
                         if detail["modality"] == "IMAGE")
        output += usage.get("candidatesTokenCount", 0) + usage.get("thoughtsTokenCount", 0)
    return {"input_tokens": text + images, "output_tokens": output, "total_tokens": text + images + output,
            "input_tokens_details": {"text_tokens": text, "image_tokens": images},
            "output_tokens_details": {"image_tokens": image_out, "text_tokens": output - image_out}}
