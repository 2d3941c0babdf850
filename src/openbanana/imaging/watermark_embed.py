"""Embedding the watermark: the keyed tile laid over an image at a strength the image can hide.

Why a module of its own: how strong the mark is, where, and in which band is the embedder's choice alone (the
detector reads any of them), so it can change without touching detection; images marked by earlier embedders
still verify (tests/unit/test_watermark.py).

* Low layer (since 2026-12-03, later). On flat areas the fine mark is halved and the same chips are added
  again band-passed to periods of ~10-32 canonical px (`_LOW_*`), 0.8 grey levels RMS: a light page or a flat
  draft shrunk to 0.55-0.6x and WebP-compressed loses all of the fine band there (WebP quantises small,
  short-period changes on flat blocks to nothing, and the glyphs' strong mark goes with their strokes), but
  keeps the longer periods. Flat means the masking's floor, fading out by twice it (`_flatness`), so textured
  images are unchanged. The flat-area grain is ~1.4 grey levels RMS (was 1.25: a slightly coarser grain on a
  flat sky; stronger layers, 0.5-0.8 without halving the fine mark, found more but showed as mottle). Same
  chips, pilots, code and detector (its band-pass already weighs periods up to ~20 canonical px, where the
  layer overlaps the fine band), so no version bits and no new threshold: images marked before read as they
  did, and unmarked images score as they did.
* Masking. 1.25 grey levels RMS on flat areas: dither-sized, like the 8-bit rounding such gradients already
  carry (1.0 until 2026-12-03; flat drafts and text pages downscaled to 0.3-0.5x and re-encoded lost the mark
  at 1.0, and 1.5 started to show as grain on a flat sky). The strength grows with texture (local mean
  |detail|, eroded by a 3x3 minimum so flat pixels beside an edge or glyph get no boost) up to 4x, and a global
  cap keeps the mark's RMS <= 2.4 (PSNR >= 40.5 dB) on any image. The same value is added to R, G and B, so
  only luma changes. Where more than 2 % of the channel values are 0 or 255, channels are first clamped to
  [1, 254] so white pages and black line art keep every chip's sign instead of clipping.
* Cost. All analysis runs on a ~1 canonical px grid (a box-reduced copy at 2K/4K). The mark is rounded to whole
  grey levels there and stored +128 in an 8-bit plane; full size sees only an 8-bit bilinear upsample and one
  saturating add (Pillow), never a float plane: 4K costs ~3 full-size 8-bit passes, not ~0.7 GB of temporaries.
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
from PIL import Image, ImageChops

from openbanana.imaging.watermark_format import _VERSION, WatermarkPayload
from openbanana.imaging.watermark_tile import (
    _CHIP,
    _N,
    _TILE,
    FloatArray,
    _box,
    _canonical_tile,
    _chips,
    _grid_scale,
    _keyed,
)

# Masking (grey levels).
_FLAT_RMS = 1.25
_MAX_GAIN = 4.0
_ACTIVITY_REF = 1.0  # local mean |detail| (grey levels) per unit of gain above the flat floor
_MAX_RMS = 2.4  # cap on the whole change's RMS: PSNR >= 20*log10(255/2.4) = 40.5 dB on any image
# The low layer (2026-12-03): the same chips band-passed to periods of ~10-32 canonical px, on flat areas only.
_LOW_RMS = 0.8
_LOW_BAND = (1 / 32, 1 / 10)  # cycles per canonical px
_LOW_CUT = 0.5  # the share of the fine mark given up on flat areas, so their grain stays near what it was
_HEADROOM = [min(max(v, 1), 254) for v in range(256)] * 3
_HEADROOM_MIN = 0.02  # clamp only where clipping would cost the mark something measurable


def embed_watermark(image: Image.Image, payload: WatermarkPayload, key: bytes, version: int = _VERSION) -> Image.Image:
    """Return an RGB copy of `image` (same size) carrying `payload` under `key` (`version`: the payload coding;
    0 is only written to test that marks made before version 1 still read)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")  # read only: no full-size copy when already RGB
    width, height = rgb.size
    g = _grid_scale(width, height)
    factor = max(1, int(g))  # analysis grid: ~1 canonical px per sample, so 4K costs about what 1K does
    small = rgb if factor == 1 else rgb.reduce(factor)  # box means, so no full-size plane is ever made
    y = np.asarray(small.convert("L").convert("F"), dtype=np.float32)
    chips = _chips(payload, _keyed(key), version)
    gain = _mask(y)
    flat = _flatness(gain)
    grid = (y.shape[1], y.shape[0], g / factor)
    delta = _field(_canonical_tile(chips), *grid, _tile_offset(payload)) * (gain * (1 - _LOW_CUT * flat))
    if _LOW_RMS > 0:
        delta += _field(_canonical_tile(chips, _LOW_BAND), *grid, _tile_offset(payload)) * (_LOW_RMS * flat)
    saturated = _saturated_fraction(small.histogram(), small.width * small.height)
    delta *= np.float32(_psnr_guard(saturated, float(np.sqrt(np.mean(delta * delta)))))
    return _add_to_channels(rgb, delta, factor, headroom=saturated > _HEADROOM_MIN)


