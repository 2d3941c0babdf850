"""OpenAI's Images API and Chat Completions messages, as the `openai` SDKs send and read them.

Only the wire shapes live here; what each field means to a generation is service/openai's business. Image requests
refuse unknown fields, as OpenAI does ("Unrecognized request argument supplied"); chat requests ignore them, because
chat clients send many options (temperature, tools, …) that do not apply to an image model.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field

ResponseFormat = Literal["b64_json", "url"]
OutputFormat = Literal["png", "jpeg", "webp"]
Quality = Literal["auto", "low", "medium", "high", "xhigh", "max", "standard", "hd"]
Background = Literal["auto", "opaque", "transparent"]
Moderation = Literal["auto", "low"]


class ImageRequest(BaseModel):
    """The fields `images.generate` and `images.edit` share."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str
    model: str | None = None
    n: int | None = None
    size: str | None = None
    quality: Quality | None = None
    response_format: ResponseFormat | None = None
    output_format: OutputFormat | None = None
    output_compression: int | None = None
    background: Background | None = None
    moderation: Moderation | None = None
    style: Literal["vivid", "natural"] | None = None  # DALL·E 3's; accepted, it changes nothing here
    user: str | None = None
    safety_identifier: str | None = None
    stream: bool | None = None
    partial_images: int | None = None


class ImageEditRequest(ImageRequest):
    """The form fields of `images.edit` (the files come beside them)."""

    input_fidelity: Literal["high", "low"] | None = None


class ImageData(TypedDict, total=False):
    b64_json: str
    url: str
    revised_prompt: str


class InputTokensDetails(TypedDict):
    text_tokens: int
    image_tokens: int


class OutputTokensDetails(TypedDict):
    image_tokens: int
    text_tokens: int


class ImageUsage(TypedDict):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: InputTokensDetails
    output_tokens_details: OutputTokensDetails


class ImagesResponse(TypedDict, total=False):
    created: int
    data: list[ImageData]
    background: str
    output_format: str
    quality: str
    size: str
    usage: ImageUsage


class ImageStreamEvent(TypedDict, total=False):
    """`image_generation.partial_image` / `.completed` (and `image_edit.*`): one SSE frame."""

    type: str
    b64_json: str
    created_at: int
    background: str
    output_format: str
    quality: str
    size: str
    partial_image_index: int
    usage: ImageUsage


class ChatImageUrl(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    url: str
    detail: str | None = None


class ChatContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    type: str
    text: str | None = None
    image_url: ChatImageUrl | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ChatContentPart] | None = None


class ChatCompletionRequest(BaseModel):
    """`extra_body` reaches the server as top-level fields; Google's compatibility layer reads its own options
    from `extra_body: {"google": {...}}` (here: `image_config` with `aspect_ratio` and `image_size`)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    model: str
    messages: list[ChatMessage] = Field(min_length=1)
    n: int | None = None
    stream: bool | None = None
    modalities: list[str] | None = None
    seed: int | None = None
    user: str | None = None
    extra_body: dict[str, Any] | None = None
    google: dict[str, Any] | None = None


class ChatImage(TypedDict):
    type: Literal["image_url"]
    image_url: dict[str, str]


class ChatUsage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ModelCard(TypedDict):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str
