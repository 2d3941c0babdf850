"""Request bodies: size-limited read, JSON decode, model validation, all failures in Google's words.

A body is counted in the server-wide memory budget while it is read and parsed (`holding`): three times its size,
what reading (the chunks and their join) and parsing (the bytes, the parsed JSON, the decoded base64) hold at the
most. When the budget has no room the request is refused with 429 before its body is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import ClientDisconnect, Request

from openbanana.errors import InvalidArgumentError, ResourceExhaustedError, client_disconnected
from openbanana.service.memory import MemoryBudget, Reservation

ModelT = TypeVar("ModelT", bound=BaseModel)
BODY_COPIES = 3  # bytes held per body byte while it is read and parsed
BODY_GROWTH = 1024 * 1024  # a body of unknown length is reserved in steps of at least this many bytes
BUSY_RETRY_SECONDS = 2


@contextmanager
def holding(budget: MemoryBudget | None) -> Iterator[Reservation | None]:
    """A reservation for one body, given back when the block ends (None: nothing is counted)."""
    reservation = budget.try_reserve(0) if budget is not None else None
    try:
        yield reservation
    finally:
        if reservation is not None:
            reservation.release()


async def read_body(request: Request, limit: int, hint: str = "", reservation: Reservation | None = None) -> bytes:
    """The whole body, refused as soon as it (or its declared length) passes `limit`: never more in memory. With a
    reservation, the body's bytes are counted in the memory budget before they are read (429 when it is full)."""
    declared = ascii_uint(request.headers.get("content-length", ""))
    if declared is not None and declared > limit:
        raise _too_large(limit, hint)
    if declared is not None:
        _count(reservation, declared)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit, hint)
            _count(reservation, size)
            chunks.append(chunk)
    except ClientDisconnect:  # gone mid-body: 499, which nobody reads but the access log
        raise client_disconnected() from None
    return b"".join(chunks)


def _count(reservation: Reservation | None, size: int) -> None:
    if reservation is None or size * BODY_COPIES <= reservation.nbytes:
        return
    if not reservation.grow(max(size * BODY_COPIES - reservation.nbytes, BODY_GROWTH)):
        raise ResourceExhaustedError(
            "Resource has been exhausted: the requests in progress fill this server's memory budget. Please retry "
            f"in {BUSY_RETRY_SECONDS}s.", retry_after=BUSY_RETRY_SECONDS)


def ascii_uint(value: str) -> int | None:
    """A header's non-negative integer, or None. str.isdigit() alone lets "²" through to int(), which raises, and
    int() refuses more than 4,300 digits: both would surface as a 500."""
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 19 else None


async def read_json(request: Request, limit: int, reservation: Reservation | None = None) -> Any:
    raw = await read_body(request, limit, " Upload large images with the Files API.", reservation)
    if not raw.strip():
        return {}
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidArgumentError(f"Invalid JSON payload received. {exc}.") from None


async def parse_body(request: Request, model: type[ModelT], limit: int,
                     budget: MemoryBudget | None = None) -> ModelT:
    """The body as `model`, counted in `budget` while it is read and parsed."""
    with holding(budget) as reservation:
        payload = await read_json(request, limit, reservation)
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
