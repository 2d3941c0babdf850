"""Input images before they are decoded: where their bytes are, what their headers say, and what decoding them will
hold in memory, so that a request can reserve that much at admission before a pixel is decoded.

An image is kept reduced to at most the pixels of the largest output cell at the request's imageSize (the most the
output can use: 1.07 MP at 1K, 4.3 MP at 2K, 17 MP at 4K), right after decoding (JPEG already while decoding, by DCT
scaling). Pillow keeps RGB at 4 bytes a pixel; the cost figures below count that.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from openbanana.imaging.codecs import ImageProbe, reduced_size
from openbanana.protocol.content import Blob

KEPT_BYTES_PER_PIXEL = 4  # RGB in Pillow's memory
RESIZE_GAP = 2  # decode_image resizes with reducing_gap=2: a box-reduced intermediate of at most (2·gap)² × the result
DEFAULT_MAX_REQUEST_PIXELS = 200_000_000  # fourteen 12-MP photos (169 MP) fit; fourteen 64-MP bombs (896 MP) do not
MAX_FILE_IMAGE_BYTES = 30 * 1024 * 1024  # Google's limit for an image given by file (Vertex, gemini-3-pro-image)


@dataclass(frozen=True)
class ImageSource:
    """One input image's bytes, not yet read: inline data, or a stored file that is opened only when needed."""

    mime_type: str
    size: int
    open: Callable[[], BinaryIO]
    inline: bool = False  # inline bytes are in memory already, as part of the request

    @classmethod
    def from_blob(cls, blob: Blob) -> ImageSource:
        data = blob.data
        return cls(blob.mime_type, len(data), lambda: io.BytesIO(data), inline=True)

    def read(self) -> bytes:
        with self.open() as stream:
            return stream.read()


FileResolver = Callable[[str], ImageSource]
"""Turns a `fileData.fileUri` into the stored bytes; raises PermissionDeniedError for unknown or foreign files."""


@dataclass(frozen=True)
class InputImage:
    """An input image whose header has been read: what it is, where it was in the request."""

    where: str  # e.g. contents[0].parts[1].inline_data
    source: ImageSource
    probe: ImageProbe


@dataclass(frozen=True)
class MemoryCost:
    """What decoding a request's images holds: `peak` while the largest one decodes, `held` once all are kept."""

    peak: int
    held: int


def memory_cost(images: Sequence[InputImage], keep_pixels: int) -> MemoryCost:
    """Bytes held by the kept images and inline data, plus the largest single decode on top (they decode one by
    one, each reduced before the next starts)."""
    held = sum(_kept_pixels(image.probe, keep_pixels) * KEPT_BYTES_PER_PIXEL
               + (image.source.size if image.source.inline else 0) for image in images)
    transient = max((_decoding(image, keep_pixels) for image in images), default=0)
    return MemoryCost(peak=held + transient, held=held)


def _kept_pixels(probe: ImageProbe, keep_pixels: int) -> int:
    width, height = reduced_size(probe.width, probe.height, keep_pixels)
    return width * height


def _decoding(image: InputImage, keep_pixels: int) -> int:
    """Bytes in flight while one image decodes: its file's bytes, the decoded pixels in their own mode, a converted
    copy for modes other than RGB/RGBA/L, and the resize's intermediate."""
    probe = image.probe
    kept = _kept_pixels(probe, keep_pixels)
    decoded = _decoded_pixels(probe, keep_pixels)
    native = 1 if probe.mode in ("1", "L", "P") else 2 if probe.mode.startswith("I;16") else 4
    converted = decoded * 4 if probe.mode not in ("RGB", "RGBA", "L") else 0
    intermediate = min(decoded, kept * (2 * RESIZE_GAP) ** 2) * 4 if kept < decoded else 0
    encoded = 0 if image.source.inline else image.source.size
    return encoded + decoded * native + converted + intermediate + kept * KEPT_BYTES_PER_PIXEL


def _decoded_pixels(probe: ImageProbe, keep_pixels: int) -> int:
    """JPEG decodes at 1/2, 1/4 or 1/8 when that still covers the kept size (Pillow's draft); others in full."""
    width, height = reduced_size(probe.width, probe.height, keep_pixels)
    if probe.format != "JPEG" or (width, height) == (probe.width, probe.height):
        return probe.pixels
    most = min(probe.width // width, probe.height // height)
    scale = next(s for s in (8, 4, 2, 1) if most >= s)
    return math.ceil(probe.width / scale) * math.ceil(probe.height / scale)
