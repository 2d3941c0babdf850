"""Invisible, keyed watermark: a tiled spread-spectrum mark on luminance, folded and FFT-correlated to detect.

Payload: `WatermarkPayload` = 16-bit issuer id + 32-bit image id (the image record is looked up by both) + 2
format-version bits, XOR-whitened by a key-derived sequence. Three formats, all still read:

* Version 2 (written since 2026-12-03, latest): the version bits and the image id only (34 bits) + a CRC-24 over
  version, issuer and image id, the same K = 15 rate-1/4 code: 288 code bits of ~10.7 chips each. The issuer is
  checked, not carried: the reading server passes its own (`detect_watermark(..., issuer)`, the configured
  `watermark_issuer`), and a mark made under another issuer reads as a failed check. The trade: 16 fewer carried
  bits buy 8 more check bits, and with them version 2 needs no score threshold at all (its check alone passes noise
  with 2^-26 per read, 6e-8 per image at 4 reads), while each code bit still gets more chips than version 1's; a
  server that changes its issuer no longer reads its earlier version-2 marks (versions 0 and 1 carry theirs).
* Version 1 (written earlier on 2026-12-03): the 50 bits + a CRC-16, K = 15 rate-1/4 convolutional code with a zero
  tail (`imaging.convolutional`), 320 code bits of ~9.6 chips each, read by soft-decision Viterbi on the chip
  sums themselves. Why: damaged marks (a downscale to 0.33-0.6x, then JPEG/WebP) read 15-30 % of their code
  bits' signs wrong, where the hard-decision capacity is below version 0's rate; the soft decoder recovers marks
  with up to ~28 % of the signs wrong, and the CRC (with the version bits, 2^-18 for a random word) is what tells
  a decode from noise, which also lets a version-1 payload count from a lower score (CHECKED_THRESHOLD, below).
* Version 0 (before): BCH(127, 50, t=13) (`imaging.ecc`), hard then Chase-II soft decoding. Still read: the pilots,
  chip signs, tile offset and data-chip positions are shared, only which code bit a data chip carries differs.

Embedding (why each step):

* Canonical grid. One canonical pixel is g = max(sqrt(W*H)/1024, 0.5) image pixels, so 1K, 2K and 4K outputs
  carry the same pattern at the same relative scale, and a plain resize is undone by recomputing g.
* Tile. A key-seeded 64x64 grid of +-1 chips, 4 canonical px each (256 px), repeated over the image. A quarter of
  the chips are pilots (known signs: the synchronisation pattern); the other 3072 carry the 127 code bits, ~24
  chips per bit per tile, placed by a key-seeded permutation. Repetition makes cropping harmless: folding the
  image modulo the tile turns a crop offset into a cyclic shift, found by one FFT correlation. The tiling starts
  at a whole-chip offset derived from the payload, so an edit of a marked image (which keeps the input's mark
  and gets its own) holds two marks at different shifts, each decodable, rather than two that cancel.
* Spectrum. Chips become triangle pulses and are band-passed to periods of ~6-24 canonical px. Lower frequencies
  are the most visible (mottle) and the detector discards them anyway; higher ones die in JPEG/WebP and in
  downscaling. This band survives JPEG q50 and WebP q80 even on a flat gradient, where codecs zero all that is
  small and fine.
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

Detection:

1. Geometry. In the received image a chip is q = 4*g*s px for an unknown crop and resize. Two sources of
   candidates: (a) fixed guesses, the image's own g (a pure resize) and, since server outputs have one of the 30
   canonical sizes, "one side intact, the other cropped by <= 20 %" for every canonical ratio (at most 4);
   (b) a scan (`_scan`): a crop on any sides only enlarges the chip relative to a pure resize of what is left,
   so the tile period is searched continuously from 0.95x to 2.1x of that (a crop keeping half of each side)
   and over tilts of +-1.2 degrees in a coarse grid (0.4 % period steps, 0.6 degree tilt steps, 2 bins per
   chip up to 48 cycles per tile, nearly all of the band, sampled on interpolated spectrum bins: nearest bins
   lose up to a quarter cycle of phase across the image and ranked the right hypothesis below wrong ones on
   textured or WebP-compressed images; a 1-bin-per-chip grid, used until 2026-12-03, holds only the band's lower
   half, where texture such as grass swamps the mark: it scored the true geometry 3.7-3.9 where the full band
   scores 7.3-7.7, and ranked it ~200th), then the best 6 distinct coarse hypotheses are refined on a 3 x 3
   grid (+-0.15 %, +-0.2 degrees) at full resolution, so tilts up to +-1.4 degrees are found; the best 2 of
   those are read (not scored) at the best alignment of a 3x finer grid around them (`_polished`). Each fold
   there is a few thousand lookups in one zero-padded FFT of the field (`imaging.spectral_fold`), not a pass
   over the pixels; the ~1,000 coarse and the fine grids' hypotheses are ranked by score alone, so they are
   sampled, whitened and correlated in batches as the Hermitian half of their spectra (`_scores`: the
   per-fold scores to rounding, about half the time), and only a winner is folded again in full.
   Translation, in both axes, is the cyclic shift of step 3, so crops from any sides cost nothing more.
2. Integer box-reduction so a chip is ~4 px (2K/4K cost what 1K does), then `sign(y - blur(y))`: a high-pass whose
   sign makes detection invariant to gain and offset (brightness) and robust to strong image detail. The JPEG
   8x8 block pattern is removed by subtracting the means per (row mod 8, column mod 8). When >= 50 % of the
   samples are clipped (0 or 255: a light page after +20 % brightness), a second, edge-preserving field is
   made too: each unclipped sample against the mean of its unclipped neighbours within 12 grey levels, so a
   glyph's stroke is compared with itself rather than with the white around it. Its folds are extra candidates.
3. At each candidate, fold all pixels into a 128x128 accumulator (2 bins per chip; for the scan, its DFT sampled
   from the field's spectrum), whiten its spectrum (divide by the 3x3-smoothed magnitude), apply the embedding
   band-pass, and correlate with the pilots over all 16384 cyclic shifts. Score = best peak / standard deviation
   over all shifts (a z-score); its position is the crop offset.
4. At the best two candidates, the signed chip sums are gathered per code bit and un-whitened: at any score they
   are read as version 2 (Viterbi, version bits 10, CRC-24 with the reading server's issuer), from
   `CHECKED_THRESHOLD` on as version 1 (Viterbi, CRC, version bits 01), and from the stage's own threshold also as
   version 0 (BCH, version bits 00): the fixed guesses' (`SCORE_THRESHOLD`) or, once the scan
   has run, the scan's (`SCAN_THRESHOLD`, below). `found` = one of those reads checks out.

Threshold calibration (bench/watermark.py, docs/benchmarks.md). Unmarked, a candidate's score is the maximum of
16384 weakly correlated near-Gaussian values: Gumbel domain, exponential upper tail. On 1,168 unmarked images
(synthetic variety, every skimage.data photograph with random crops and resizes, draft renders, 30 % of them
JPEG-compressed) an exponential was fitted to the top 10 % of the per-candidate scores (peaks over threshold; a
generalised Pareto fit gives a shape within +-0.1 of 0, i.e. no heavier tail) and its scale raised to the 95 %
upper confidence bound; an independent set of 1,168 (another seed) puts the same fit's threshold lower (8.1).
The per-candidate threshold (8.57, `SCORE_THRESHOLD`) is where that tail gives 1e-6 / 16, so an image has a <=
1e-6 chance of crossing it even if all 16 candidates were tried (Bonferroni; candidate = one fold of one field at
one scale, and the clipped-image field only uses what the 16 leave). For that field the unmarked set now also holds
200 brightened, mostly clipped images (1,368 in all); refitted on it (and on an independent 1,368) the tail puts
the 1e-6 threshold at 8.36 (8.08), below the constants' 8.57, so they stand. With the scan (step 1 (b)) an image's
score is the maximum over hundreds of correlated, data-selected hypotheses, so the per-candidate Bonferroni
argument no longer covers it; the per-image maximum does, and it was refitted (bench/watermark.py's "per-image-max
fit"; docs/benchmarks.md): on 342 unmarked images (every 4th of its set) the scan puts the per-image p90 at 5.06
(the fixed candidates alone had p99 5.19) but the tail stays steep (scale 0.21, 95 % upper 0.28), and its 1e-6
threshold, 8.23 (8.40 on an independent 342, seed 777; 8.43 on the other 684 of seed 20261123), stays below 8.57,
so the constants stand; a 112-image quick set fits 9.00 (11 exceedances).
The wider scan (interpolated coarse bins, tilts to +-1.4 degrees, 6 refined hypotheses) raised the per-image
maxima (p90 5.06 -> 5.58 on every 4th image of seed 20261123) and an independent 342 (seed 777) put the 1e-6
point at 8.91, above 8.57. So the two stages now have their own thresholds: the fixed guesses keep
`SCORE_THRESHOLD` (8.57; their own per-image estimate there is <= 2.3e-7), and the scan, run only when they do not
decode, needs `SCAN_THRESHOLD`, where the per-image-maximum tail of the whole search (`_IMAGE_TAIL_*`, the highest
of the fits in docs/benchmarks.md) gives what the fixed stage (2.3e-7) and the version-1 route leave of the 1e-6:
6.7e-7, so 9.03 (8.99 before version 1). Those two routes are bounded by the score alone; a version-0 payload must
also decode (for random bits ~2e-5: 2 peaks x 33 hard decodes x V(127, 13) / 2^77 x 1/4 for the version bits), an
extra factor not counted. The version-1 route is bounded by score and check together: at most `_CHECKED_READS` (4)
words are read per image, each passing the CRC-16 and version bits by chance with 2^-18, so `CHECKED_THRESHOLD`
(6.39) is where the per-image tail times 4 x 2^-18 is 1e-7 (bench/watermark.py counts those checks on unmarked
images with no score threshold at all). The full-band coarse grid (2026-12-03) ranks unmarked images' hypotheses
on more of the band too (per-image p90 5.58 -> 5.77 on every 4th image of seed 20261123); that refit puts the 1e-6
point at 8.35 and totals 4.7e-7 with the three routes, and the constants, more conservative above 6.39, stand.
Version 2 (2026-12-03, latest) adds a fourth route that needs no fit: 4 reads x 2^-26 = 6e-8 <= its 1e-7 share
at any score (`V2_THRESHOLD` = 0); the scan's share goes 6.7e-7 -> 5.7e-7, so `SCAN_THRESHOLD` 9.03 -> 9.07
(it only decides version-0 marks now), and the total stays <= 1e-6 over all four.
`confidence` = min(1, -log10(p) / 12) for the estimated false-positive probability p of the score (the tail of the
route that decided, times the check's chance for versions 1 and 2), scaled so each route's threshold reads 0.5
(version 2 at a low score reads ~0.52: its check alone); 1 at p <= 1e-12. It is about the mark being present;
`found` also needs the exact payload, so a damaged mark can read found=False with a confidence above 0.5.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageChops

from openbanana.imaging.convolutional import ConvolutionalCode, crc, from_octal
from openbanana.imaging.ecc import BCHCode, bits_to_int, int_to_bits
from openbanana.imaging.sizes import ASPECT_RATIOS, target_size
from openbanana.imaging.spectral_fold import FieldSpectrum

FloatArray = npt.NDArray[np.float32]
Float64Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

ISSUER_BITS = 16
IMAGE_ID_BITS = 32
_VERSION_BITS = 2
_VERSION = 2  # what embedding writes; versions 0 (BCH) and 1 (the issuer in the mark) are still read
DEFAULT_ISSUER = 1  # the server's issuer when none is configured (config.py's default): what detection checks

# Geometry (canonical pixels unless stated).
_CANON = 1024.0  # sqrt(W*H) of a canonical image at g = 1
_G_MIN = 0.5  # below 512x512 the grid stops shrinking with the image (chips stay >= 2 px)
_N = 64  # chips per tile side
_CHIP = 4  # canonical px per chip
_TILE = _N * _CHIP
_BINS = 2 * _N  # fold resolution: 2 accumulator bins per chip
_PILOT_FRACTION = 0.25
_BAND_LOW = 1 / 16  # high-pass corner of the mark's spectrum, cycles per canonical px
_BAND_HIGH = 1 / 5  # low-pass corner

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

# Detection search.
_MIN_KEEP = 0.8  # a canonical image may have lost up to 20 % of one side
_MAX_CANDIDATES = 16
_CANDIDATES = _MAX_CANDIDATES
_SATURATED_MIN = 0.5  # share of clipped (0 or 255) samples above which the edge-preserving high-pass is used
_RANGE = 12.0  # grey levels: a neighbour further than this from a sample's value is left out of its reference
_RANGE_SAMPLES = 200_000  # cap on the samples the edge-preserving high-pass visits (its cost is per sample)
_RANGE_MIN_SAMPLES = 4096  # fewer unclipped samples than this: no edge-preserving variant
_FIXED_CANDIDATES = 4  # of the fixed guesses (a pure resize first), per field
_COARSE_STEP = 0.004  # relative period step of the scan's coarse grid
_COARSE_TILTS = (-1.2, -0.6, 0.0, 0.6, 1.2)  # degrees; with the fine steps the scan covers +-1.4
_COARSE_CYCLES = 48  # cycles per tile: the coarse grid's highest frequency (2 bins per chip; the band ends ~51)
_REFINED = 6  # coarse hypotheses refined
_FINE_STEPS = (-0.0015, 0.0, 0.0015)
_FINE_TILTS = (-0.2, 0.0, 0.2)
_SCORE_BATCH = 16  # hypotheses scored per batch (~3 MB of working arrays: they stay in cache)
_POLISHED = 2  # the best refined hypotheses (the ones decoded) also read at a 3x finer alignment
_REDUCED_CHIP_MIN = 3.0  # px: the integer box-reduction keeps the smallest expected chip at least this wide
_PERIOD_MIN, _PERIOD_MAX = 0.95, 2.1  # tile period searched, relative to a pure resize's (a crop only enlarges it)
_DECODE_TRIES = 2
_CHASE_BITS = 5  # 32 hard decodes at most, only when the plain hard decision fails

_CODE = BCHCode(7, 13)  # version 0: n = 127, k = 50
# Version 1: version + issuer + image id + a CRC-16, K = 15 rate 1/4 (the Galileo code's generators), zero tail.
_CRC_BITS = 16
_CRC_POLY = 0x8005  # CRC-16/ARC's polynomial
_CONV = ConvolutionalCode(tuple(from_octal(o, 15) for o in ("46321", "51271", "63667", "70535")), 15)
_V1_DATA = _VERSION_BITS + ISSUER_BITS + IMAGE_ID_BITS
_V1_LENGTH = _CONV.length(_V1_DATA + _CRC_BITS)  # 320 code bits, ~9.6 chips each
# Version 2: version + image id + a CRC over version, issuer and image id (the issuer is checked, not carried).
_V2_DATA = _VERSION_BITS + IMAGE_ID_BITS
_V2_CRC_BITS = 24
_V2_CRC_POLY = 0x864CFB  # CRC-24/OpenPGP's polynomial
_V2_LENGTH = _CONV.length(_V2_DATA + _V2_CRC_BITS)  # 288 code bits, ~10.7 chips each

# Calibrated upper tail of the per-candidate score on unmarked images (bench/watermark.py, peaks over threshold):
# P(score > s) = _TAIL_FRACTION * exp(-(s - _TAIL_START) / _TAIL_SCALE) for s > _TAIL_START.
_TAIL_START = 4.36  # the 90th percentile
_TAIL_FRACTION = 0.1
_TAIL_SCALE = 0.295  # mean excess 0.270 over 313 exceedances, raised to its one-sided 95 % upper confidence bound
_FALSE_POSITIVE_TARGET = 1e-6
# The fixed guesses' threshold: where that tail gives 1e-6 / 16 (Bonferroni over the 16 candidates).
SCORE_THRESHOLD = _TAIL_START + _TAIL_SCALE * math.log(_TAIL_FRACTION * _MAX_CANDIDATES / _FALSE_POSITIVE_TARGET)
# The scan's: an image's best score over the whole search (fixed guesses and the scan), fitted on the per-image
# maxima of unmarked images (the scan's hypotheses are too many and too correlated for a per-candidate bound);
# the highest of three fits (bench/watermark.py's set, every 4th image: seed 777; docs/benchmarks.md). It gets
# what the fixed stage leaves of the 1e-6: that stage's own per-image estimate at its threshold is <= 2.3e-7.
_FIXED_STAGE_FALSE_POSITIVE = 2.3e-7
_IMAGE_TAIL_START = 5.607  # the 90th percentile of the per-image maximum
_IMAGE_TAIL_SCALE = 0.2872  # mean excess 0.223 over 33 exceedances, raised to its one-sided 95 % upper bound
# A version-1 or 2 payload also has to pass its CRC and version bits: a random word does with probability
# 2^-(CRC + 2), and at most _CHECKED_READS peaks are read per image in each format, so such a payload is accepted
# from a lower score, where the per-image tail times that chance is _CHECKED_FALSE_POSITIVE of the 1e-6 per format:
# version 1 (CRC-16) from CHECKED_THRESHOLD, version 2 from V2_THRESHOLD (0 when its check alone is that strong).
_CHECKED_READS = 2 * _DECODE_TRIES  # the fixed stage's best two and the whole search's best two
_CHECK_FALSE_ACCEPT = _CHECKED_READS * 2.0 ** -(_CRC_BITS + _VERSION_BITS)  # version 1's, per image
_V2_CHECK_FALSE_ACCEPT = _CHECKED_READS * 2.0 ** -(_V2_CRC_BITS + _VERSION_BITS)  # version 2's, for one issuer
_CHECKED_FALSE_POSITIVE = 1e-7  # per checked format
_SCAN_FALSE_POSITIVE = _FALSE_POSITIVE_TARGET - _FIXED_STAGE_FALSE_POSITIVE - 2 * _CHECKED_FALSE_POSITIVE
SCAN_THRESHOLD = _IMAGE_TAIL_START + _IMAGE_TAIL_SCALE * math.log(_TAIL_FRACTION / _SCAN_FALSE_POSITIVE)


def _checked_threshold(false_accept: float) -> float:
    """The lowest score from which a payload whose check passes noise with `false_accept` per image keeps the
    image's chance of a false payload <= _CHECKED_FALSE_POSITIVE (0: at any score)."""
    if false_accept <= _CHECKED_FALSE_POSITIVE:
        return 0.0
    return _IMAGE_TAIL_START + _IMAGE_TAIL_SCALE * math.log(_TAIL_FRACTION * false_accept / _CHECKED_FALSE_POSITIVE)


