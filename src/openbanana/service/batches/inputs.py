"""A batch's requests as queue items: read from a JSONL file of the Files API or given inline, and each one checked
as a GenerateContentRequest only when it runs, so that a bad request fails its own slot and not the batch."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import ValidationError

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.generate import GenerateContentRequest


def jsonl_items(data: bytes, file_name: str) -> list[tuple[str, str]]:
    """(key, payload) per non-blank line of `{"key": …, "request": {…}}`; a line without a key gets its index."""
    items: list[tuple[str, str]] = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InvalidArgumentError(f"Line {number} of {file_name} is not valid JSON: {exc}.",
                                       field="batch.input_config.file_name") from None
        if not isinstance(entry, dict) or not isinstance(entry.get("request"), dict):
            raise InvalidArgumentError(f'Line {number} of {file_name} must be an object like {{"key": "k1", '
                                       '"request": {GenerateContentRequest}}.',
                                       field="batch.input_config.file_name")
        key = entry.get("key")
        key = str(key) if key is not None else str(len(items))
        items.append((key, orjson.dumps({"request": entry["request"]}).decode()))
    return items


def inline_item(index: int, request: dict[str, Any], metadata: dict[str, Any] | None) -> tuple[str, str]:
    """(key, payload) of one inline request; its metadata rides along to come back beside its response."""
    key = metadata.get("key") if metadata else None
    payload: dict[str, Any] = {"request": request}
    if metadata is not None:
        payload["metadata"] = metadata
    return (str(key) if key is not None else str(index)), orjson.dumps(payload).decode()


def validate_request(request: dict[str, Any]) -> GenerateContentRequest:
    """The request, or a 400 naming its first bad field as Google does (`request.contents.0…`)."""
    try:
        return GenerateContentRequest.model_validate(request)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        path = ".".join(str(part) for part in error["loc"]) or "request"
        reason = error["msg"].removeprefix("Value error, ")
        raise InvalidArgumentError(f"Invalid value at 'request.{path}': {reason}.", field=f"request.{path}") from None
