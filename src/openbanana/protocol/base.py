"""The shared model base: camelCase on the wire, snake_case accepted too, at any depth."""

from __future__ import annotations

import base64
import binascii
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


def decode_base64(value: Any) -> Any:
    """Standard or URL-safe alphabet, padded or not: the Python SDK sends URL-safe, JS echoes what it got."""
    if not isinstance(value, str):
        return value
    text = "".join(value.split()).replace("-", "+").replace("_", "/")
    text += "=" * (-len(text) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not valid base64 (standard or URL-safe alphabet expected)") from None


def upper_enum(value: Any) -> Any:
    """Enum names are matched case-insensitively: Google's own samples send ['Text', 'Image']."""
    return value.strip().upper() if isinstance(value, str) else value


BASE64_SCHEMA = {"type": "string", "format": "byte", "contentEncoding": "base64",
                 "description": "base64, standard or URL-safe alphabet, padding optional"}
# Written back as standard base64 in JSON (raw image bytes are not UTF-8): a seeded request's fingerprint dumps it.
Base64Bytes = Annotated[bytes, BeforeValidator(decode_base64), WithJsonSchema(BASE64_SCHEMA),
                        PlainSerializer(lambda data: base64.b64encode(data).decode("ascii"), return_type=str,
                                        when_used="json")]
