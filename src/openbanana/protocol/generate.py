"""GenerateContentRequest and friends, as the SDKs send them (wire-protocol.md §4)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from openbanana.protocol.base import ProtoBool, ProtoFloat, ProtoInt32, StrictWireModel, WireModel, upper_enum
from openbanana.protocol.content import Content

UpperStr = Annotated[str, BeforeValidator(upper_enum)]


class ImageOutputOptions(WireModel):
    """Vertex's name for the encoding: the SDKs in Vertex mode send outputMimeType and outputCompressionQuality here."""

    mime_type: str | None = None
    compression_quality: ProtoInt32 | None = None


class ImageConfig(StrictWireModel):
    """`aspectRatio` and `imageSize` as Google defines them; the Vertex-only fields are accepted for raw REST."""

    aspect_ratio: str | None = None
    image_size: str | None = None
    # Vertex-only names. The SDKs refuse to send them in Developer API mode, but raw REST code (and AI Studio
    # exports) may: personGeneration is ignored, outputMimeType/outputCompressionQuality choose the encoding.
    person_generation: str | None = None
    prominent_people: str | None = None
    output_mime_type: str | None = None
    output_compression_quality: ProtoInt32 | None = None
    image_output_options: ImageOutputOptions | None = None


class ThinkingConfig(WireModel):
    include_thoughts: ProtoBool | None = None
    thinking_budget: ProtoInt32 | None = None
    thinking_level: UpperStr | None = None


class GenerationConfig(WireModel):
    response_modalities: list[UpperStr] | None = None
    candidate_count: ProtoInt32 | None = None
    seed: ProtoInt32 | None = None
    temperature: ProtoFloat | None = None
    top_p: ProtoFloat | None = None
    top_k: ProtoFloat | None = None
    max_output_tokens: ProtoInt32 | None = None
    response_mime_type: str | None = None
    thinking_config: ThinkingConfig | None = None
    image_config: ImageConfig | None = None


class SafetySetting(WireModel):
    category: UpperStr
    threshold: UpperStr | None = None


class Tool(WireModel):
    """Only the presence of a tool matters here; its options pass through untouched."""

    google_search: dict[str, Any] | None = None
    url_context: dict[str, Any] | None = None


class GenerateContentRequest(WireModel):
    contents: list[Content] = Field(default_factory=list)
    system_instruction: Content | None = None
    generation_config: GenerationConfig | None = None
    safety_settings: list[SafetySetting] | None = None
    tools: list[Tool] | None = None
    tool_config: dict[str, Any] | None = None
    cached_content: str | None = None
    labels: dict[str, str] | None = None


class CountTokensRequest(WireModel):
    """Either `contents` or a whole `generateContentRequest` (the REST form)."""

    contents: list[Content] = Field(default_factory=list)
    generate_content_request: GenerateContentRequest | None = None
