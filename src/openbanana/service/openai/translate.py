"""OpenAI requests → the GenerateContentRequest the generation service runs, one per image.

Each OpenAI option becomes the Gemini field that does the same job: `size` a cell of the size table, `output_format`
and `output_compression` (or `quality`) the encoder, `moderation: low` the most permissive safety thresholds that
Google lets a caller set, `partial_images` the interim thought image. What has no equivalent is refused (a
transparent background) or accepted and documented as not changing the render (`style`, `user`).
"""

from __future__ import annotations

from dataclasses import dataclass

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.sizes import SEED_SIZES, SizeTable
from openbanana.protocol.content import Blob, Content, Part
from openbanana.protocol.generate import (
    GenerateContentRequest,
    GenerationConfig,
    ImageConfig,
    SafetySetting,
    ThinkingConfig,
)
from openbanana.protocol.openai import ImageRequest
from openbanana.safety.policy import HarmCategory
from openbanana.service.openai.sizes import cell_for

MAX_IMAGES = 10  # OpenAI's bound on `n`
MAX_PROMPT_CHARS = 32000
MAX_PARTIAL_IMAGES = 3
QUALITY_TO_COMPRESSION = {"low": 60, "medium": 80, "high": 95, "xhigh": 100, "max": 100, "hd": 95}
MIME_FOR_FORMAT = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
FORMAT_FOR_MIME = {mime: name for name, mime in MIME_FOR_FORMAT.items()}
PERMISSIVE = [SafetySetting(category=category.value, threshold="BLOCK_ONLY_HIGH")
              for category in (HarmCategory.HARASSMENT, HarmCategory.HATE_SPEECH, HarmCategory.SEXUALLY_EXPLICIT,
                               HarmCategory.DANGEROUS_CONTENT)]


@dataclass(frozen=True)
class InputImage:
    """One uploaded image of an edit: its declared type and its bytes."""

    mime_type: str
    data: bytes


@dataclass(frozen=True)
class ImageJob:
    """What one OpenAI image request asks for: `count` renders of `request`, answered in `response_format`."""

    request: GenerateContentRequest
    count: int
    response_format: str
    output_format: str | None  # None: the server's configured format
    partials: int  # interim images to stream (0 or 1: the service draws one thought image)
    stream: bool
    mask: bytes | None = None  # images.edit: a PNG whose transparent pixels mark what may change


def image_job(body: ImageRequest, images: tuple[InputImage, ...] = (), mask: bytes | None = None, *,
              sizes: SizeTable = SEED_SIZES) -> ImageJob:
    """Validate the request as OpenAI does (400 naming the parameter) and build its GenerateContentRequest."""
    prompt = body.prompt.strip()
    if not prompt:
        raise InvalidArgumentError("Invalid prompt: the prompt must not be empty.", field="prompt")
    if len(body.prompt) > MAX_PROMPT_CHARS:
        raise InvalidArgumentError(f"Invalid prompt: it has {len(body.prompt):,} characters; the maximum is "
                                   f"{MAX_PROMPT_CHARS:,}.", field="prompt")
    count = 1 if body.n is None else body.n
    if not 1 <= count <= MAX_IMAGES:
        raise InvalidArgumentError(f"Invalid n {count}: it must be between 1 and {MAX_IMAGES}.", field="n")
    if body.background == "transparent":
        raise InvalidArgumentError("Invalid background 'transparent': this model draws opaque images only; use "
                                   "'opaque' or 'auto'.", field="background")
    if body.output_compression is not None and not 0 <= body.output_compression <= 100:
        raise InvalidArgumentError(f"Invalid output_compression {body.output_compression}: it must be between 0 "
                                   "and 100.", field="output_compression")
    partials = body.partial_images or 0
    if not 0 <= partials <= MAX_PARTIAL_IMAGES:
        raise InvalidArgumentError(f"Invalid partial_images {partials}: it must be between 0 and "
                                   f"{MAX_PARTIAL_IMAGES}.", field="partial_images")
    if partials and not body.stream:
        raise InvalidArgumentError("partial_images needs stream: true.", field="partial_images")
    cell = cell_for(body.size, sizes)  # the served model's own cells
    image_config = ImageConfig(
        aspect_ratio=cell.aspect_ratio if cell else None,
        image_size=cell.image_size if cell else None,
        output_mime_type=MIME_FOR_FORMAT[body.output_format] if body.output_format else None,
        output_compression_quality=_compression(body),
    )
    parts = [Part(text=prompt), *(Part(inline_data=Blob(mime_type=image.mime_type, data=image.data))
                                  for image in images)]
    request = GenerateContentRequest(
        contents=[Content(role="user", parts=parts)],
        generation_config=GenerationConfig(
            response_modalities=["IMAGE"], image_config=image_config,
            thinking_config=ThinkingConfig(include_thoughts=True) if partials and body.stream else None),
        safety_settings=PERMISSIVE if body.moderation == "low" else None,
    )
    return ImageJob(request, count, body.response_format or "b64_json", body.output_format,
                    min(partials, 1), bool(body.stream), mask)


def _compression(body: ImageRequest) -> int | None:
    """`output_compression` for JPEG and WebP; else `quality` names one; PNG is lossless and ignores both."""
    if body.output_format not in ("jpeg", "webp"):
        return None
    if body.output_compression is not None:
        return body.output_compression
    return QUALITY_TO_COMPRESSION.get(body.quality or "auto")

