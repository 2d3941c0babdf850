"""Perceptual fingerprint of an emitted image, so `verify` can tell a mark on its own pixels from a transplanted one.

A watermark can be lifted: its high-frequency residual, added to an unrelated picture, carries the payload with it.
So the record keeps what the mark cannot: the picture's coarse content. The fingerprint is a 64-px (long side)
luma thumbnail, band-passed and compared by normalised cross-correlation (NCC). A 64-bit DCT hash (pHash) was
the first choice, but a crop of 25 % from two sides moves its low DCT terms as much as an unrelated picture does;
the thumbnail instead is matched against the received image under every crop (down to _MIN_KEEP of each side)
and scale, which costs ~30 scales x ~1,000 offsets of a 64x64 correlation (tens of milliseconds).

Why band-passed: plain thumbnails of unrelated photographs correlate through their layout (sky above, ground
below); removing each thumbnail's 9-px local mean leaves the shapes. The threshold (`MATCH_MIN`) is measured by
bench/provenance.py: randomised crops on all sides, scales, tilts, tone changes, screenshots and codecs of a
photograph match it at >= 0.80 (>= 0.68 in the unit tests' harsher cases), the other photographs under the same
attacks at <= 0.43.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view
from PIL import Image

FloatArray = npt.NDArray[np.float64]

SIDE = 64  # thumbnail long side (px)
MATCH_MIN = 0.6  # NCC at or above which the received pixels are the recorded image's
_MIN_KEEP = 0.55  # each side may have lost up to 45 % (so a 25 % crop from both ends is inside)
_BLUR = 9  # local-mean window of the band-pass (thumbnail px)
_SCALE_STEP = 0.015  # relative step of the crop-width search: ~1 thumbnail px over the long side
_HEADER = 2  # bytes: width, height of the thumbnail


def fingerprint(image: Image.Image) -> bytes:
    """The stored form: thumbnail width, height, then its 8-bit luma rows (at most 64x64 + 2 bytes)."""
    width, height = _thumb_size(*image.size)
    thumb = image.convert("L").resize((width, height), Image.Resampling.BOX)
    return bytes((width, height)) + thumb.tobytes()


def content_match(stored: bytes, image: Image.Image) -> float:
    """Best NCC between the recorded thumbnail and `image` under any crop (each side >= _MIN_KEEP) and scale.

    Returns -1.0 for a fingerprint that cannot be read (an empty or damaged record)."""
    if len(stored) < _HEADER or len(stored) != _HEADER + stored[0] * stored[1] or min(stored[0], stored[1]) < 4:
        return -1.0
    width, height = stored[0], stored[1]
    reference = _band(np.frombuffer(stored, np.uint8, offset=_HEADER).reshape(height, width).astype(np.float64))
    luma = image.convert("L")
    aspect = luma.height / luma.width
    best = -1.0
    keep = 1.0
    while keep >= _MIN_KEEP:
        crop_w = keep * width
        crop_h = crop_w * aspect
        if _MIN_KEEP * height <= crop_h <= height + 0.5 and crop_w >= 4 and crop_h >= 4:
            size = (max(4, round(crop_w)), max(4, min(height, round(crop_h))))
            patch = _band(np.asarray(luma.resize(size, Image.Resampling.BOX), dtype=np.float64))
            best = max(best, _best_ncc(reference, patch))
        keep /= 1 + _SCALE_STEP
    return best


def _thumb_size(width: int, height: int) -> tuple[int, int]:
    scale = SIDE / max(width, height, 1)
    return max(1, min(SIDE, round(width * scale))), max(1, min(SIDE, round(height * scale)))


def _band(values: FloatArray) -> FloatArray:
    """values minus their local mean (a _BLUR-px box, edge-padded): shapes, not layout."""
    r = _BLUR // 2
    padded = np.pad(values, r, mode="edge")
    integral = np.pad(padded.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    rows, cols = values.shape
    total = (integral[_BLUR:_BLUR + rows, _BLUR:_BLUR + cols] - integral[:rows, _BLUR:_BLUR + cols]
             - integral[_BLUR:_BLUR + rows, :cols] + integral[:rows, :cols])
    return np.asarray(values - total / (_BLUR * _BLUR), dtype=np.float64)


def _best_ncc(reference: FloatArray, patch: FloatArray) -> float:
    """Max over every placement of `patch` inside `reference` of their normalised cross-correlation."""
    if patch.shape[0] > reference.shape[0] or patch.shape[1] > reference.shape[1]:
        return -1.0
    centred = patch - patch.mean()
    norm = math.sqrt(float((centred * centred).sum()))
    if norm <= 1e-9:
        return -1.0
    windows = sliding_window_view(reference, patch.shape)
    count = patch.size
    sums = windows.sum(axis=(2, 3))
    squares = (windows * windows).sum(axis=(2, 3))
    spread = np.sqrt(np.maximum(squares - sums * sums / count, 1e-9))
    products = np.tensordot(windows, centred, axes=((2, 3), (0, 1)))
    return float((products / (spread * norm)).max())
