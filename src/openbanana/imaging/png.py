"""A fast PNG writer for large RGB images.

Pillow's encoder spends ~0.7 s on a smooth 4K frame (5504×3072) choosing filters row by row. Here the "Up" filter
is one numpy subtraction and the deflate runs in ISA-L (or zlib) over independent slices on all cores, joined into
one valid zlib stream with sync flushes, the way pigz does. The output is a plain, standard PNG.
"""

from __future__ import annotations

import os
import struct
import types
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np
from PIL import Image

_deflate_lib: types.ModuleType
try:  # ISA-L deflate is ~5x faster than zlib at level 1 and releases the GIL
    from isal import isal_zlib as _deflate_lib
except ImportError:  # pragma: no cover - exercised only where the wheel is unavailable
    _deflate_lib = zlib
_LEVEL = 1

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_FILTER_UP = 2
_MIN_SLICE_BYTES = 1 << 20


def encode_png(image: Image.Image, text: dict[str, str] | None = None, itxt: dict[str, str] | None = None) -> bytes:
    """RGB/RGBA/L image → PNG bytes, with optional tEXt (Latin-1) and iTXt (UTF-8, e.g. XMP) metadata."""
    mode_info = {"L": (0, 1), "RGB": (2, 3), "RGBA": (6, 4)}
    if image.mode not in mode_info:
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    color_type, _channels = mode_info[image.mode]
    pixels = np.asarray(image)
    if pixels.ndim == 2:
        pixels = pixels[:, :, None]
    header = struct.pack(">IIBBBBB", image.width, image.height, 8, color_type, 0, 0, 0)
    chunks = [_chunk(b"IHDR", header)]
    for key, value in (text or {}).items():
        chunks.append(_chunk(b"tEXt", key.encode("latin-1") + b"\0" + value.encode("latin-1", "replace")))
    for key, value in (itxt or {}).items():
        # keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text
        chunks.append(_chunk(b"iTXt", key.encode("latin-1") + b"\0\0\0\0\0" + value.encode("utf-8")))
    chunks.append(_chunk(b"IDAT", _deflate_parallel(_filter_up(pixels))))
    chunks.append(_chunk(b"IEND", b""))
    return _SIGNATURE + b"".join(chunks)


def _filter_up(pixels: np.ndarray[Any, np.dtype[np.uint8]]) -> memoryview:
    """Every row minus the row above (mod 256), each prefixed by its filter byte: smooth art becomes near-zeros."""
    height = pixels.shape[0]
    rows = pixels.reshape(height, -1)
    out = np.empty((height, rows.shape[1] + 1), dtype=np.uint8)
    out[:, 0] = _FILTER_UP
    out[0, 0] = 0
    out[0, 1:] = rows[0]
    np.subtract(rows[1:], rows[:-1], out=out[1:, 1:])
    return out.data.cast("B")


def _deflate_parallel(data: memoryview) -> bytes:
    slices = _split(len(data), _workers())
    if len(slices) == 1:
        return bytes(_deflate_lib.compress(data, _LEVEL))
    parts = list(_pool().map(lambda span: _deflate_slice(data[span[0] : span[1]], span[1] == len(data)), slices))
    adler = _deflate_lib.adler32(data)
    return b"\x78\x01" + b"".join(parts) + struct.pack(">I", adler)


def _deflate_slice(data: memoryview, last: bool) -> bytes:
    compressor = _deflate_lib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    flush_mode = zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH
    return bytes(compressor.compress(data)) + bytes(compressor.flush(flush_mode))


def _split(size: int, workers: int) -> list[tuple[int, int]]:
    count = max(1, min(workers, size // _MIN_SLICE_BYTES))
    bounds = [size * i // count for i in range(count + 1)]
    return list(pairwise(bounds))


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(payload, zlib.crc32(kind))
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


@lru_cache(maxsize=1)
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=_workers(), thread_name_prefix="png-deflate")


