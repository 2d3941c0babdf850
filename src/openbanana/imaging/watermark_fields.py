"""The detector's view of a received image: its detail-sign fields and the geometries worth trying first.

Why a module of its own: everything the detector knows about the pixels passes through here once (gain, offset,
JPEG blocks and clipping are taken out); the search after it sees only signs.

2. Integer box-reduction so a chip is ~4 px (2K/4K cost what 1K does), then `sign(y - blur(y))`: a high-pass whose
   sign makes detection invariant to gain and offset (brightness) and robust to strong image detail. The JPEG
   8x8 block pattern is removed by subtracting the means per (row mod 8, column mod 8). When >= 50 % of the
   samples are clipped (0 or 255: a light page after +20 % brightness), a second, edge-preserving field is
   made too: each unclipped sample against the mean of its unclipped neighbours within 12 grey levels, so a
   glyph's stroke is compared with itself rather than with the white around it. Its folds are extra candidates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter

from openbanana.imaging.sizes import ASPECT_RATIOS, target_size
from openbanana.imaging.watermark_tile import _CANON, _CHIP, _N, FloatArray, _box, _grid_scale

_MIN_KEEP = 0.8  # a canonical image may have lost up to 20 % of one side
_MAX_CANDIDATES = 16
_SATURATED_MIN = 0.5  # share of clipped (0 or 255) samples above which the edge-preserving high-pass is used
_RANGE = 12.0  # grey levels: a neighbour further than this from a sample's value is left out of its reference
_RANGE_SAMPLES = 200_000  # cap on the samples the edge-preserving high-pass visits (its cost is per sample)
_RANGE_MIN_SAMPLES = 4096  # fewer unclipped samples than this: no edge-preserving variant
_EDGE_FLAT_MIN = 0.3  # share of samples within 0.5 grey levels of their 3x3 mean: the edge stage runs from here
_FIXED_CANDIDATES = 4  # of the fixed guesses (a pure resize first), per field
_REDUCED_CHIP_MIN = 3.0  # px: the integer box-reduction keeps the smallest expected chip at least this wide
_MEDIAN_WINDOW = 5  # samples: the median field's window (`_median_field`)


@dataclass(frozen=True)
class _Prepared:
    """The detail-sign fields of a received image and the geometry a pure resize would have."""

    fields: list[FloatArray]
    fixed_chips: list[float]  # field px
    plain_period: float  # field px


def _prepare(image: Image.Image) -> _Prepared:
    rgb = image.convert("RGB")
    plain_chip, factor = _reduction(rgb)
    fields = _detail_signs(_gray(rgb, factor), plain_chip * 1.4 / factor, factor)
    fixed = [q / factor for q in _chip_candidates(*rgb.size)][:_FIXED_CANDIDATES]
    return _Prepared(fields, fixed, _N * plain_chip / factor)


def _reduction(rgb: Image.Image) -> tuple[float, int]:
    """(the chip in received px if the image were only resized, the integer box-reduction the fields are made at)."""
    plain_chip = _CHIP * math.sqrt(rgb.width * rgb.height) / _CANON
    return plain_chip, max(1, int(plain_chip / _REDUCED_CHIP_MIN))


def _edge_field(image: Image.Image) -> FloatArray | None:
    """The edge-preserving field of any image, clipped or not (None with too few unclipped samples).

    Why: on a text page, a checkerboard or a flat poster shrunk to 0.3-0.5x and WebP-compressed, the codec leaves
    nothing of the mark on the flat areas, and what it keeps in the blocks with strokes (their texture dithers the
    quantiser) is swamped in the plain high-pass by the strokes' own edges. Compared only with neighbours within
    _RANGE grey levels, a stroke's pixels and the paper's are each read against themselves: at the geometry the
    attack applied, such draws that read 4.1-4.5 in the plain field read 6.2-9.6 here and decode. Only images
    with at least _EDGE_FLAT_MIN of their samples flat get it (a textured photo's field would be the plain one's,
    at the cost of a second scan)."""
    rgb = image.convert("RGB")
    plain_chip, factor = _reduction(rgb)
    y = _gray(rgb, factor)
    free = (y < 254.5) & (y > 0.5)
    flat_share = float(np.mean(np.abs(y - _box(y, 3)) < 0.5))
    if int(np.count_nonzero(free)) < _RANGE_MIN_SAMPLES or flat_share < _EDGE_FLAT_MIN:
        return None
    width = 5 if plain_chip * 1.4 / factor >= 3 else 3
    return _remove_grid(_range_signs(y, free, width - 1), factor)


def _median_field(image: Image.Image) -> FloatArray:
    """sign(y - the median of its 5x5 window), JPEG grid removed: the last stage's second field, on any image.

    Why: the plain high-pass compares a sample with a box mean that a bright edge, a checkerboard's square or a
    blade of grass drags far off; a median follows the content's own level on either side of an edge and ignores
    the mark's small chips. At the geometry the attack applied it reads 26 of the 32 tuning draws of the images that
    hold the misses, against 22 for the plain and the edge fields, among them a checkerboard upscaled 1.86x with a
    screenshot's double resample and grass resized with nearest neighbours, which neither of those reads."""
    rgb = image.convert("RGB")
    factor = _reduction(rgb)[1]
    y = _gray(rgb, factor)
    median = np.asarray(Image.fromarray(y, "F").filter(ImageFilter.MedianFilter(_MEDIAN_WINDOW)), dtype=np.float32)
    return _remove_grid(np.sign(y - median).astype(np.float32), factor)