CHECKED_THRESHOLD = _checked_threshold(_CHECK_FALSE_ACCEPT)
V2_THRESHOLD = _checked_threshold(_V2_CHECK_FALSE_ACCEPT)

_HEX = re.compile(r"^\s*([0-9a-fA-F]{4})[-:\s]?([0-9a-fA-F]{8})\s*$")


@dataclass(frozen=True)
class WatermarkPayload:
    """What a mark carries: `issuer` (16 bits, operator-configured) and `image_id` (32 bits, per image)."""

    issuer: int
    image_id: int

    def __post_init__(self) -> None:
        if not 0 <= self.issuer < 1 << ISSUER_BITS:
            raise ValueError(f"issuer must fit in {ISSUER_BITS} bits")
        if not 0 <= self.image_id < 1 << IMAGE_ID_BITS:
            raise ValueError(f"image_id must fit in {IMAGE_ID_BITS} bits")

    def to_hex(self) -> str:
        """The form shown to users: 4 hex digits of issuer, a dash, 8 hex digits of image id."""
        return f"{self.issuer:04x}-{self.image_id:08x}"

    @classmethod
    def from_hex(cls, text: str) -> WatermarkPayload:
        match = _HEX.match(text)
        if match is None:
            raise ValueError(f"not a watermark payload: {text!r}")
        return cls(int(match.group(1), 16), int(match.group(2), 16))


