"""The shared model base: camelCase on the wire, snake_case accepted too, at any depth; scalars as proto3 JSON
reads them (a boolean is `true` or `false`, never "yes" or 1; an integer has no fraction)."""

from __future__ import annotations

import base64
import binascii
import math
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema
from pydantic.alias_generators import to_camel


class WireModel(BaseModel):
    """Accepts `fooBar` and `foo_bar`; ignores fields we do not know (the SDKs send many optional ones)."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="ignore",
        frozen=True,
    )


class StrictWireModel(WireModel):
    """Like WireModel, but an unknown field is an error (Google's "Cannot find field")."""

    model_config = ConfigDict(extra="forbid")


_WHITESPACE = re.compile(r"\s")
_URL_SAFE = str.maketrans("-_", "+/")
_INTEGER = re.compile(r"-?[0-9]+")
_FLOAT_WORDS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_FLOAT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def decode_base64(value: Any) -> Any:
    """Standard or URL-safe alphabet, padded or not: the Python SDK sends URL-safe, JS echoes what it got. At most
    one copy of the text is made on the way (the body is counted in the memory budget at three times its size)."""
    if not isinstance(value, str):
        return value
    text = "".join(value.split()) if _WHITESPACE.search(value) else value
    if "-" in text or "_" in text:
        text = text.translate(_URL_SAFE)
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not valid base64 (standard or URL-safe alphabet expected)") from None


def proto_bool(value: Any) -> bool:
    """proto3 JSON: `true` or `false` only (a string, a number or null is not a boolean)."""
    if isinstance(value, bool):
        return value
    raise ValueError("expected true or false (a JSON boolean, without quotes)")


def _proto_integer(value: Any, bounds: tuple[int, int]) -> int:
    """proto3 JSON: a number without a fraction, or a string of decimal digits ("72"); within the type's range."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("expected an integer")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("expected an integer, without a fraction")
    if isinstance(value, str) and not _INTEGER.fullmatch(value):
        raise ValueError("expected an integer")
    number = int(value)
    if not bounds[0] <= number <= bounds[1]:
        raise ValueError(f"out of range ({bounds[0]} to {bounds[1]})")
    return number


def proto_int32(value: Any) -> int:
    return _proto_integer(value, INT32)


def proto_int64(value: Any) -> int:
    return _proto_integer(value, INT64)


def proto_float(value: Any) -> float:
    """proto3 JSON: a number, or a string of one ("0.5", "1e-3", "NaN", "Infinity", "-Infinity")."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("expected a number")
    if isinstance(value, str):
        if value in _FLOAT_WORDS:
            return _FLOAT_WORDS[value]
        if not _FLOAT.fullmatch(value):
            raise ValueError("expected a number")
    return float(value)


ProtoBool = Annotated[bool, BeforeValidator(proto_bool)]
ProtoInt32 = Annotated[int, BeforeValidator(proto_int32)]
ProtoInt64 = Annotated[int, BeforeValidator(proto_int64)]
ProtoFloat = Annotated[float, BeforeValidator(proto_float)]


BASE64_SCHEMA = {"type": "string", "format": "byte", "contentEncoding": "base64",
                 "description": "base64, standard or URL-safe alphabet, padding optional"}
# Written back as standard base64 in JSON (raw image bytes are not UTF-8): a seeded request's fingerprint dumps it.
Base64Bytes = Annotated[bytes, BeforeValidator(decode_base64), WithJsonSchema(BASE64_SCHEMA),
                        PlainSerializer(lambda data: base64.b64encode(data).decode("ascii"), return_type=str,
                                        when_used="json")]
