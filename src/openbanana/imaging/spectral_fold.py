"""Fold a field modulo a tile of any period and tilt, many times over, from one FFT of the field.

Why: folding (summing the field modulo the tile) is how the watermark detector gathers a tiled mark, but each fold
is a pass over every pixel, and a search over continuous scale and small rotations needs hundreds of them. The
DFT of a fold is the field's own spectrum sampled at the tile's lattice frequencies (u, v) / period, turned by
the tilt. So one zero-padded FFT of the field (2x: each lattice sample is interpolated between bins at most a
quarter of a field-length's frequency apart) turns every further fold into a few thousand bilinear lookups.

`fold_half` does the same for a batch of (period, tilt) hypotheses, only the half of each spectrum that a real
field's Hermitian fold needs: a search ranking ~1,000 hypotheses samples half the bins in a few array operations.

Only the samples where `weights` is non-zero are looked up (the mark's band), and the result matches `fold`'s
convention: bin b of a fold holds pixel centres in [b, b+1) * period / size.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

Complex = npt.NDArray[np.complex128]
FloatArray = npt.NDArray[np.float32]
Float64Array = npt.NDArray[np.float64]

_PAD = 2  # zero-padding factor of the field's FFT


class FieldSpectrum:
    """The zero-padded real FFT of a field, ready to be sampled at any tile lattice."""

    def __init__(self, field: FloatArray) -> None:
        rows, cols = field.shape
        self.rows, self.cols = rows, cols
        self.shape = (_fast_length(_PAD * rows), _fast_length(_PAD * cols))
        centred = np.asarray(field, dtype=np.float32) - np.float32(field.mean())
        self._spectrum = np.fft.rfft2(centred, self.shape)
        self._real = self._spectrum.real.astype(np.float64).ravel()
        self._imag = self._spectrum.imag.astype(np.float64).ravel()

    def fold(self, period: tuple[float, float], degrees: float, size: int, mask: npt.NDArray[np.bool_],
             exact_phase: bool = True) -> Complex:
        """The size x size DFT of the fold modulo a tile of `period` (x, y) field px, tilted by `degrees`
        (counter-clockwise in image coordinates), at the frequencies where `mask` is true (zeros elsewhere).
        Without `exact_phase` the nearest bins are taken and the result is off by half a bin and half a pixel (a
        fixed shift): cheaper, and enough to rank hypotheses."""
        u, uu, vv = _lattice(mask)
        turn = _turn([degrees])
        values = self._values(u, uu, vv, np.array([[period[0]]]), np.array([[period[1]]]), turn, size, exact_phase)
        out = np.zeros((size, size), dtype=np.complex128)
        out[mask] = values[0]
        return out

    def fold_half(self, periods: Float64Array, degrees: Float64Array, size: int,
                  mask: npt.NDArray[np.bool_]) -> Complex:
        """`fold` (exact phase, square periods) at many (period, tilt) hypotheses at once, each as the
        (size, size // 2 + 1) half of its DFT that `np.fft.irfft2` takes.

        Why: a fold of a real field is Hermitian, so the other half is only conjugates; a search that ranks
        ~1,000 hypotheses samples half as many bins this way, in a few array operations instead of ~1,000
        calls, with the same values as `fold`."""
        half = size // 2 + 1
        u, uu, vv = _lattice(mask, half)
        column = np.asarray(periods, dtype=np.float64)[:, None]
        values = self._values(u, uu, vv, column, column, _turn(degrees), size, True)
        out = np.zeros((column.shape[0], size, half), dtype=np.complex128)
        out[:, vv, uu] = values
        return out

    def _values(self, u: Float64Array, uu: npt.NDArray[np.intp], vv: npt.NDArray[np.intp], period_x: Float64Array,
                period_y: Float64Array, turn: tuple[Float64Array, Float64Array], size: int,
                exact_phase: bool) -> Complex:
        """The fold's DFT at lattice indices (uu, vv) for a column of hypotheses (periods, cosines and sines of
        the tilts, each of shape (B, 1)): one (B, len(uu)) array."""
        us, vs = u[uu], u[vv]
        fx0, fy0 = us / period_x, vs / period_y  # cycles per field px, before the tilt
        cos, sin = turn
        fx = cos * fx0 - sin * fy0
        fy = sin * fx0 + cos * fy0
        values = self._sample(fy * self.shape[0], fx * self.shape[1], exact_phase)
        # Pixel centres sit at +0.5 and a bin index is the floor of its tile coordinate (`fold`'s convention):
        # a phase linear in (u, v), so a product of two per-axis factors over the `size` lattice values.
        if exact_phase:
            across = (cos / period_x + sin / period_x) - 1 / size
            down = (cos / period_y - sin / period_y) - 1 / size
            values = values * np.exp(-1j * np.pi * across * u)[:, uu] * np.exp(-1j * np.pi * down * u)[:, vv]
        return values

    def _sample(self, row: Float64Array, col: Float64Array, bilinear: bool) -> Complex:
        """The full (two-sided) spectrum at fractional bins (row, col): bilinear, or the nearest bin."""
        conjugate = col < 0
        row = np.where(conjugate, -row, row)
        col = np.abs(col)
        if not bilinear:
            nearest = self._spectrum[np.rint(row).astype(np.int64) % self.shape[0],
                                     np.minimum(np.rint(col).astype(np.int64), self._spectrum.shape[1] - 1)]
            return np.asarray(np.where(conjugate, np.conj(nearest), nearest), dtype=np.complex128)
        r0, c0 = np.floor(row), np.floor(col)
        dr, dc = row - r0, col - c0
        width = self._spectrum.shape[1]
        r0i = r0.astype(np.int64) % self.shape[0]
        top = r0i * width + np.minimum(c0.astype(np.int64), width - 2)  # flat indices: one gather per corner
        bottom = (r0i + 1) % self.shape[0] * width + (top - r0i * width)
        # Real and imaginary parts apart, from float64 planes: real weights on complex64 bins would be upcast to
        # complex128 products (several times the work, the same result to the bit).
        value = np.empty(row.shape, dtype=np.complex128)
        for part, flat in ((value.real, self._real), (value.imag, self._imag)):
            part[...] = ((1 - dr) * ((1 - dc) * flat.take(top) + dc * flat.take(top + 1))
                         + dr * ((1 - dc) * flat.take(bottom) + dc * flat.take(bottom + 1)))
        return np.asarray(np.where(conjugate, np.conj(value), value), dtype=np.complex128)


def _turn(degrees: Float64Array | list[float]) -> tuple[Float64Array, Float64Array]:
    """(cosines, sines) of tilts in degrees as (B, 1) columns, by `math` (numpy's may differ in the last bit)."""
    angles = [math.radians(float(d)) for d in degrees]
    return np.array([[math.cos(a)] for a in angles]), np.array([[math.sin(a)] for a in angles])


_Lattice = tuple[Float64Array, npt.NDArray[np.intp], npt.NDArray[np.intp]]
_LATTICES: dict[tuple[int, int], tuple[npt.NDArray[np.bool_], _Lattice]] = {}
_LATTICES_MAX = 64


def _lattice(mask: npt.NDArray[np.bool_], columns: int | None = None) -> _Lattice:
    """(cycles per tile of each row/column index, column and row indices where `mask` is true in its first
    `columns` columns, all by default), cached per mask object (held, so its id is not reused): a search folds
    with the same few masks ~1,000 times."""
    size = mask.shape[0]
    columns = size if columns is None else columns
    cached = _LATTICES.get((id(mask), columns))
    if cached is not None and cached[0] is mask:
        return cached[1]
    if len(_LATTICES) >= _LATTICES_MAX:
        _LATTICES.clear()
    rows, cols = np.nonzero(mask[:, :columns])
    lattice = (np.fft.fftfreq(size) * size, cols, rows)
    _LATTICES[(id(mask), columns)] = (mask, lattice)
    return lattice


def _fast_length(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n (numpy's FFT is fastest on such lengths)."""
    best = 1 << max(0, (n - 1).bit_length())
    power5 = 1
    while power5 < best:
        power35 = power5
        while power35 < best:
            value = power35
            while value < n:
                value *= 2
            best = min(best, value)
            power35 *= 3
        power5 *= 5
    return best
