"""The watermark's keyed tile: what the key derives, how a payload becomes chips, and chip sums a payload again.

Why a module of its own: the embedder and the detector must agree on exactly this (chip signs, pilots, which code
bit each data chip carries, the band), and nothing else of either.

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
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from openbanana.imaging.convolutional import crc
from openbanana.imaging.ecc import bits_to_int, int_to_bits
from openbanana.imaging.watermark_format import (
    _CHASE_BITS,
    _CODE,
    _CONV,
    _CRC_BITS,
    _CRC_POLY,
    _V1_DATA,
    _V1_LENGTH,
    _V2_CRC_BITS,
    _V2_CRC_POLY,
    _V2_DATA,
    _V2_LENGTH,
    _VERSION,
    _VERSION_BITS,
    ISSUER_BITS,
    WatermarkPayload,
    _carried_v2,
    _data_bits,
    _payload,
)

FloatArray = npt.NDArray[np.float32]
Float64Array = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

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
_COARSE_CYCLES = 48  # cycles per tile: the coarse grid's highest frequency (2 bins per chip; the band ends ~51)


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
    # The same filters at 1 bin per chip (_N x _N: up to 32 cycles per tile), for a cheap first ranking
    band64: Float64Array
    pilot_spectrum64: npt.NDArray[np.complex128]
    band_mask64: npt.NDArray[np.bool_]

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
    band64 = _band(_N)
    inside = np.abs(np.fft.fftfreq(_N) * _N) < _N // 2  # the Nyquist row and column hold no Hermitian pair
    mask64 = (band64 > 1e-3 * band64.max()) & inside[:, None] & inside[None, :]
    return _Keyed(signs, role, whitening, band128, np.conj(np.fft.fft2(pilot_bins)), band_mask, low & band_mask,
                  flat_role1.reshape(_N, _N), whitening1, flat_role2.reshape(_N, _N), whitening2,
                  band64, np.conj(np.fft.fft2(pilot_chips)), mask64)


def _band(size: int, low: float = _BAND_LOW, high: float = _BAND_HIGH) -> Float64Array:
    """The mark's spectrum shaping on a size x size tile grid: triangle chip pulse times a band-pass (corners in
    cycles per canonical px)."""
    f = np.fft.fftfreq(size) * size / _TILE  # cycles per canonical px
    pulse = np.sinc(f * _CHIP)
    radius2 = f[:, None] ** 2 + f[None, :] ** 2
    band = (1 - np.exp(-0.5 * radius2 / low**2)) * np.exp(-0.5 * radius2 / high**2)
    return np.asarray(pulse[:, None] * pulse[None, :] * band, dtype=np.float64)


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


def _soft_bits(chips: Float64Array, keyed: _Keyed, version: int) -> Float64Array:
    """The code bits' signed chip sums in format `version`, un-whitened: > 0 reads as a 1 of the codeword."""
    role, whitening = keyed.layout(version)
    data = role >= 0
    soft = np.bincount(role[data], weights=chips[data], minlength=whitening.size)
    return np.asarray(np.where(whitening == 1, -soft, soft), dtype=np.float64)


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
