"""The finish step: every image that leaves the server is watermarked, labelled with provenance, encoded, recorded.

One place, so no engine, format or code path (final or thought image, unary, stream, batch) can skip it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from openbanana import __version__
from openbanana.imaging.codecs import encode_image
from openbanana.imaging.provenance import Provenance
from openbanana.imaging.watermark import WatermarkPayload, embed_watermark

log = logging.getLogger("openbanana.service")
WATERMARK_KEY_FILE = "watermark.key"


@dataclass(frozen=True)
class ImageRecord:
    """What the server remembers about an image it emitted, keyed by the watermark's payload."""

    payload: str  # WatermarkPayload.to_hex(): issuer-imageid
    response_id: str
    model: str
    width: int
    height: int
    mime_type: str
    thought: bool


class ImageRecorder(Protocol):
    def record(self, record: ImageRecord) -> None: ...


@dataclass(frozen=True)
class EmittedImage:
    mime_type: str
    data: bytes
    payload: str


class Finisher:
    def __init__(self, engine_name: str, watermark_key: bytes, issuer: int,
                 recorder: ImageRecorder | None = None, credit: str | None = None) -> None:
        self._engine_name = engine_name
        self._credit = credit
        self._key = watermark_key
        self._issuer = issuer
        self._recorder = recorder

    def finish(self, image: Image.Image, *, mime_type: str, quality: int, response_id: str, model: str,
               thought: bool, fingerprint: bytes | None = None) -> EmittedImage:
        """`fingerprint` (a fixed-seed request's hash) makes the image id, and so the bytes, reproducible."""
        payload = WatermarkPayload(self._issuer, _image_id(fingerprint, thought))
        marked = embed_watermark(image.convert("RGB"), payload, self._key)
        provenance = Provenance("openbanana", __version__, self._engine_name, image_id=payload.to_hex(),
                                credit=self._credit)
        data = encode_image(marked, mime_type, quality=quality, provenance=provenance)
        if self._recorder is not None:
            self._recorder.record(ImageRecord(payload.to_hex(), response_id, model, image.width, image.height,
                                              mime_type, thought))
        return EmittedImage(mime_type, data, payload.to_hex())


def _image_id(fingerprint: bytes | None, thought: bool) -> int:
    if fingerprint is None:
        return secrets.randbits(32)
    digest = hashlib.sha256(fingerprint + (b"thought" if thought else b"final")).digest()
    return int.from_bytes(digest[:4], "big")