@dataclass(frozen=True)
class WatermarkDetection:
    """Result of `detect_watermark`; `score` is the raw statistic, `confidence` its calibrated reading."""

    found: bool
    confidence: float
    payload: WatermarkPayload | None
    score: float


# ---------------------------------------------------------------------------------------------- keyed patterns


@dataclass(frozen=True)
class _Keyed:
    """Everything derived from the key: chip signs, chip roles, whitening and the detector's filters."""

    signs: Float64Array  # (N, N) of +-1
    role: IntArray  # (N, N): -1 = pilot, else the code-bit index (version 0)
    whitening: npt.NDArray[np.uint8]  # (127,) XORed onto the codeword (version 0)
    band128: Float64Array  # embedding spectrum sampled at the fold resolution
    pilot_spectrum: npt.NDArray[np.complex128]  # conj(FFT) of the pilot chips at the fold resolution
    band_mask: npt.NDArray[np.bool_]  # where band128 is worth sampling
    coarse_mask: npt.NDArray[np.bool_]  # band_mask up to _COARSE_CYCLES: what the scan's coarse grid samples
    role1: IntArray  # (N, N): -1 = pilot, else the code-bit index (version 1: same pilots, same data chips)
    whitening1: npt.NDArray[np.uint8]  # (_V1_LENGTH,)
    role2: IntArray  # (N, N): version 2's code-bit index (same pilots, same data chips)
    whitening2: npt.NDArray[np.uint8]  # (_V2_LENGTH,)

    def layout(self, version: int) -> tuple[IntArray, npt.NDArray[np.uint8]]:
        """(chip roles, whitening) of payload format `version`."""
        return ((self.role, self.whitening), (self.role1, self.whitening1), (self.role2, self.whitening2))[version]


