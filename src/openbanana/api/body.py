"""Request bodies: size-limited read, JSON decode, model validation, all failures in Google's words."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from openbanana.errors import InvalidArgumentError

ModelT = TypeVar("ModelT", bound=BaseModel)


async def read_body(request: Request, limit: int, hint: str = "") -> bytes:
    """The whole body, refused as soon as it (or its declared length) passes `limit`: never more in memory."""
    declared = ascii_uint(request.headers.get("content-length", ""))
    if declared is not None and declared > limit:
        raise _too_large(limit, hint)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit, hint)
        chunks.append(chunk)
    return b"".join(chunks)


def ascii_uint(value: str) -> int | None:
    """A header's non-negative integer, or None. str.isdigit() alone lets "²" through to int(), which raises, and
    int() refuses more than 4,300 digits: both would surface as a 500."""
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 19 else None


async def read_json(request: Request, limit: int) -> Any:
    raw = await read_body(request, limit, " Upload large images with the Files API.")
    if not raw.strip():
        return {}
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidArgumentError(f"Invalid JSON payload received. {exc}.") from None


async def parse_body(request: Request, model: type[ModelT], limit: int) -> ModelT:
    payload = await read_json(request, limit)
    if not isinstance(payload, dict):
        raise InvalidArgumentError(
            f"Invalid JSON payload received. Expected an object at the top level, got {type(payload).__name__}."
        )
    return validate(model, payload)


def validate(model: type[ModelT], payload: dict[str, Any]) -> ModelT:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise translate_validation_error(model.__name__, exc) from None


def translate_validation_error(message_name: str, exc: ValidationError) -> InvalidArgumentError:
    """pydantic's first error → Google's wording, naming the field path, the value and what is expected."""
    error = exc.errors(include_url=False)[0]
    loc = error["loc"]
    path = _path(loc)
    if error["type"] == "extra_forbidden":
        parent = _path(loc[:-1]) or message_name
        return InvalidArgumentError(
            f"Invalid JSON payload received. Unknown name \"{loc[-1]}\" at '{parent}': Cannot find field.",
            field=path,
        )
    if error["type"] == "missing":
        return InvalidArgumentError(f"Invalid JSON payload received. Required field '{path}' is missing.", field=path)
    value = error.get("input")
    shown = repr(value) if isinstance(value, str | int | float | bool) and len(repr(value)) < 80 else "the value"
    reason = error["msg"].removeprefix("Value error, ")
    return InvalidArgumentError(f"Invalid value at '{path}' ({shown}): {reason}.", field=path)


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for item in loc:
        out += f"[{item}]" if isinstance(item, int) else (f".{item}" if out else str(item))
    return out


def _too_large(limit: int, hint: str) -> InvalidArgumentError:
    return InvalidArgumentError(f"Request payload size exceeds the limit: {limit} bytes.{hint}")
