"""`verifyImage`: is our watermark in this image, is its C2PA manifest intact, and what do we know about that image?"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PIL import Image

from openbanana.clock import Clock, to_us, utc_now
from openbanana.errors import InvalidArgumentError, ResourceExhaustedError
from openbanana.imaging.c2pa import ManifestReader, ManifestReport
from openbanana.imaging.codecs import ImageDecodeError, decode_image, open_untrusted, probe_image, sniff_mime_type
from openbanana.imaging.fingerprint import MATCH_MIN, content_match
from openbanana.imaging.watermark import DEFAULT_ISSUER, detect_watermark
from openbanana.protocol.verify import C2paOut, ImageRecordOut, ProvenanceOut, VerifyImageResponse, VerifyOrigin
from openbanana.service.generation.finishing import ImageRecord
from openbanana.service.memory import MemoryBudget
from openbanana.store.images import ImageRow, ImageStore


class ImageRecords:
    """The finish step writes here; verification reads. Implements service.generation.finishing.ImageRecorder."""

    def __init__(self, store: ImageStore, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def record(self, record: ImageRecord) -> None:
        self._store.add(ImageRow(record.payload, record.response_id, record.model, record.width, record.height,
                                 record.mime_type, record.thought, to_us(self._clock()), record.origin,
                                 record.inputs, record.fingerprint, record.sha256, record.engine))

    def lookup(self, payload: str) -> ImageRow | None:
        return self._store.get(payload)

    def any_emitted(self, hashes: tuple[str, ...]) -> bool:
        return self._store.any_emitted(hashes)


VERIFY_BYTES_PER_PIXEL = 12  # the decoded image (4) and the watermark search's working arrays (measured: ~6)
BUSY_RETRY_SECONDS = 2


class VerificationService:
    def __init__(self, watermark_key: bytes, records: ImageRecords, manifests: ManifestReader,
                 memory: MemoryBudget | None = None, issuer: int = DEFAULT_ISSUER) -> None:
        """`memory`: the server-wide budget the decoded image is reserved in (429 when it is full). `issuer`: this
        server's (`watermark_issuer`): a mark of the current payload format carries only the image id, and its
        check covers the issuer, so only the issuer that made it reads it."""
        self._key = watermark_key
        self._issuer = issuer
        self._records = records
        self._manifests = manifests
        self._memory = memory or MemoryBudget(2 * 1024**3)

    def verify(self, data: bytes) -> VerifyImageResponse:
        """Blocking: decodes the image (only the accepted formats) and searches it for the watermark."""
        try:
            probe = probe_image(data)
        except ImageDecodeError as exc:
            raise InvalidArgumentError(f"image could not be decoded: {exc}.", field="image.data") from None
        needed = probe.pixels * VERIFY_BYTES_PER_PIXEL + len(data)
        if not self._memory.fits(needed):
            raise InvalidArgumentError(
                f"Verifying this {probe.width}x{probe.height} image needs {needed / 2**20:,.0f} MiB of memory, more "
                f"than this server's whole budget ({self._memory.capacity / 2**20:,.0f} MiB); send a smaller image.",
                field="image.data")
        reservation = self._memory.try_reserve(needed)
        if reservation is None:
            raise ResourceExhaustedError(
                "Resource has been exhausted: the images of the requests in progress fill this server's memory "
                f"budget. Please retry in {BUSY_RETRY_SECONDS}s.", retry_after=BUSY_RETRY_SECONDS)
        try:
            return self._verify(data)
        finally:
            reservation.release()

    def _verify(self, data: bytes) -> VerifyImageResponse:
        try:
            image = decode_image(data)
        except ImageDecodeError as exc:
            raise InvalidArgumentError(f"image could not be decoded: {exc}.", field="image.data") from None
        detection = detect_watermark(image, self._key, self._issuer)
        payload = detection.payload.to_hex() if detection.payload else ""
        mime_type = sniff_mime_type(data) or "application/octet-stream"
        answer: VerifyImageResponse = {
            "watermark": {"found": detection.found, "confidence": round(detection.confidence, 4),
                          "payload": payload, "score": round(detection.score, 2)},
            "mimeType": mime_type,
            "width": image.width,
            "height": image.height,
            "c2pa": _c2pa(self._manifests.read(data, mime_type)),
        }
        row = self._records.lookup(payload) if detection.found else None
        origin = _origin(detection.found, row, image, row is not None and self._records.any_emitted(row.inputs))
        answer["origin"], answer["summary"] = origin["origin"], origin["summary"]
        if "record" in origin:
            answer["record"] = origin["record"]
        if provenance := read_provenance(data):
            answer["provenance"] = provenance
        return answer


def read_provenance(data: bytes) -> ProvenanceOut:
    """The XMP statement the finish step writes (survives as long as the file is not re-encoded); only the accepted
    formats are opened (the caller has decoded the image already)."""
    with open_untrusted(data) as image:
        try:
            xmp: dict[str, Any] = image.getxmp()
        except (ValueError, SyntaxError):
            return {}
        software = image.info.get("Software") or image.getexif().get(0x0131)
    description = xmp.get("xmpmeta", {}).get("RDF", {}).get("Description", {})
    if isinstance(description, list):
        description = description[0] if description else {}
    found: ProvenanceOut = {}
    if isinstance(description, dict):
        for wire, key in (("digitalSourceType", "DigitalSourceType"), ("creatorTool", "CreatorTool"),
                          ("imageId", "ImageId")):
            if isinstance(description.get(key), str):
                found[wire] = description[key]  # type: ignore[literal-required]
    if isinstance(software, str):
        found["software"] = software
    return found


_SUMMARIES = {
    "generated": "generated by this server",
    "edited": "edited by this server from an input image it was sent; this server did not make that input",
    "edited-own": "edited by this server from an image it made",
    "mismatch": "mark present, content does not match the record",
    "unrecorded": "mark present, but this server has no record of that image",
    "unknown": "no mark from this server found",
}


def _origin(found: bool, row: ImageRow | None, image: Image.Image, inputs_made_here: bool) -> VerifyOrigin:
    """Claim the record only for the pixels it was made for: a mark transplanted onto another picture keeps its
    payload but not the picture's content (imaging.fingerprint)."""
    if not found:
        origin = "unknown"
    elif row is None:
        origin = "unrecorded"
    else:
        match = content_match(row.fingerprint, image) if row.fingerprint is not None else None
        if match is not None and match < MATCH_MIN:
            origin = "mismatch"
        else:
            summary = _SUMMARIES["edited-own" if row.origin == "edited" and inputs_made_here else row.origin]
            out: VerifyOrigin = {"origin": row.origin, "summary": summary, "record": _record(row)}
            out["record"]["inputsMadeHere"] = inputs_made_here
            if match is not None:
                out["record"]["contentMatch"] = round(match, 3)
            return out
    return {"origin": origin, "summary": _SUMMARIES[origin]}


def _c2pa(report: ManifestReport) -> C2paOut:
    return {"present": report.present, "valid": report.valid, "trusted": report.trusted, "state": report.state,
            "signer": report.signer, "issuer": report.issuer, "claimGenerator": report.claim_generator,
            "digitalSourceType": report.digital_source_type, "errors": list(report.errors)}


def _record(row: ImageRow) -> ImageRecordOut:
    created = datetime.fromtimestamp(row.create_us / 1e6, UTC).isoformat(timespec="microseconds")
    return {"createTime": created.replace("+00:00", "Z"), "model": row.model, "width": row.width,
            "height": row.height, "mimeType": row.mime_type, "responseId": row.response_id, "thought": row.thought,
            "origin": row.origin, "inputs": list(row.inputs), "engine": row.engine}
