"""Token accounting: the usageMetadata and countTokens figures clients budget with."""

from __future__ import annotations

import math

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.content import Content
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.protocol.responses import ModalityTokenCount, UsageMetadata

IMAGE_INPUT_TOKENS = 560  # per input image, as Google prices them for this model


def text_tokens(text: str) -> int:
    """About four characters a token, the rule of thumb Google documents for Gemini tokenisers."""
    return math.ceil(len(text) / 4) if text else 0


def prompt_counts(contents: list[Content], system: Content | None = None) -> tuple[int, int]:
    """(text tokens, image count) over every turn, the way the model reads them."""
    parts = [p for c in [*contents, *([system] if system else [])] for p in c.parts]
    text = sum(text_tokens(p.text) for p in parts if p.text)
    images = sum(1 for p in parts if (p.inline_data is not None or p.file_data is not None) and not p.thought)
    return text, images


def check_input_tokens(request: GenerateContentRequest, limit: int) -> None:
    """400 when the request is over the model's input token limit, as Google answers; linear in the request."""
    text, images = prompt_counts(request.contents, request.system_instruction)
    total = text + images * IMAGE_INPUT_TOKENS
    if total > limit:
        raise InvalidArgumentError(
            f"The input token count ({total}) exceeds the maximum number of tokens allowed ({limit}).",
            field="contents")


def prompt_details(text: int, images: int) -> list[ModalityTokenCount]:
    details: list[ModalityTokenCount] = [{"modality": "TEXT", "tokenCount": text}]
    if images:
        details.append({"modality": "IMAGE", "tokenCount": images * IMAGE_INPUT_TOKENS})
    return details


def usage_metadata(prompt_text: int, prompt_images: int, *, image_tokens: int, text_out: int,
                   thoughts: int) -> UsageMetadata:
    prompt = prompt_text + prompt_images * IMAGE_INPUT_TOKENS
    candidates = image_tokens + text_out
    usage: UsageMetadata = {
        "promptTokenCount": prompt,
        "candidatesTokenCount": candidates,
        "thoughtsTokenCount": thoughts,
        "totalTokenCount": prompt + candidates + thoughts,
        "promptTokensDetails": prompt_details(prompt_text, prompt_images),
    }
    details: list[ModalityTokenCount] = []
    if text_out:
        details.append({"modality": "TEXT", "tokenCount": text_out})
    if image_tokens:
        details.append({"modality": "IMAGE", "tokenCount": image_tokens})
    if details:
        usage["candidatesTokensDetails"] = details
    return usage


def prompt_only_usage(prompt_text: int, prompt_images: int, *, thoughts: int = 0) -> UsageMetadata:
    """A request that produced no candidate content (blocked): the prompt is counted, nothing else is charged."""
    prompt = prompt_text + prompt_images * IMAGE_INPUT_TOKENS
    usage: UsageMetadata = {
        "promptTokenCount": prompt,
        "candidatesTokenCount": 0,
        "totalTokenCount": prompt + thoughts,
        "promptTokensDetails": prompt_details(prompt_text, prompt_images),
    }
    if thoughts:
        usage["thoughtsTokenCount"] = thoughts
    return usage
