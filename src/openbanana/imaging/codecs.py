"""Encode output images and decode input images; the MIME type always comes from the bytes themselves."""

from __future__ import annotations

import io
import warnings
from functools import lru_cache
from typing import Any

from PIL import Image, UnidentifiedImageError

from openbanana.imaging.png import encode_png
from openbanana.imaging.provenance import XMP_PNG_KEYWORD, Provenance, xmp_packet

EXIF_SOFTWARE = 0x0131

OUTPUT_MIME_TYPES = ("image/png", "image/jpeg", "image/webp")
INPUT_MIME_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif")
MAX_INPUT_PIXELS = 64_000_000  # a 4K output is 16.9 MP; anything far beyond that is a decompression bomb

_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"))


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
    """The MIME type the bytes really are (png, jpeg, gif, webp, heif), or None."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heis", b"hevc"):
        return "image/heif"
    return None


@lru_cache(maxsize=1)
def heif_supported() -> bool:
    """HEIC/HEIF decode through the optional `pillow-heif` plugin (`pip install 'openbanana[heif]'`)."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def decode_image(data: bytes) -> Image.Image:
    """Decode and fully load an input image as RGB; refuses truncated data and decompression bombs."""
    if not data:
        raise ImageDecodeError("the image data is empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_INPUT_PIXELS:
                raise ImageDecodeError(
                    f"the image is {image.width}x{image.height} pixels; at most {MAX_INPUT_PIXELS:,} are accepted"
                )
            image.load()
    except ImageDecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageDecodeError(f"the image has more than {MAX_INPUT_PIXELS:,} pixels") from None
    except UnidentifiedImageError:
        raise ImageDecodeError("the data is not an image format this server can read") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageDecodeError(f"the image data is corrupt or truncated ({exc})") from None
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")