@lru_cache(maxsize=32)
def _keyed(key: bytes) -> _Keyed:
    seed = int.from_bytes(hashlib.sha256(b"openbanana-watermark-v1\0" + key).digest()[:16], "little")
    rng = np.random.default_rng(seed)
    signs = rng.choice(np.array([-1.0, 1.0]), (_N, _N))
    order = rng.permutation(_N * _N)
    pilots = round(_PILOT_FRACTION * _N * _N)
    flat_role = np.empty(_N * _N, dtype=np.int64)
    flat_role[order[:pilots]] = -1
    flat_role[order[pilots:]] = np.arange(_N * _N - pilots) % _CODE.n
    role = flat_role.reshape(_N, _N)
    whitening = rng.integers(0, 2, _CODE.n).astype(np.uint8)
    pilot_chips = np.where(role < 0, signs, 0.0)
    pilot_bins = np.kron(pilot_chips, np.ones((2, 2)))
    band128 = _band(_BINS)
    band_mask = band128 > 1e-3 * band128.max()
    cycles = np.abs(np.fft.fftfreq(_BINS) * _BINS)
    low = np.maximum(cycles[:, None], cycles[None, :]) <= _COARSE_CYCLES
    flat_role1 = flat_role.copy()
    flat_role1[order[pilots:]] = np.arange(_N * _N - pilots) % _V1_LENGTH
    whitening1 = rng.integers(0, 2, _V1_LENGTH).astype(np.uint8)  # drawn last: version 0's draws stay as they were
    flat_role2 = flat_role.copy()
    flat_role2[order[pilots:]] = np.arange(_N * _N - pilots) % _V2_LENGTH
    whitening2 = np.random.default_rng([seed, 2]).integers(0, 2, _V2_LENGTH).astype(np.uint8)  # its own stream
    return _Keyed(signs, role, whitening, band128, np.conj(np.fft.fft2(pilot_bins)), band_mask, low & band_mask,
                  flat_role1.reshape(_N, _N), whitening1, flat_role2.reshape(_N, _N), whitening2)


