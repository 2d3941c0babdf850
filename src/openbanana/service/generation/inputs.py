"""Read what the user gave: the prompt text and the reference images, from the latest user turn (or history).

In two steps, so that memory is reserved between them: `gather_inputs` reads only the images' headers (format,
size; every limit is checked there), `decode_inputs` decodes them, each reduced to what the output can use.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PIL import Image

from openbanana.errors import InvalidArgumentError, PermissionDeniedError, internal_error
from openbanana.imaging.codecs import INPUT_MIME_TYPES, ImageDecodeError, decode_image, heif_supported, probe_image
from openbanana.protocol.content import Content
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.service.family import DEFAULT_CARD, ModelCard
from openbanana.service.generation.references import (
    DEFAULT_MAX_REQUEST_PIXELS,
    MAX_FILE_IMAGE_BYTES,
    FileResolver,
    ImageSource,
    InputImage,
    MemoryCost,
    memory_cost,
)
from openbanana.service.generation.sizing import image_size_label


@dataclass(frozen=True)
class GatheredInputs:
    """The prompt and the input images' headers: everything about the inputs but their pixels."""

    prompt: str
    images: tuple[InputImage, ...]
    input_image_count: int  # every user image in the request, the unit of prompt image tokens
    from_history: bool  # the base image is the previous model image (multi-turn editing)
    keep_pixels: int  # each image is kept reduced to at most this many pixels

    @property
    def cost(self) -> MemoryCost:
        return memory_cost(self.images, self.keep_pixels)

    @property
    def first_size(self) -> tuple[int, int] | None:
        """The first image's own size (its ratio picks the output's when the request names none)."""
        return (self.images[0].probe.width, self.images[0].probe.height) if self.images else None


@dataclass(frozen=True)
class UserInputs:
    prompt: str
    references: tuple[Image.Image, ...]
    input_image_count: int
    from_history: bool
    reference_hashes: tuple[str, ...] = ()  # SHA-256 of each reference's bytes as sent: the edit's ingredients


def gather_inputs(request: GenerateContentRequest, resolve_file: FileResolver | None = None,
                  max_request_pixels: int = DEFAULT_MAX_REQUEST_PIXELS, *,
                  card: ModelCard = DEFAULT_CARD) -> GatheredInputs:
    """The prompt and every input image's header, all limits checked: blocking (files are opened), but cheap."""
    contents = request.contents
    if not contents or not any(part for content in contents for part in content.parts):
        raise InvalidArgumentError(
            "* GenerateContentRequest.contents: contents is not specified; send at least one part "
            '(e.g. {"contents": [{"parts": [{"text": "a red bicycle"}]}]}).\n',
            field="contents",
        )
    user_images = [(ci, pi) for ci, c in enumerate(contents) if c.role != "model"
                   for pi, p in enumerate(c.parts) if p.inline_data is not None or p.file_data is not None]
    if len(user_images) > card.max_input_images:
        raise InvalidArgumentError(
            f"The request has {len(user_images)} input images; {card.model_id} takes at most "
            f"{card.max_input_images} per request.",
            field="contents",
        )
    config = request.generation_config
    image_config = config.image_config if config else None
    keep = card.sizes.largest_pixels(image_size_label(image_config.image_size if image_config else None,
                                                      card.sizes, card.model_id))
    last_user = _last_user_turn(contents)
    prompt = "\n".join(p.text for p in contents[last_user].parts if p.text and not p.thought).strip()
    images = []
    for index, part in enumerate(contents[last_user].parts):
        where = f"contents[{last_user}].parts[{index}]"
        if part.inline_data is not None:
            images.append(_probe(ImageSource.from_blob(part.inline_data), f"{where}.inline_data"))
        elif part.file_data is not None:
            if resolve_file is None:
                raise unknown_file(part.file_data.file_uri)
            source = _sized(resolve_file(part.file_data.file_uri), f"{where}.file_data")
            images.append(_probe(source, f"{where}.file_data"))
    from_history = False
    if not images and (previous := _latest_image(contents[:last_user])) is not None:
        images, from_history = [previous], True
    _check_pixels(images, max_request_pixels)
    return GatheredInputs(prompt, tuple(images), len(user_images), from_history, keep)


