"""The upload protocol's HTTP details: X-Goog-Upload-* headers, start and multipart bodies, the status header.

Every response under `/upload/` carries `X-Goog-Upload-Status`, errors included: a chunk answer without it makes
the Python SDK retry the chunk three times (sleeping 1, 2 and 4 s), and `active` on an error makes it carry on
with the next chunk, so errors say `final`.
"""

from __future__ import annotations

import ast
from email.message import EmailMessage
from typing import Any

import orjson
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from openbanana.api.body import ascii_uint, read_body, validate
from openbanana.errors import InvalidArgumentError
from openbanana.protocol.files import CreateFileRequest, FileMetadata

UPLOAD_STATUS = "X-Goog-Upload-Status"
START_BODY_LIMIT = 64 * 1024


class UploadStatusMiddleware:
    """Adds `X-Goog-Upload-Status: final` to any `/upload/...` response that has none (errors, unknown routes)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.removeprefix(scope.get("root_path", "")).startswith("/upload/"):
            await self.app(scope, receive, send)
            return

        async def send_with_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if UPLOAD_STATUS not in headers:
                    headers[UPLOAD_STATUS] = "final"
            await send(message)

        await self.app(scope, receive, send_with_status)


def parse_command(request: Request) -> set[str]:
    """`X-Goog-Upload-Command: upload, finalize` → {"upload", "finalize"}."""
    raw = request.headers.get("x-goog-upload-command", "")
    return {word.strip().lower() for word in raw.split(",") if word.strip()}


def uint_header(request: Request, name: str) -> int | None:
    value = request.headers.get(name)
    if value is None or not value.strip():
        return None
    number = ascii_uint(value)
    if number is None:
        raise InvalidArgumentError(f"Header {name} must be a non-negative integer, got {value[:40]!r}.", field=name)
    return number


async def read_start_body(request: Request) -> CreateFileRequest:
    """`{"file": {...}}`, or nothing at all; also the single-quoted form Google's own curl samples send."""
    raw = await read_body(request, START_BODY_LIMIT)
    payload = _lenient_json(raw) if raw.strip() else {}
    if not isinstance(payload, dict):
        raise InvalidArgumentError(
            f"Invalid JSON payload received. Expected an object at the top level, got {type(payload).__name__}.")
    return validate(CreateFileRequest, payload)


def split_multipart(body: bytes, headers: Headers) -> tuple[FileMetadata, bytes, str | None]:
    """multipart/related: part 1 the JSON metadata, part 2 the file's bytes → (metadata, bytes, part 2's type)."""
    message = EmailMessage()
    message["content-type"] = headers.get("content-type", "")
    boundary = message.get_param("boundary")
    if message.get_content_type() != "multipart/related" or not isinstance(boundary, str) or not boundary:
        raise InvalidArgumentError(
            "A multipart upload needs Content-Type: multipart/related; boundary=... with the JSON metadata as "
            "the first part and the file as the second.", field="Content-Type")
    parts = multipart_parts(body, boundary.encode("latin-1"))
    if len(parts) != 2:
        raise InvalidArgumentError(f"A multipart upload has exactly 2 parts (metadata, file); got {len(parts)}.")
    (_, metadata_raw), (media_headers, data) = parts
    payload = _lenient_json(metadata_raw) if metadata_raw.strip() else {}
    if not isinstance(payload, dict):
        raise InvalidArgumentError("The first part of a multipart upload must be a JSON object like {\"file\": {}}.")
    return validate(CreateFileRequest, payload).file, data, media_headers.get("content-type")


def multipart_parts(body: bytes, boundary: bytes) -> list[tuple[dict[str, str], bytes]]:
    """Each part's headers (lower-case names) and bytes; used for multipart/related and multipart/form-data."""
    delimiter = b"--" + boundary
    sections = body.split(delimiter)
    parts = []
    for section in sections[1:]:
        if section.startswith(b"--"):  # the closing delimiter
            break
        section = section.removeprefix(b"\r\n").removeprefix(b"\n")
        head, separator, content = section.partition(b"\r\n\r\n")
        if not separator:
            head, separator, content = section.partition(b"\n\n")
        headers = {}
        for line in head.decode("latin-1").splitlines():
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip().lower()] = value.strip()
        parts.append((headers, content.removesuffix(b"\r\n") if content.endswith(b"\r\n") else
                      content.removesuffix(b"\n")))
    return parts


def _lenient_json(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        error = exc
    # Google's curl samples send {'file': {'display_name': '...'}}, which its parser accepts; a Python literal of
    # plain dicts and strings reads the same. Nothing is evaluated: literal_eval parses literals only.
    try:
        value = ast.literal_eval(raw.decode("utf-8"))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, UnicodeDecodeError):
        raise InvalidArgumentError(f"Invalid JSON payload received. {error}.") from None
    if not isinstance(value, dict):
        raise InvalidArgumentError(f"Invalid JSON payload received. {error}.")
    return value

