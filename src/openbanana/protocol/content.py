"""Content and its parts: what users send and what the model answers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from openbanana.protocol.base import Base64Bytes, ProtoBool, WireModel


class Blob(WireModel):
    mime_type: str = ""
    data: Base64Bytes = b""


class FileData(WireModel):
    mime_type: str | None = None
    file_uri: str = ""


class Part(WireModel):
    """A part; kinds we do not act on (functionCall, executableCode, ...) are accepted and ignored."""

    text: str | None = None
    inline_data: Blob | None = None
    file_data: FileData | None = None
    thought: ProtoBool | None = None
    thought_signature: Base64Bytes | None = None


class Content(WireModel):
    role: Literal["user", "model", "function", "tool", "system"] | None = None
    parts: list[Part] = Field(default_factory=list)