def decode_inputs(gathered: GatheredInputs) -> UserInputs:
    """Decode every gathered image, one at a time, each reduced to `keep_pixels` as it is decoded."""
    references = tuple(_decode(image, gathered.keep_pixels) for image in gathered.images)
    hashes = tuple(_sha256(image.source) for image in gathered.images)
    return UserInputs(gathered.prompt, references, gathered.input_image_count, gathered.from_history, hashes)


def read_inputs(request: GenerateContentRequest, resolve_file: FileResolver | None = None) -> UserInputs:
    """Both steps at once (for callers that reserve nothing in between)."""
    return decode_inputs(gather_inputs(request, resolve_file))


def _last_user_turn(contents: list[Content]) -> int:
    for index in range(len(contents) - 1, -1, -1):
        if contents[index].role != "model":
            return index
    raise InvalidArgumentError("contents has no user turn; send at least one content with role 'user'.",
                               field="contents")


def _latest_image(history: list[Content]) -> InputImage | None:
    """The newest non-thought image in the history (usually the last model answer): the base of the next edit."""
    for ci in range(len(history) - 1, -1, -1):
        content = history[ci]
        for pi in range(len(content.parts) - 1, -1, -1):
            part = content.parts[pi]
            if part.inline_data is not None and not part.thought:
                return _probe(ImageSource.from_blob(part.inline_data), f"contents[{ci}].parts[{pi}].inline_data")
    return None


def _sized(source: ImageSource, where: str) -> ImageSource:
    if source.size > MAX_FILE_IMAGE_BYTES:
        raise InvalidArgumentError(
            f"{where}: the file is {source.size:,} bytes; an input image may be at most {MAX_FILE_IMAGE_BYTES:,} "
            "bytes.", field=where)
    return source


def _probe(source: ImageSource, where: str) -> InputImage:
    mime = source.mime_type.strip().lower()
    if mime not in INPUT_MIME_TYPES:
        raise InvalidArgumentError(
            f"Unsupported MIME type: {source.mime_type or '(empty)'} at {where}.mime_type; "
            f"images must be one of {', '.join(INPUT_MIME_TYPES)}.",
            field=f"{where}.mime_type",
        )
    if mime in ("image/heic", "image/heif") and not heif_supported():
        raise InvalidArgumentError(
            f"{where}: HEIC/HEIF input needs a HEIF decoder that is not installed on this server; "
            "send PNG, JPEG or WebP instead.",
            field=f"{where}.mime_type",
        )
    try:
        with source.open() as stream:
            return InputImage(where, source, probe_image(stream))
    except ImageDecodeError as exc:
        raise _invalid(where, source, exc) from None
    except FileNotFoundError:
        raise internal_error() from None  # a stored file's blob went missing: logged where files are resolved


def _check_pixels(images: list[InputImage], most: int) -> None:
    total = sum(image.probe.pixels for image in images)
    if total > most:
        sizes = ", ".join(f"{image.probe.width}x{image.probe.height}" for image in images)
        raise InvalidArgumentError(
            f"The input images have {total:,} pixels together ({sizes}); at most {most:,} are accepted per request. "
            "Send fewer or smaller images.", field="contents")


def _decode(image: InputImage, keep_pixels: int) -> Image.Image:
    try:
        with image.source.open() as stream:
            return decode_image(stream, keep_pixels)
    except ImageDecodeError as exc:
        raise _invalid(image.where, image.source, exc) from None
    except FileNotFoundError:
        raise internal_error() from None


def _sha256(source: ImageSource) -> str:
    """Hex SHA-256 of the image's bytes, read in 1 MiB chunks (a stored file is not held whole for this)."""
    digest = hashlib.sha256()
    with source.open() as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _invalid(where: str, source: ImageSource, exc: ImageDecodeError) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"Provided image is not valid: {where} ({source.mime_type}) could not be decoded: {exc}.",
        field=f"{where}.data")


def unknown_file(uri: str) -> PermissionDeniedError:
    file_id = uri.rstrip("/").rsplit("/", 1)[-1] or uri
    return PermissionDeniedError(f"You do not have permission to access the File {file_id} or it may not exist.")
