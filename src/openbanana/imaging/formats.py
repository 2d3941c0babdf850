"""What format a byte string is, read from its signature alone: nothing is parsed, no decoder is ever run.

Only the formats the API accepts are opened (codecs.py); every other one is named here, so that a refusal can say
what the bytes were ("the bytes are TIFF") instead of a vague "not an image".
"""

from __future__ import annotations

import re

ACCEPTED = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp", "HEIF": "image/heif"}
ACCEPTED_NAMES = "PNG, JPEG, WebP or HEIC/HEIF"

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"), (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"II+\x00", "BigTIFF"), (b"MM\x00+", "BigTIFF"),
    (b"BM", "BMP"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"%!PS", "PostScript/EPS"), (b"\xc5\xd0\xd3\xc6", "EPS"),
    (b"%PDF", "PDF"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"), (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\xff\x0a", "JPEG XL"), (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
    (b"DDS ", "DDS"), (b"qoif", "QOI"), (b"8BPS", "PSD"), (b"\x01\xda", "SGI"),
    (b"#define", "XBM"), (b"/* XPM */", "XPM"), (b"Image type:", "IM"),
    (b"icns", "ICNS"), (b"gimp xcf", "XCF"), (b"FORM", "IFF"), (b"BLP1", "BLP"), (b"BLP2", "BLP"),
    (b"SIMPLE  =", "FITS"), (b"\x59\xa6\x6a\x95", "Sun raster"),
)
_MIME_TYPES = {"GIF": "image/gif", "TIFF": "image/tiff", "BigTIFF": "image/tiff", "BMP": "image/bmp",
               "ICO": "image/vnd.microsoft.icon", "PostScript/EPS": "application/postscript",
               "EPS": "application/postscript", "PDF": "application/pdf", "JPEG 2000": "image/jp2",
               "JPEG XL": "image/jxl", "PSD": "image/vnd.adobe.photoshop", "AVIF": "image/avif",
               "QOI": "image/qoi", "PNM/PPM": "image/x-portable-anymap", "SVG/XML/HTML text": "text/xml"}
_NETPBM = re.compile(rb"P[1-7Ff][\s#]")
_WEBP = (b"RIFF", b"WEBP")
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
_AVIF_BRANDS = (b"avif", b"avis")
_TEXT = re.compile(rb"\s*(<\?xml|<svg|<!doctype|<html)", re.IGNORECASE)


def identify(data: bytes) -> str | None:
    """The format's name ("PNG", "TIFF", "JPEG 2000", …) from the first bytes, or None when it is not recognised."""
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if data[:4] == _WEBP[0] and data[8:12] == _WEBP[1]:
        return "WEBP"
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in _HEIF_BRANDS:
            return "HEIF"
        if brand in _AVIF_BRANDS:
            return "AVIF"
    if _NETPBM.match(data[:3]):
        return "PNM/PPM"
    if data[:1] == b"\x0a" and data[1:2] in b"\x00\x02\x03\x04\x05" and data[2:3] == b"\x01":
        return "PCX"
    if _TEXT.match(data[:64]):
        return "SVG/XML/HTML text"
    return None


def mime_type_of(name: str | None) -> str | None:
    """The MIME type of an accepted format's name; None for every other one."""
    return ACCEPTED.get(name or "")


def describe(name: str | None) -> str:
    """How a refusal names the bytes: "TIFF (image/tiff)", "SGI", or "not a recognised image format"."""
    if not name:
        return "not a recognised image format"
    return f"{name} ({_MIME_TYPES[name]})" if name in _MIME_TYPES else name