def _gray(rgb: Image.Image, factor: int) -> FloatArray:
    """Luma (ITU-R 601) as float, box-reduced by an integer factor without rounding the means."""
    gray = rgb.convert("L").convert("F")
    return np.asarray(gray if factor == 1 else gray.reduce(factor), dtype=np.float32)


def _chip_candidates(width: int, height: int) -> list[float]:
    """Chip sizes (received px) worth trying: the image's own scale, then canonical sizes with one side cropped."""
    found = [_CHIP * _grid_scale(width, height)]
    slack = 1.0 + 1.5 / min(width, height)
    for ratio in ASPECT_RATIOS:
        base = target_size(ratio, "1K")
        chip = _CHIP * _grid_scale(base.width, base.height)
        for scale, rest in ((width / base.width, height * base.width / (width * base.height)),
                            (height / base.height, width * base.height / (height * base.width))):
            if _MIN_KEEP <= rest <= slack:
                found.append(chip * scale)
    unique: list[float] = []
    for q in found:
        if q >= 1.2 and all(abs(q / u - 1) > 5e-4 for u in unique):
            unique.append(q)
    return unique[:_MAX_CANDIDATES] or [found[0]]


def _detail_signs(y: FloatArray, chip: float, factor: int) -> list[FloatArray]:
    """sign(high-pass(y)) with the JPEG 8x8 grid pattern removed; plus an edge-preserving variant if y is clipped."""
    width = 5 if chip >= 3 else 3
    fields = [_remove_grid(np.sign(y - _box(_box(y, width), width)).astype(np.float32), factor)]
    free = (y < 254.5) & (y > 0.5)
    unclipped = int(np.count_nonzero(free))
    if unclipped <= (1 - _SATURATED_MIN) * free.size and unclipped >= _RANGE_MIN_SAMPLES:
        fields.append(_remove_grid(_range_signs(y, free, width - 1), factor))
    return fields


def _range_signs(y: FloatArray, free: npt.NDArray[np.bool_], radius: int) -> FloatArray:
    """sign(y - mean of the unclipped neighbours within _RANGE grey levels) on unclipped samples, 0 elsewhere.

    Why: after +20 % brightness a light page is one flat 255 with the mark left only in the glyphs. A plain
    high-pass there is all glyph edge (a dark stroke against white), but the stroke's own pixels, compared only
    with each other, still carry the mark (~4 grey levels on text). On slopes and texture this rule picks
    neighbours that follow the sample's own value, mark included, and loses the mark: there the plain high-pass
    is the better statistic, which is why the detector tries both. Same triangle window as the plain high-pass;
    at most _RANGE_SAMPLES samples (a fixed pseudo-random subset), as the cost is per sample.
    """
    rows, cols = y.shape
    index = np.flatnonzero(free)
    if index.size > _RANGE_SAMPLES:
        index = np.sort(np.random.default_rng(0).choice(index, _RANGE_SAMPLES, replace=False))
    stride = cols + 2 * radius
    far = np.float32(1e6)  # clipped samples and the border: never within _RANGE of anything
    padded = np.pad(np.where(free, y, far), radius, constant_values=far).ravel()
    row, col = np.divmod(index, cols)
    centre = (row + radius) * stride + col + radius
    value = y.ravel()[index]
    total = np.zeros(index.size, dtype=np.float32)
    for dy in range(-radius, radius + 1):
        inner = np.zeros(index.size, dtype=np.float32)
        for dx in range(-radius, radius + 1):
            diff = value - padded[centre + (dy * stride + dx)]
            inner += np.float32(radius + 1 - abs(dx)) * (diff * (np.abs(diff) <= _RANGE))
        total += np.float32(radius + 1 - abs(dy)) * inner
    signs = np.zeros(rows * cols, dtype=np.float32)
    signs[index] = np.sign(total)
    return signs.reshape(rows, cols)


def _remove_grid(signs: FloatArray, factor: int) -> FloatArray:
    """Subtract the mean per (row mod 8, column mod 8) class: the JPEG block pattern, not the mark."""
    period = 8 // factor if 8 % factor == 0 else 0
    if period > 1:
        rows, cols = signs.shape
        cls = (np.arange(rows) % period)[:, None] * period + (np.arange(cols) % period)[None, :]
        counts = np.maximum(np.bincount(cls.ravel(), None, period * period), 1)
        means = np.bincount(cls.ravel(), signs.ravel(), period * period) / counts
        signs -= means.astype(np.float32)[cls]
    return np.asarray(signs, dtype=np.float32)
