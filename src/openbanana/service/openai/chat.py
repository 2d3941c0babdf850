"""Chat Completions with image output, as Google's OpenAI compatibility layer offers it for image models.

Messages become Gemini contents (`system`/`developer` the system instruction, `assistant` the model's turns,
`image_url` parts with `data:` URLs inline images; nothing is fetched from the network). The answer's text is
`message.content`; its images are `message.images`, each `{"type": "image_url", "image_url": {"url": "data:…"}}`
(the shape OpenAI-compatible gateways use for Gemini image models; Google's pages publish no other). Image options
come as Google's compatibility layer reads its own: `extra_body={"google": {"image_config": {"aspect_ratio": "16:9",
"image_size": "2K"}}}`.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.content import Blob, Content, Part
from openbanana.protocol.generate import GenerateContentRequest, GenerationConfig, ImageConfig
from openbanana.protocol.openai import ChatCompletionRequest, ChatContentPart, ChatImage, ChatMessage, ChatUsage
from openbanana.protocol.responses import GenerateContentResponse, UsageMetadata

_DATA_URL = re.compile(r"data:(image/[a-zA-Z0-9.+-]+)(?:;[^,]*)?;base64,", re.ASCII)
FINISH_REASONS = {"STOP": "stop", "MAX_TOKENS": "length"}  # every other reason is a safety refusal


def chat_request(body: ChatCompletionRequest) -> GenerateContentRequest:
    if body.n not in (None, 1):
        raise InvalidArgumentError(f"Invalid n {body.n}: this model answers with exactly 1 choice.", field="n")
    system: list[Part] = []
    contents: list[Content] = []
    for index, message in enumerate(body.messages):
        parts = _parts(message, index)
        if message.role in ("system", "developer"):
            system.extend(parts)
        elif message.role in ("user", "assistant") and parts:
            contents.append(Content(role="model" if message.role == "assistant" else "user", parts=parts))
    modalities = [m.upper() for m in body.modalities] if body.modalities else ["TEXT", "IMAGE"]
    return GenerateContentRequest(
        contents=contents,
        system_instruction=Content(parts=system) if system else None,
        generation_config=GenerationConfig(response_modalities=modalities, seed=body.seed,
                                           image_config=_image_config(body)),
    )


def _parts(message: ChatMessage, index: int) -> list[Part]:
    if message.content is None:
        return []
    if isinstance(message.content, str):
        return [Part(text=message.content)] if message.content else []
    return [_part(part, f"messages[{index}].content[{n}]") for n, part in enumerate(message.content)]


def _part(part: ChatContentPart, where: str) -> Part:
    if part.type == "text" and part.text is not None:
        return Part(text=part.text)
    if part.type == "image_url" and part.image_url is not None:
        url = part.image_url.url
        match = _DATA_URL.match(url)
        if match is None:
            raise InvalidArgumentError(f"{where}.image_url: only data: URLs (data:image/png;base64,…) are "
                                       "accepted; this server fetches nothing from the network.", field=where)
        try:
            data = base64.b64decode(url[match.end():], validate=True)
        except (binascii.Error, ValueError):
            raise InvalidArgumentError(f"{where}.image_url: the data URL is not valid base64.", field=where) from None
        return Part(inline_data=Blob(mime_type=match.group(1).lower(), data=data))
    raise InvalidArgumentError(f"{where}: content parts of type {part.type!r} are not supported; send 'text' or "
                               "'image_url'.", field=where)


def _image_config(body: ChatCompletionRequest) -> ImageConfig | None:
    google = body.google or (body.extra_body or {}).get("google") or {}
    config: Any = google.get("image_config") if isinstance(google, dict) else None
    if config is None:
        return None
    if not isinstance(config, dict):
        raise InvalidArgumentError("google.image_config must be an object.", field="google.image_config")
    try:
        return ImageConfig.model_validate(config)
    except ValueError:
        raise InvalidArgumentError("google.image_config takes aspect_ratio and image_size.",
                                   field="google.image_config") from None


def message_parts(event: GenerateContentResponse) -> tuple[str, list[ChatImage]]:
    """The answer text and the final images of one event (thoughts are left out)."""
    text, images = "", []
    for candidate in event.get("candidates", []):
        for part in candidate.get("content", {}).get("parts", []):
            if part.get("thought"):
                continue
            if "text" in part:
                text += part["text"]
            elif "inlineData" in part:
                inline = part["inlineData"]
                images.append(ChatImage(type="image_url",
                                        image_url={"url": f"data:{inline['mimeType']};base64,{inline['data']}"}))
    return text, images


def finish_reason(event: GenerateContentResponse) -> str | None:
    """OpenAI's reason for the event that ends the answer (None for the others): a refusal is `content_filter`."""
    if "promptFeedback" in event and "blockReason" in event["promptFeedback"]:
        return "content_filter"
    for candidate in event.get("candidates", []):
        if "finishReason" in candidate:
            return FINISH_REASONS.get(candidate["finishReason"], "content_filter")
    return None


def chat_usage(usage: UsageMetadata) -> ChatUsage:
    prompt = usage.get("promptTokenCount", 0)
    completion = usage.get("candidatesTokenCount", 0) + usage.get("thoughtsTokenCount", 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
