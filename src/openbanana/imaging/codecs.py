"""Encode output images and decode input images (accepted formats only); the format always comes from the bytes."""

from __future__ import annotations

import io
import math
import struct
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO

from PIL import Image, ImageFile, UnidentifiedImageError

from openbanana.imaging import formats
from openbanana.imaging.png import encode_png
from openbanana.imaging.provenance import XMP_PNG_KEYWORD, Provenance, xmp_packet

EXIF_SOFTWARE = 0x0131

OUTPUT_MIME_TYPES = ("image/png", "image/jpeg", "image/webp")
INPUT_MIME_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif")
MAX_INPUT_PIXELS = 64_000_000  # a 4K output is 16.9 MP; anything far beyond that is a decompression bomb


class ImageDecodeError(ValueError):
    """The bytes are not an image we can read; the message says why in words a client can act on."""


def encode_image(image: Image.Image, mime_type: str, *, quality: int = 90,
                 provenance: Provenance | None = None) -> bytes:
    """Encode to one of OUTPUT_MIME_TYPES, stating provenance in the format's own metadata slots.

    PNG goes through the fast parallel writer (tEXt Software + iTXt XMP); JPEG and WebP carry XMP and EXIF Software.
    """
    if mime_type == "image/png":
        if provenance is None:
            return encode_png(image)
        return encode_png(image, {"Software": provenance.software},
                          {XMP_PNG_KEYWORD: xmp_packet(provenance).decode()})
    buffer = io.BytesIO()
    rgb = image.convert("RGB")
    extra: dict[str, Any] = {}
    if provenance is not None:
        exif = Image.Exif()
        exif[EXIF_SOFTWARE] = provenance.software
        extra = {"xmp": xmp_packet(provenance), "exif": exif}
    if mime_type == "image/jpeg":
        rgb.save(buffer, "JPEG", quality=quality, subsampling=0 if quality >= 90 else 2, **extra)
    elif mime_type == "image/webp":
        rgb.save(buffer, "WEBP", quality=quality, method=0, **extra)
    else:
        raise ValueError(f"cannot encode {mime_type}; expected one of {', '.join(OUTPUT_MIME_TYPES)}")
    return buffer.getvalue()


def sniff_mime_type(data: bytes) -> str | None:
    """The MIME type the bytes really are, when they are one of the accepted formats (png, jpeg, webp, heif)."""
    return formats.mime_type_of(formats.identify(data[:64]))


@lru_cache(maxsize=1)
def heif_supported() -> bool:
    """HEIC/HEIF decode through the optional `pillow-heif` plugin (`pip install 'openbanana[heif]'`)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def accepted_formats() -> tuple[str, ...]:
    """The only Pillow decoders untrusted bytes ever reach: PNG, JPEG, WebP, and HEIF when its plugin is installed.
    Every other plugin (TIFF, BMP, EPS, which runs Ghostscript, JPEG 2000, …) is never tried."""
    return ("PNG", "JPEG", "WEBP", *(("HEIF",) if heif_supported() else ()))


@dataclass(frozen=True)
class ImageProbe:
    """What an image's header says, read without decoding its pixels."""

    format: str
    width: int
    height: int
    mode: str

    @property
    def pixels(self) -> int:
        return self.width * self.height


def open_untrusted(source: bytes | BinaryIO) -> ImageFile.ImageFile:
    """Open (lazily: the header only) with the accepted decoders alone; anything else is an ImageDecodeError naming
    what the bytes are. Refuses more than MAX_INPUT_PIXELS before a single pixel is decoded."""
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    head = stream.read(64)
    stream.seek(0)
    if not head:
        raise ImageDecodeError("the image data is empty")
    name = formats.identify(head)
    if name not in accepted_formats():
        if name == "HEIF":
            raise ImageDecodeError("the bytes are HEIC/HEIF, which needs a HEIF decoder that is not installed on "
                                   "this server; send PNG, JPEG or WebP instead")
        raise ImageDecodeError(f"the bytes are {formats.describe(name)}, not one of the accepted formats "
                               f"({formats.ACCEPTED_NAMES})")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(stream, formats=[name])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageDecodeError(f"the image has more than {MAX_INPUT_PIXELS:,} pixels") from None
    except UnidentifiedImageError:
        raise ImageDecodeError(f"the data starts like {name} but is not a valid {name} image") from None
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise ImageDecodeError(f"the image data is corrupt or truncated ({exc})") from None
    if image.width * image.height > MAX_INPUT_PIXELS or image.width < 1 or image.height < 1:
        image.close()
        raise ImageDecodeError(
            f"the image is {image.width}x{image.height} pixels; at most {MAX_INPUT_PIXELS:,} are accepted")
    return image


def probe_image(source: bytes | BinaryIO) -> ImageProbe:
    """Format, size and mode from the header alone (cheap: no pixel is decoded)."""
    with open_untrusted(source) as image:
        return ImageProbe(str(image.format), image.width, image.height, image.mode)


def reduced_size(width: int, height: int, max_pixels: int | None) -> tuple[int, int]:
    """The size an image is kept at: its own, or scaled down (ratio kept) to at most `max_pixels`."""
    if max_pixels is None or width * height <= max_pixels:
        return width, height
    scale = math.sqrt(max_pixels / (width * height))
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def decode_image(source: bytes | BinaryIO, max_pixels: int | None = None) -> Image.Image:
    """Decode an input image as RGB (transparency flattened on white), with the accepted decoders only, reduced to
    at most `max_pixels` right after decoding (a JPEG already while decoding); refuses truncated data and bombs."""
    opened = open_untrusted(source)
    try:
        target = reduced_size(opened.width, opened.height, max_pixels)
        if target != opened.size and opened.format == "JPEG":
            opened.draft(None, target)  # DCT scaling: decodes at 1/2, 1/4 or 1/8 when that still covers target
        opened.load()
        image: Image.Image = opened
        if image.mode not in ("RGB", "RGBA", "L"):
            image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        if image.size != target:
            image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
        return _flatten(image)
    except ImageDecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageDecodeError(f"the image has more than {MAX_INPUT_PIXELS:,} pixels") from None
    except (OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise ImageDecodeError(f"the image data is corrupt or truncated ({exc})") from None


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode == "RGBA":
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image.convert("RGB") if image.mode != "RGB" else image
