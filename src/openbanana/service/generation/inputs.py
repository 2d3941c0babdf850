"""Read what the user gave: the prompt text and the reference images, from the latest user turn (or history)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from openbanana.errors import InvalidArgumentError, PermissionDeniedError
from openbanana.imaging.codecs import (
    INPUT_MIME_TYPES,
    ImageDecodeError,
    decode_image,
    heif_supported,
    sniff_mime_type,
)
from openbanana.protocol.content import Blob, Content
from openbanana.protocol.generate import GenerateContentRequest

MAX_INPUT_IMAGES = 14

FileResolver = Callable[[str], Blob]
"""Turns a `fileData.fileUri` into the stored bytes; raises PermissionDeniedError for unknown or foreign files."""


@dataclass(frozen=True)
class UserInputs:
    prompt: str
    references: tuple[Image.Image, ...]
    input_image_count: int  # every user image in the request, the unit of prompt image tokens
    from_history: bool  # the base image is the previous model image (multi-turn editing)


def read_inputs(request: GenerateContentRequest, resolve_file: FileResolver | None = None) -> UserInputs:
    contents = request.contents
    if not contents or not any(part for content in contents for part in content.parts):
        raise InvalidArgumentError(
            "* GenerateContentRequest.contents: contents is not specified; send at least one part "
            '(e.g. {"contents": [{"parts": [{"text": "a red bicycle"}]}]}).\n',
            field="contents",
        )
    user_images = [(ci, pi) for ci, c in enumerate(contents) if c.role != "model"
                   for pi, p in enumerate(c.parts) if p.inline_data is not None or p.file_data is not None]
    if len(user_images) > MAX_INPUT_IMAGES:
        raise InvalidArgumentError(
            f"The request has {len(user_images)} input images; at most {MAX_INPUT_IMAGES} are supported per request.",
            field="contents",
        )
    last_user = _last_user_turn(contents)
    prompt = "\n".join(p.text for p in contents[last_user].parts if p.text and not p.thought).strip()
    references = []
    for index, part in enumerate(contents[last_user].parts):
        if part.inline_data is not None:
            references.append(_decode(part.inline_data, last_user, index))
        elif part.file_data is not None:
            if resolve_file is None:
                raise unknown_file(part.file_data.file_uri)
            references.append(_decode(resolve_file(part.file_data.file_uri), last_user, index))
    from_history = False
    if not references and (previous := _latest_image(contents[:last_user])) is not None:
        references, from_history = [previous], True
    return UserInputs(prompt, tuple(references), len(user_images), from_history)


def _last_user_turn(contents: list[Content]) -> int:
    for index in range(len(contents) - 1, -1, -1):
        if contents[index].role != "model":
            return index
    raise InvalidArgumentError("contents has no user turn; send at least one content with role 'user'.",
                               field="contents")


def _latest_image(history: list[Content]) -> Image.Image | None:
    """The newest non-thought image in the history (usually the last model answer): the base of the next edit."""
    for ci in range(len(history) - 1, -1, -1):
        content = history[ci]
        for pi in range(len(content.parts) - 1, -1, -1):
            part = content.parts[pi]
            if part.inline_data is not None and not part.thought:
                return _decode(part.inline_data, ci, pi)
    return None


def _decode(blob: Blob, content_index: int, part_index: int) -> Image.Image:
    where = f"contents[{content_index}].parts[{part_index}].inline_data"
    mime = blob.mime_type.strip().lower()
    if mime not in INPUT_MIME_TYPES:
        raise InvalidArgumentError(
            f"Unsupported MIME type: {blob.mime_type or '(empty)'} at {where}.mime_type; "
            f"images must be one of {', '.join(INPUT_MIME_TYPES)}.",
            field=f"{where}.mime_type",
        )
    if mime in ("image/heic", "image/heif") and not heif_supported():
        raise InvalidArgumentError(
            f"{where}: HEIC/HEIF input needs a HEIF decoder that is not installed on this server; "
            "send PNG, JPEG or WebP instead.",
            field=f"{where}.mime_type",
        )
    actual = sniff_mime_type(blob.data)
    if actual is not None and actual not in INPUT_MIME_TYPES:
        raise InvalidArgumentError(
            f"Provided image is not valid: {where} is declared {blob.mime_type} but the bytes are {actual}, "
            f"which is not supported; send one of {', '.join(INPUT_MIME_TYPES)}.",
            field=f"{where}.data",
        )
    try:
        return decode_image(blob.data)
    except ImageDecodeError as exc:
        raise InvalidArgumentError(
            f"Provided image is not valid: {where} ({blob.mime_type}) could not be decoded: {exc}.",
            field=f"{where}.data",
        ) from None


def unknown_file(uri: str) -> PermissionDeniedError:
    file_id = uri.rstrip("/").rsplit("/", 1)[-1] or uri
    return PermissionDeniedError(f"You do not have permission to access the File {file_id} or it may not exist.")