def _band(size: int, low: float = _BAND_LOW, high: float = _BAND_HIGH) -> Float64Array:
    """The mark's spectrum shaping on a size x size tile grid: triangle chip pulse times a band-pass (corners in
    cycles per canonical px)."""
    f = np.fft.fftfreq(size) * size / _TILE  # cycles per canonical px
    pulse = np.sinc(f * _CHIP)
    radius2 = f[:, None] ** 2 + f[None, :] ** 2
    band = (1 - np.exp(-0.5 * radius2 / low**2)) * np.exp(-0.5 * radius2 / high**2)
    return np.asarray(pulse[:, None] * pulse[None, :] * band, dtype=np.float64)


def _data_bits(payload: WatermarkPayload, version: int) -> npt.NDArray[np.uint8]:
    """Version, issuer and image id: all carried (versions 0 and 1) or what version 2's CRC covers."""
    return np.concatenate([
        int_to_bits(version, _VERSION_BITS),
        int_to_bits(payload.issuer, ISSUER_BITS),
        int_to_bits(payload.image_id, IMAGE_ID_BITS),
    ])


def _carried_v2(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """What version 2 carries of `_data_bits`: the version and the image id, not the issuer."""
    return np.concatenate([data[:_VERSION_BITS], data[_VERSION_BITS + ISSUER_BITS:]])


def _codeword(payload: WatermarkPayload, keyed: _Keyed, version: int = _VERSION) -> npt.NDArray[np.uint8]:
    """The whitened code bits of `payload` in format `version` (0: BCH, 127 bits; 1: CRC + convolutional, 320
    bits; 2: the same code on the version and image id with a CRC that also covers the issuer, 256 bits)."""
    data = _data_bits(payload, version)
    if version == 0:
        return _CODE.encode(data) ^ keyed.whitening
    if version == 1:
        return _CONV.encode(np.concatenate([data, crc(data, _CRC_BITS, _CRC_POLY)])) ^ keyed.whitening1
    check = crc(data, _V2_CRC_BITS, _V2_CRC_POLY)
    return _CONV.encode(np.concatenate([_carried_v2(data), check])) ^ keyed.whitening2


def _chips(payload: WatermarkPayload, keyed: _Keyed, version: int = _VERSION) -> Float64Array:
    """The tile's +-1 chips: pilots as they are, data chips carrying their code bit's sign."""
    code = _codeword(payload, keyed, version).astype(np.float64)
    role = keyed.layout(version)[0]
    return keyed.signs * np.where(role >= 0, 2 * code[np.maximum(role, 0)] - 1, 1.0)


def _canonical_tile(chips: Float64Array, band: tuple[float, float] = (_BAND_LOW, _BAND_HIGH)) -> FloatArray:
    """One 256x256 tile of the mark at 1 canonical px per sample, unit RMS, band-passed to `band`."""
    boxes = np.kron(chips, np.ones((_CHIP, _CHIP)))
    shaped = np.fft.ifft2(np.fft.fft2(boxes) * _band(_TILE, *band)).real
    return np.asarray(shaped / shaped.std(), dtype=np.float32)


# ---------------------------------------------------------------------------------------------- small filters


def _box(y: FloatArray, width: int) -> FloatArray:
    """Separable box mean with edge padding; plain slicing beats scipy.ndimage at these widths."""
    r = width // 2
    padded = np.pad(y, r, mode="edge")
    rows = sum(padded[i:i + y.shape[0]] for i in range(1, width))
    rows = padded[0:y.shape[0]] + rows
    cols = sum(rows[:, i:i + y.shape[1]] for i in range(1, width))
    out = rows[:, 0:y.shape[1]] + cols
    return np.asarray(out / (width * width), dtype=np.float32)


def _grid_scale(width: int, height: int) -> float:
    return max(math.sqrt(width * height) / _CANON, _G_MIN)


# ---------------------------------------------------------------------------------------------- embedding


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


def _gray(rgb: Image.Image, factor: int) -> FloatArray:
    """Luma (ITU-R 601) as float, box-reduced by an integer factor without rounding the means."""
    gray = rgb.convert("L").convert("F")
    return np.asarray(gray if factor == 1 else gray.reduce(factor), dtype=np.float32)


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


# ---------------------------------------------------------------------------------------------- detection


def detect_watermark(image: Image.Image, key: bytes, issuer: int = DEFAULT_ISSUER) -> WatermarkDetection:
    """Look for a mark made with `key`; see the module docstring for the search and the threshold.

    The fixed guesses are tried first and the scan only when they do not decode: an image that was only resized
    (or not touched) costs one or a few folds. Each stage has its own threshold (the scan's is higher: it tries
    far more hypotheses), together keeping an unmarked image's chance of passing <= 1e-6; a version-1 payload,
    which must also pass its CRC, is accepted from CHECKED_THRESHOLD on in either stage."""
    keyed = _keyed(key)
    prepared = _prepare(image)
    fixed = _fixed_peaks(prepared, keyed)
    tried: dict[int, _Reading | None] = {}  # checked readings by peak: each peak is read once
    reading = _first_payload(fixed, keyed, SCORE_THRESHOLD, _fixed_probability, tried, issuer)
    if reading is not None:
        return WatermarkDetection(True, _confidence(reading.probability), reading.payload, reading.score)
    peaks = sorted(fixed + _scan(prepared.fields[0], prepared.plain_period, keyed), key=lambda p: -p.score)
    reading = _first_payload(peaks, keyed, SCAN_THRESHOLD, _scan_probability, tried, issuer)
    score = max((p.score for p in peaks), default=0.0)
    if reading is not None:
        return WatermarkDetection(True, _confidence(reading.probability), reading.payload, score)
    return WatermarkDetection(False, _confidence(_scan_probability(score)), None, score)


@dataclass(frozen=True)
class _Reading:
    """A payload that checked out, the score it was read at and that score's false-positive estimate."""

    payload: WatermarkPayload
    score: float
    probability: float  # scaled so a route's own threshold reads 1e-6 (confidence 0.5)


def _first_payload(peaks: list[_Peak], keyed: _Keyed, threshold: float, probability: Callable[[float], float],
                   tried: dict[int, _Reading | None], issuer: int) -> _Reading | None:
    """The best `_DECODE_TRIES` peaks: versions 2 and 1 from CHECKED_THRESHOLD, version 0 from the stage's
    `threshold`."""
    for peak in sorted(peaks, key=lambda p: -p.score)[:_DECODE_TRIES]:
        if peak.score < min(threshold, CHECKED_THRESHOLD, V2_THRESHOLD):
            break
        if id(peak) not in tried:
            tried[id(peak)] = _read_checked(peak, keyed, issuer)
        if (reading := tried[id(peak)]) is not None:
            return reading
        if peak.score >= threshold and (payload := _decode_v0(_aligned_chips(peak, keyed), keyed)) is not None:
            return _Reading(payload, peak.score, probability(peak.score))
    return None


def _fixed_probability(score: float) -> float:
    """The fixed stage's estimate (Bonferroni over its candidates), 1e-6 at SCORE_THRESHOLD."""
    return _MAX_CANDIDATES * _null_tail(score)


def _scan_probability(score: float) -> float:
    """The whole search's estimate (per-image maxima), scaled to read 1e-6 at SCAN_THRESHOLD."""
    return _image_tail(score) * _FALSE_POSITIVE_TARGET / _SCAN_FALSE_POSITIVE


def _read_checked(peak: _Peak, keyed: _Keyed, issuer: int) -> _Reading | None:
    """A version-2 or 1 reading of `peak`, each from its own threshold (its chance on an unmarked image: the image
    tail times the check's, scaled so the threshold reads 1e-6)."""
    chips = _aligned_chips(peak, keyed)
    scale = _FALSE_POSITIVE_TARGET / _CHECKED_FALSE_POSITIVE
    if peak.score >= V2_THRESHOLD and (payload := _decode_v2(chips, keyed, issuer)) is not None:
        return _Reading(payload, peak.score, _image_tail(peak.score) * _V2_CHECK_FALSE_ACCEPT * scale)
    if peak.score >= CHECKED_THRESHOLD and (payload := _decode_v1(chips, keyed)) is not None:
        return _Reading(payload, peak.score, _image_tail(peak.score) * _CHECK_FALSE_ACCEPT * scale)
    return None


@dataclass(frozen=True)
class _Peak:
    """The best pilot alignment at one candidate scale."""

    score: float
    shift: tuple[int, int]
    spectrum: npt.NDArray[np.complex128]  # band-filtered FFT of the folded accumulator


@dataclass(frozen=True)
class _Search:
    peaks: list[_Peak]  # best first
    candidates: int


@dataclass(frozen=True)
class _Prepared:
    """The detail-sign fields of a received image and the geometry a pure resize would have."""

    fields: list[FloatArray]
    fixed_chips: list[float]  # field px
    plain_period: float  # field px


def _prepare(image: Image.Image) -> _Prepared:
    rgb = image.convert("RGB")
    plain_chip = _CHIP * math.sqrt(rgb.width * rgb.height) / _CANON  # the chip if the image were only resized
    factor = max(1, int(plain_chip / _REDUCED_CHIP_MIN))
    fields = _detail_signs(_gray(rgb, factor), plain_chip * 1.4 / factor, factor)
    fixed = [q / factor for q in _chip_candidates(*rgb.size)][:_FIXED_CANDIDATES]
    return _Prepared(fields, fixed, _N * plain_chip / factor)


def _fixed_peaks(prepared: _Prepared, keyed: _Keyed) -> list[_Peak]:
    return [_sync(_fold(field, chip), keyed) for field in prepared.fields for chip in prepared.fixed_chips]


def _search(image: Image.Image, key: bytes) -> _Search:
    """Every candidate, fixed and scanned, best first (bench/watermark.py calibrates the threshold on it)."""
    keyed = _keyed(key)
    prepared = _prepare(image)
    peaks = _fixed_peaks(prepared, keyed) + _scan(prepared.fields[0], prepared.plain_period, keyed)
    return _Search(sorted(peaks, key=lambda p: -p.score), _CANDIDATES)


def _scan(signs: FloatArray, plain_period: float, keyed: _Keyed) -> list[_Peak]:
    """Search tile period (continuous, _PERIOD_MIN-_PERIOD_MAX of a pure resize's) and tilt on the field's spectrum:
    a coarse grid at 2 bins per chip on nearly all of the band, then a fine grid around the best few."""
    spectrum = FieldSpectrum(signs)
    periods = []
    period = plain_period * _PERIOD_MIN
    while period <= plain_period * _PERIOD_MAX:
        periods.append(period)
        period *= 1 + _COARSE_STEP
    grid = [(period, tilt) for period in periods for tilt in _COARSE_TILTS]
    scores = _scores(spectrum, grid, keyed.coarse_mask, keyed)
    coarse = sorted(((float(score), period, tilt) for score, (period, tilt) in zip(scores, grid, strict=True)),
                    reverse=True)
    chosen: list[tuple[float, float]] = []
    for _, period, tilt in coarse:  # the best few that are not the same peak seen from a neighbouring step
        if len(chosen) < _REFINED and all(abs(period / p - 1) > 3 * _COARSE_STEP or tilt != t for p, t in chosen):
            chosen.append((period, tilt))
    peaks = [_best_of(spectrum, period, tilt, 1, keyed) for period, tilt in chosen]
    peaks.sort(key=lambda p: -p[0].score)
    return [_polished(spectrum, *peak, keyed) if i < _POLISHED else peak[0] for i, peak in enumerate(peaks)]


def _polished(spectrum: FieldSpectrum, peak: _Peak, period: float, tilt: float, keyed: _Keyed) -> _Peak:
    """`peak` to be decoded at the best alignment of a 3x finer grid around it, its score left as it was.

    Why: a geometry off by a fraction of the fine step still lines the pilots up (the score) while the chips
    drift by part of a chip across the image, which costs a weak mark its payload. The score is kept so the
    false-positive fits (of the ranked hypotheses' scores) and the thresholds keep their meaning."""
    best = _best_of(spectrum, period, tilt, 3, keyed)[0]
    return _Peak(peak.score, best.shift, best.spectrum)


def _best_of(spectrum: FieldSpectrum, period: float, tilt: float, finer: int,
             keyed: _Keyed) -> tuple[_Peak, float, float]:
    """The best-scoring hypothesis of the fine grid (its steps divided by `finer`) around (period, tilt): (its
    peak, period, tilt). All nine are scored in one batch; only the best is folded again in full."""
    grid = [(period * (1 + ds / finer), tilt + dt / finer) for ds in _FINE_STEPS for dt in _FINE_TILTS]
    best_period, best_tilt = grid[int(np.argmax(_scores(spectrum, grid, keyed.band_mask, keyed)))]
    return _peak_at(spectrum, best_period, best_tilt, keyed), best_period, best_tilt


def _peak_at(spectrum: FieldSpectrum, period: float, tilt: float, keyed: _Keyed) -> _Peak:
    folded = spectrum.fold((period, period), tilt, _BINS, keyed.band_mask)
    score, shift, whitened = _sync_spectrum(folded, keyed.band128, keyed.pilot_spectrum)
    return _Peak(score, shift, whitened)


def _scores(spectrum: FieldSpectrum, grid: list[tuple[float, float]], mask: npt.NDArray[np.bool_],
            keyed: _Keyed) -> Float64Array:
    """`_sync_spectrum`'s score of the fold at each (period, tilt) of `grid`, sampled where `mask` is true.

    Why: the scan ranks ~1,000 hypotheses by score alone. Folds of a real field are Hermitian, so each is
    sampled, whitened and correlated as the half spectrum `np.fft.irfft2` takes, in batches: the same scores
    (to rounding) at about half the work of one full fold and correlation each."""
    scores = []
    for start in range(0, len(grid), _SCORE_BATCH):
        periods, tilts = zip(*grid[start:start + _SCORE_BATCH], strict=True)
        half = spectrum.fold_half(np.array(periods), np.array(tilts), _BINS, mask)
        half[:, 0, 0] = 0
        columns = half.shape[2]
        whitened = _whiten_half(half) * keyed.band128[:, :columns]
        used = int(np.flatnonzero(mask[:, :columns].any(axis=0)).max()) + 1  # columns beyond are zeros
        product = whitened[:, :, :used] * keyed.pilot_spectrum[:, :used]
        corr = np.fft.irfft(np.fft.ifft(product, axis=1), n=_BINS, axis=2)  # irfft2, skipping the zero columns
        spread = corr.std(axis=(1, 2))
        peak = corr.max(axis=(1, 2))
        scores.append(np.where(spread > 0, peak / np.where(spread > 0, spread, 1.0), 0.0))
    return np.concatenate(scores)


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


def _fold(signs: FloatArray, chip: float) -> Float64Array:
    """Sum the image modulo the tile at a chip size of `chip` px (one bincount over all pixels)."""
    rows, cols = signs.shape
    index = _bin_index(rows, chip)[:, None] * _BINS + _bin_index(cols, chip)[None, :]
    acc = np.bincount(index.ravel(), weights=signs.ravel(), minlength=_BINS * _BINS)
    return np.asarray(acc, dtype=np.float64).reshape(_BINS, _BINS)


def _bin_index(length: int, chip: float) -> IntArray:
    return np.asarray(np.floor((np.arange(length) + 0.5) * (2 / chip)), dtype=np.int64) % _BINS


def _sync(acc: Float64Array, keyed: _Keyed) -> _Peak:
    """Best cyclic shift of the pilot pattern and its z-score over all shifts."""
    score, shift, spectrum = _sync_spectrum(np.fft.fft2(acc - acc.mean()), keyed.band128, keyed.pilot_spectrum)
    return _Peak(score, shift, spectrum)


def _sync_spectrum(folded: npt.NDArray[np.complex128], band: Float64Array,
                   pilots: npt.NDArray[np.complex128]) -> tuple[float, tuple[int, int], npt.NDArray[np.complex128]]:
    """(z-score, shift, whitened band-passed spectrum) of a fold given as its DFT."""
    folded[0, 0] = 0
    spectrum = _whiten(folded) * band
    corr = np.fft.ifft2(spectrum * pilots).real
    spread = float(corr.std())
    if spread <= 0:
        return 0.0, (0, 0), spectrum
    best = int(np.argmax(corr))
    row, col = divmod(best, corr.shape[1])
    return float(corr.flat[best]) / spread, (row, col), spectrum


def _whiten(spectrum: npt.NDArray[np.complex128]) -> npt.NDArray[np.complex128]:
    """Divide by the locally averaged (3x3 bins, cyclic) magnitude: flattens what the image itself left in the fold."""
    power = spectrum.real**2 + spectrum.imag**2
    return _whitened(spectrum, np.concatenate([power[..., -1:], power, power[..., :1]], axis=-1))


def _whiten_half(half: npt.NDArray[np.complex128]) -> npt.NDArray[np.complex128]:
    """`_whiten` of Hermitian spectra given as their (..., n, n // 2 + 1) halves: the columns beyond either edge
    are the mirrored (conjugate) bins' power."""
    power = half.real**2 + half.imag**2
    size, columns = power.shape[-2], power.shape[-1]
    mirror = -np.arange(size) % size  # row -r: bin (r, -c) is the conjugate of bin (-r, c)
    beyond = size - columns  # column `columns` is column -beyond
    edges = (power[..., mirror, 1:2], power, power[..., mirror, beyond:beyond + 1])
    return _whitened(half, np.concatenate(edges, axis=-1))


def _whitened(spectrum: npt.NDArray[np.complex128], power: Float64Array) -> npt.NDArray[np.complex128]:
    """`spectrum` divided by the square root of its 3x3-averaged `power`, given with one more column each side
    (rows are cyclic)."""
    rows = power + np.roll(power, 1, -2) + np.roll(power, -1, -2)
    smooth = (rows[..., 1:-1] + rows[..., :-2] + rows[..., 2:]) / 9
    return np.asarray(spectrum / np.sqrt(smooth + 1e-9), dtype=np.complex128)


def _decode(peak: _Peak, keyed: _Keyed, issuer: int = DEFAULT_ISSUER) -> WatermarkPayload | None:
    """The payload at the peak's alignment in any format, whatever its score (the bench's diagnosis).

    The checked formats first: a mark of another format passes their check by chance with probability 2^-18 (CRC
    and version bits), where a version-1 or 2 mark read as version 0 would pass BCH's with ~1e-5."""
    chips = _aligned_chips(peak, keyed)
    return _decode_checked(chips, keyed, issuer) or _decode_v0(chips, keyed)


def _decode_checked(chips: Float64Array, keyed: _Keyed, issuer: int) -> WatermarkPayload | None:
    """Version 2 (this issuer's), then version 1: the formats whose CRC tells a mark from noise."""
    return _decode_v2(chips, keyed, issuer) or _decode_v1(chips, keyed)


def _decode_v2(chips: Float64Array, keyed: _Keyed, issuer: int) -> WatermarkPayload | None:
    """Soft Viterbi on the 256 code bits, then the version bits (which must read 2) and the CRC over version,
    `issuer` and image id: a mark another issuer made reads as a failed check, like noise."""
    decoded = _CONV.decode(_soft_bits(chips, keyed, 2))
    carried, check = decoded[:_V2_DATA], decoded[_V2_DATA:_V2_DATA + _V2_CRC_BITS]
    if bits_to_int(carried[:_VERSION_BITS]) != 2:
        return None
    data = np.concatenate([carried[:_VERSION_BITS], int_to_bits(issuer, ISSUER_BITS), carried[_VERSION_BITS:]])
    return _payload(data) if np.array_equal(check, crc(data, _V2_CRC_BITS, _V2_CRC_POLY)) else None


def _decode_v1(chips: Float64Array, keyed: _Keyed) -> WatermarkPayload | None:
    """Soft Viterbi on the 320 code bits, then the CRC and the version bits (which must read 1)."""
    decoded = _CONV.decode(_soft_bits(chips, keyed, 1))
    data, check = decoded[:_V1_DATA], decoded[_V1_DATA:_V1_DATA + _CRC_BITS]
    if np.array_equal(check, crc(data, _CRC_BITS, _CRC_POLY)) and bits_to_int(data[:_VERSION_BITS]) == 1:
        return _payload(data)
    return None


def _decode_v0(chips: Float64Array, keyed: _Keyed) -> WatermarkPayload | None:
    """Hard, then Chase-II BCH on the 127 code bits, then the version bits (which must read 0)."""
    soft = _soft_bits(chips, keyed, 0)
    old = _CODE.decode((soft > 0).astype(np.uint8)) or _CODE.decode_soft(soft, chase_bits=_CHASE_BITS)
    if old is None or bits_to_int(old.data[:_VERSION_BITS]) != 0:
        return None
    return _payload(old.data)


def _payload(data: npt.NDArray[np.uint8]) -> WatermarkPayload:
    issuer = bits_to_int(data[_VERSION_BITS:_VERSION_BITS + ISSUER_BITS])
    return WatermarkPayload(issuer, bits_to_int(data[_VERSION_BITS + ISSUER_BITS:_V1_DATA]))


def _aligned_chips(peak: _Peak, keyed: _Keyed) -> Float64Array:
    """The (N, N) chip sums at the peak's alignment, times the chip signs: > 0 where a chip reads +1."""
    aligned = np.roll(np.fft.ifft2(peak.spectrum).real, (-peak.shift[0], -peak.shift[1]), (0, 1))
    return np.asarray(aligned.reshape(_N, 2, _N, 2).sum(axis=(1, 3)) * keyed.signs, dtype=np.float64)


def _soft_bits(chips: Float64Array, keyed: _Keyed, version: int) -> Float64Array:
    """The code bits' signed chip sums in format `version`, un-whitened: > 0 reads as a 1 of the codeword."""
    role, whitening = keyed.layout(version)
    data = role >= 0
    soft = np.bincount(role[data], weights=chips[data], minlength=whitening.size)
    return np.asarray(np.where(whitening == 1, -soft, soft), dtype=np.float64)


def _null_tail(score: float) -> float:
    """Estimated probability that one candidate scale of an unmarked image scores at least `score`."""
    if score <= _TAIL_START:
        return 1.0
    return _TAIL_FRACTION * math.exp(-(score - _TAIL_START) / _TAIL_SCALE)


def _image_tail(score: float) -> float:
    """Estimated probability that an unmarked image's best score over the whole search is at least `score`."""
    if score <= _IMAGE_TAIL_START:
        return 1.0
    return _TAIL_FRACTION * math.exp(-(score - _IMAGE_TAIL_START) / _IMAGE_TAIL_SCALE)


def _confidence(probability: float) -> float:
    """-log10 of an estimated false-positive probability, scaled so 1e-6 (a stage's threshold) maps to 0.5."""
    probability = min(1.0, probability)
    if probability <= 0:
        return 1.0
    return float(min(1.0, max(0.0, -math.log10(probability) / 12)))