def _psnr_guard(saturated: float, rms: float) -> float:
    """Scale for the mark so the whole change (mark, its rounding, the headroom step) stays <= _MAX_RMS RMS.

    `saturated` is the share of channel values at 0 or 255 (each moves by 1 under the headroom step); rounding
    adds 1/12, and up to as much again where a rounded analysis-grid mark is interpolated to full size.
    """
    budget = max(_MAX_RMS**2 - saturated - 1 / 6, 0.25)
    return min(1.0, math.sqrt(budget) / max(rms, 1e-6))


def _saturated_fraction(histogram: list[int], pixels: int) -> float:
    """Share of channel values at 0 or 255, from an RGB histogram (of the analysis grid: box means, at 2K/4K)."""
    return sum(histogram[c * 256] + histogram[c * 256 + 255] for c in range(3)) / (3 * max(pixels, 1))


def _field(tile: FloatArray, width: int, height: int, g: float, offset: tuple[int, int] = (0, 0)) -> FloatArray:
    """The tiled mark resampled (bilinear) onto a width x height grid with `g` samples per canonical px, the tile
    starting `offset` canonical px into itself."""
    cw, ch = width / g, height / g
    reps = (math.ceil(ch / _TILE) + 2, math.ceil(cw / _TILE) + 2)
    ox, oy = offset
    canvas = np.tile(tile, reps)[oy: oy + math.ceil(ch) + 2, ox: ox + math.ceil(cw) + 2]
    resized = Image.fromarray(np.ascontiguousarray(canvas), "F").resize(
        (width, height), Image.Resampling.BILINEAR, box=(0, 0, cw, ch))
    return np.asarray(resized, dtype=np.float32)


def _tile_offset(payload: WatermarkPayload) -> tuple[int, int]:
    """Where the tile starts, from the payload: an edit of a marked image carries the input's mark and its own,
    and at the same offset their pilots would add up while their data bits cancel (neither decodes). Apart, the
    detector finds each at its own shift and decodes the stronger. Whole chips, so nothing else changes."""
    digest = hashlib.sha256(f"offset:{payload.to_hex()}".encode()).digest()
    return digest[0] % _N * _CHIP, digest[1] % _N * _CHIP


def _mask(y: FloatArray) -> FloatArray:
    """Per-pixel strength (grey levels RMS): _FLAT_RMS on flat areas, up to _MAX_GAIN times that on texture."""
    detail = np.abs(y - _box(y, 3))
    activity = _min_filter(_box(detail, 3), 3)  # the minimum keeps the boost off flat pixels next to an edge
    gain = np.clip(activity * np.float32(1.0 / _ACTIVITY_REF), 1.0, _MAX_GAIN)
    return np.asarray(gain * np.float32(_FLAT_RMS), dtype=np.float32)


def _flatness(gain: FloatArray) -> FloatArray:
    """1 where the masking left the flat-area strength (no texture to hide in), fading to 0 at twice it: where
    the low layer goes."""
    return np.asarray(np.clip(2 - gain * np.float32(1 / _FLAT_RMS), 0, 1), dtype=np.float32)


def _min_filter(values: FloatArray, width: int) -> FloatArray:
    """Separable minimum over a width x width window (edge-padded)."""
    r = width // 2
    padded = np.pad(values, r, mode="edge")
    rows = padded[0:values.shape[0]]
    for i in range(1, width):
        rows = np.minimum(rows, padded[i:i + values.shape[0]])
    out = rows[:, 0:values.shape[1]]
    for i in range(1, width):
        out = np.minimum(out, rows[:, i:i + values.shape[1]])
    return np.asarray(out, dtype=np.float32)


def _add_to_channels(rgb: Image.Image, delta: FloatArray, factor: int, headroom: bool) -> Image.Image:
    """clip(headroom(rgb) + delta) on all three channels, with the full-size work done by three Pillow passes.

    The mark is rounded to whole grey levels on the analysis grid and stored offset by 128 in an 8-bit plane; a
    bilinear 8-bit resize takes it to full size (for factor > 1) and one saturating `ImageChops.add` with offset
    -128 applies it. So no full-size float plane is ever made: at 4K a float path writes ~0.7 GB of
    temporaries and spends most of its time in page faults. Rounding before the upsample costs ~0.1 grey level
    of extra error where the interpolation falls between two levels, nothing at 1K.

    Headroom (asked for where more than _HEADROOM_MIN of the channel values are 0 or 255; a full-size pass, so
    not on every image): channels are first clamped to [1, 254], so pure white or black areas (page backgrounds,
    line art) keep the sign of every chip instead of losing half the mark to clipping, at the cost of one grey
    level there.
    """
    levels = np.clip(np.rint(delta) + 128, 0, 255).astype(np.uint8)
    offset = Image.fromarray(levels, "L")
    if factor > 1:
        offset = offset.resize(rgb.size, Image.Resampling.BILINEAR,
                               box=(0, 0, rgb.width / factor, rgb.height / factor))
    base = rgb.point(_HEADROOM) if headroom else rgb
    return ImageChops.add(base, Image.merge("RGB", (offset, offset, offset)), 1.0, -128)
