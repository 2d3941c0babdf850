"""The finish step: every image that leaves the server is watermarked, labelled, encoded, C2PA-signed, recorded
(except an edit that returns an input nearly unchanged: that one is labelled an edit and left unmarked).

One place, so no engine, format or code path (final or thought image, unary, stream, batch) can skip it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image

from openbanana import __version__, telemetry
from openbanana.config import C2paSettings
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paConfigError, C2paCredentials, ManifestSigner
from openbanana.imaging.codecs import encode_image
from openbanana.imaging.fingerprint import fingerprint as content_fingerprint
from openbanana.imaging.provenance import (
    COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
    TRAINED_ALGORITHMIC_MEDIA,
    Provenance,
)
from openbanana.imaging.similarity import is_near_copy
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
    origin: str = "generated"  # or "edited" (from `inputs`, the SHA-256s of the input images)
    inputs: tuple[str, ...] = ()
    fingerprint: bytes | None = None  # openbanana.imaging.fingerprint of the emitted pixels
    sha256: str = ""  # of the emitted bytes: a later edit whose input has this hash edits an image made here
    engine: str = ""  # the engine that drew it: draft, or diffusers:PROFILE


@dataclass(frozen=True)
class EditInput:
    """One input image of an edit: as the engine saw it, and the SHA-256 of the bytes the caller sent."""

    image: Image.Image
    sha256: str


class ImageRecorder(Protocol):
    def record(self, record: ImageRecord) -> None: ...


@dataclass(frozen=True)
class EmittedImage:
    mime_type: str
    data: bytes
    payload: str  # "" when the output is a near copy of an input, which is not marked


class Finisher:
    def __init__(self, engine_name: str, watermark_key: bytes, issuer: int,
                 recorder: ImageRecorder | None = None, credit: str | None = None,
                 manifests: ManifestSigner | None = None, engine_label: str = "") -> None:
        """`manifests`: the C2PA signer, or None when no certificate is configured (images then carry XMP only).
        `engine_label` names the engine in image records (`diffusers:sd-turbo`; the engine's name when empty)."""
        self._engine_name = engine_name
        self._engine_label = engine_label or engine_name
        self._credit = credit
        self._key = watermark_key
        self._issuer = issuer
        self._recorder = recorder
        self._manifests = manifests

    def finish(self, image: Image.Image, *, image_size: str, mime_type: str, quality: int, response_id: str,
               model: str, thought: bool, fingerprint: bytes | None = None,
               inputs: Sequence[EditInput] = ()) -> EmittedImage:
        """`image_size`: the size label (1K/2K/4K) it was rendered for, for the metrics. `fingerprint` (a fixed-seed
        request's hash) makes the image id, and so the bytes, reproducible; a C2PA manifest, when signed, still
        differs each time (its id and signature), the pixels do not.

        `inputs` (an edit's input images): the output is labelled an edit (IPTC compositeWithTrainedAlgorithmicMedia,
        C2PA c2pa.edited with the inputs as ingredients, record origin "edited"); and when it is nearly a copy of
        one of them (imaging.similarity) it gets no watermark and no record: the server did not make that picture."""
        rgb = image.convert("RGB")
        hashes = tuple(item.sha256 for item in inputs)
        with telemetry.step("watermark"):
            copied = bool(inputs) and is_near_copy(rgb, [item.image for item in inputs])
            payload = None if copied else WatermarkPayload(self._issuer, _image_id(fingerprint, thought))
            marked = rgb if payload is None else embed_watermark(rgb, payload, self._key)
        label = payload.to_hex() if payload else ""
        provenance = Provenance("openbanana", __version__, self._engine_name, image_id=label or None,
                                credit=self._credit,
                                source_type=COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA if inputs else
                                TRAINED_ALGORITHMIC_MEDIA)
        with telemetry.step("encode"):
            data = encode_image(marked, mime_type, quality=quality, provenance=provenance)
        if self._manifests is not None:
            with telemetry.step("sign"):
                data = self._manifests.sign(data, mime_type, title=label or f"edit-{response_id[:8]}",
                                            inputs=hashes)
        telemetry.image_emitted(image_size, thought=thought)
        if self._recorder is not None and payload is not None:
            self._recorder.record(ImageRecord(label, response_id, model, image.width, image.height, mime_type,
                                              thought, "edited" if inputs else "generated", hashes,
                                              content_fingerprint(marked), hashlib.sha256(data).hexdigest(),
                                              self._engine_label))
        return EmittedImage(mime_type, data, label)


def load_c2pa_credentials(settings: C2paSettings, data_dir: Path) -> C2paCredentials | None:
    """The configured chain and key, else the data dir's c2pa/ pair (`openbanana keys c2pa --init`), else None."""
    cert_file, key_file = settings.cert_file, settings.key_file
    if cert_file is None and key_file is None:
        folder = data_dir / C2PA_DIR
        if not (folder / CHAIN_FILE).exists() and not (folder / KEY_FILE).exists():
            log.info("C2PA signing is off: no certificate configured (set OPENBANANA_C2PA_CERT_FILE and "
                        "OPENBANANA_C2PA_KEY_FILE, or run `openbanana keys c2pa --init` for a development chain); "
                        "images still carry the watermark and XMP provenance")
            return None
        cert_file, key_file = folder / CHAIN_FILE, folder / KEY_FILE
    if cert_file is None or key_file is None:
        raise C2paConfigError("C2PA signing needs both c2pa_cert_file and c2pa_key_file "
                              "(OPENBANANA_C2PA_CERT_FILE, OPENBANANA_C2PA_KEY_FILE)")
    credentials = C2paCredentials.load(Path(cert_file).expanduser(), Path(key_file).expanduser())
    log.info("C2PA signing is on: %s (%s) from %s", credentials.common_name, credentials.algorithm.name, cert_file)
    return credentials


def _image_id(fingerprint: bytes | None, thought: bool) -> int:
    if fingerprint is None:
        return secrets.randbits(32)
    digest = hashlib.sha256(fingerprint + (b"thought" if thought else b"final")).digest()
    return int.from_bytes(digest[:4], "big")
