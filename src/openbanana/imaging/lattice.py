"""Find the repeat of a tiled pattern in a field: its two period vectors, from the field's autocorrelation.

Why: the watermark is one tile repeated over the image, so whatever crop, scale (per axis) and small rotation the
image went through, the received field correlates with itself at the tile's period vectors and at no shorter
lag (the tile's chips are random). One FFT autocorrelation finds both vectors to a fraction of a pixel, which
turns the search over crop (both axes), continuous scale and tilt into one fold at the found geometry.

Each lag's value is divided by sqrt(overlap) (a z-like score: the sum of `overlap` products, each of about unit
variance), so far lags with few overlapping samples do not win by their noise. The power spectrum is whitened
first (divided by its local 5x5-bin mean), which keeps the broadband image content from making wide, smooth
autocorrelation humps and leaves the tile's periodicity (a comb of lines in the spectrum) as sharp peaks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
_OVERLAP_POWER = 0.0
Float64Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Lattice:
    """Period vectors in (x, y) field pixels: `across` points along +x (rows' direction), `down` along +y."""

    across: tuple[float, float]
    down: tuple[float, float]
    strength: float  # the weaker of the two vectors' scores

    def scaled(self, across: float, down: float) -> Lattice:
        return Lattice((self.across[0] * across, self.across[1] * across),
                       (self.down[0] * down, self.down[1] * down), self.strength)


def find_lattice(field: FloatArray, period_min: float, period_max: float, max_tilt_degrees: float = 2.0,
                 peaks: int = 2) -> list[Lattice]:
    """Up to `peaks` x `peaks` lattices (strongest first) whose periods lie in [period_min, period_max] px."""
    rows, cols = field.shape
    reach_x = int(min(period_max, cols * 0.85))
    reach_y = int(min(period_max, rows * 0.85))
    if reach_x < period_min or reach_y < period_min:
        return []
    tilt = math.tan(math.radians(max_tilt_degrees))
    side = int(math.ceil(max(reach_x, reach_y) * tilt)) + 2
    shape = (_fast_length(rows + reach_y + side), _fast_length(cols + reach_x + side))
    centred = np.asarray(field, dtype=np.float32) - np.float32(field.mean())
    spectrum = np.fft.rfft2(centred, shape)
    power = np.abs(spectrum) ** 2
    power /= _smooth(power) + 1e-9
    auto = np.fft.irfft2(power, shape)
    across = _axis_peaks(auto, rows, cols, period_min, reach_x, tilt, peaks, transpose=False)
    down = _axis_peaks(auto, rows, cols, period_min, reach_y, tilt, peaks, transpose=True)
    found = [Lattice(a[1], d[1], min(a[0], d[0])) for a in across for d in down]
    return sorted(found, key=lambda lattice: -lattice.strength)


def _axis_peaks(auto: Float64Array, rows: int, cols: int, start: float, reach: int, tilt: float, peaks: int,
                transpose: bool) -> list[tuple[float, tuple[float, float]]]:
    """The strongest local maxima of the normalised autocorrelation in the wedge around one axis."""
    side = int(math.ceil(reach * tilt)) + 1
    lead = np.arange(int(start), reach + 1)
    cross = np.arange(-side, side + 1)
    if transpose:  # lag (dy = lead, dx = cross)
        values = auto[np.ix_(lead % auto.shape[0], cross % auto.shape[1])]
        overlap = (rows - lead)[:, None] * (cols - np.abs(cross))[None, :]
    else:  # lag (dx = lead, dy = cross), stored as [lead, cross]
        values = auto[np.ix_(cross % auto.shape[0], lead % auto.shape[1])].T
        overlap = (cols - lead)[:, None] * (rows - np.abs(cross))[None, :]
    score = values / np.sqrt(np.maximum(overlap, 1)) ** _OVERLAP_POWER
    wedge = np.abs(cross)[None, :] <= lead[:, None] * tilt + 1
    score = np.where(wedge, score, -np.inf)
    found: list[tuple[float, tuple[float, float]]] = []
    work = score.copy()
    for _ in range(peaks):
        i, j = np.unravel_index(int(np.argmax(work)), work.shape)
        if not np.isfinite(work[i, j]):
            break
        lead_at = lead[i] + _vertex(score, i, j, axis=0)
        cross_at = cross[j] + _vertex(score, i, j, axis=1)
        vector = (cross_at, lead_at) if transpose else (lead_at, cross_at)
        found.append((float(score[i, j]), (float(vector[0]), float(vector[1]))))
        work[max(0, i - 4):i + 5, max(0, j - 4):j + 5] = -np.inf  # the next peak is another lag, not a shoulder
    return found


def _vertex(score: Float64Array, i: int, j: int, axis: int) -> float:
    """Sub-pixel offset of a peak along one axis: the vertex of the parabola through it and its neighbours."""
    index = (i, j)
    here = index[axis]
    if here == 0 or here == score.shape[axis] - 1:
        return 0.0
    before = score[(i - 1, j) if axis == 0 else (i, j - 1)]
    after = score[(i + 1, j) if axis == 0 else (i, j + 1)]
    centre = score[i, j]
    curve = before - 2 * centre + after
    if not (np.isfinite(before) and np.isfinite(after)) or curve >= 0:
        return 0.0
    return float(np.clip(0.5 * (before - after) / curve, -0.5, 0.5))


def _smooth(power: Float64Array) -> Float64Array:
    """5x5-bin local mean of the power spectrum (wrapping: the spectrum is periodic)."""
    rows = sum(np.roll(power, k, axis=0) for k in range(-2, 3))
    return np.asarray(sum(np.roll(rows, k, axis=1) for k in range(-2, 3)) / 25, dtype=np.float64)


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
