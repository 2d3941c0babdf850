"""openbanana's own verifyImage method (not part of Google's API): request and answer shapes."""

from __future__ import annotations

from typing import NotRequired, Required, TypedDict

from openbanana.protocol.base import WireModel
from openbanana.protocol.content import Blob


class VerifyImageRequest(WireModel):
    """`{"image": {"mimeType", "data"}}`; `inlineData` is accepted as the key too, like a Part."""

    image: Blob | None = None
    inline_data: Blob | None = None


class WatermarkOut(TypedDict):
    found: bool
    confidence: float
    payload: str
    score: float


class ImageRecordOut(TypedDict):
    createTime: str
    model: str
    width: int
    height: int
    mimeType: str
    responseId: str
    thought: bool
    origin: str  # "generated" or "edited"
    inputs: list[str]  # SHA-256 (hex) of an edit's input images, as sent
    engine: str  # the engine that drew it: draft, diffusers:PROFILE ("" in records made before it was kept)
    inputsMadeHere: NotRequired[bool]  # one of them is the exact bytes of an image this server sent
    contentMatch: NotRequired[float]  # NCC of the received pixels with the recorded fingerprint (absent: none kept)


class ProvenanceOut(TypedDict, total=False):
    digitalSourceType: str
    creatorTool: str
    imageId: str
    software: str


class C2paOut(TypedDict):
    """The embedded C2PA manifest: `valid` is signature and hashes; `trusted` adds the server's trust anchors."""

    present: bool
    valid: bool
    trusted: bool
    state: str | None
    signer: str | None
    issuer: str | None
    claimGenerator: str | None
    digitalSourceType: str | None
    errors: list[str]


class VerifyOrigin(TypedDict, total=False):
    """Who made the picture, as far as this server can tell; `record` only when the pixels are the recorded ones."""

    origin: Required[str]  # generated | edited | mismatch | unrecorded | unknown
    summary: Required[str]
    record: ImageRecordOut


class _VerifyRequired(TypedDict):
    watermark: WatermarkOut
    mimeType: str
    width: int
    height: int
    c2pa: C2paOut


class VerifyImageResponse(_VerifyRequired, total=False):
    origin: str
    summary: str
    record: ImageRecordOut
    provenance: ProvenanceOut
