"""The detector's geometry search: fold the detail-sign field at candidate geometries and find the pilots.

Why a module of its own: this is where the detector's time goes and where its false-positive risk comes from (every
hypothesis tried is a chance for noise to line up), so it is kept apart from what a peak is then read as.

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
   per-fold scores to rounding, about half the time), and only a winner is folded again in full. The edge
   stage's scan (flat images nothing else read) scores its coarse grid only around the best 24 of a prescreen
   at 1 bin per chip and twice the period step (`_prescreened`): about a third of the work, the same reads.
   Translation, in both axes, is the cyclic shift of step 3, so crops from any sides cost nothing more.
3. At each candidate, fold all pixels into a 128x128 accumulator (2 bins per chip; for the scan, its DFT sampled
   from the field's spectrum), whiten its spectrum (divide by the 3x3-smoothed magnitude), apply the embedding
   band-pass, and correlate with the pilots over all 16384 cyclic shifts. Score = best peak / standard deviation
   over all shifts (a z-score); its position is the crop offset.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image

from openbanana.imaging.spectral_fold import FieldSpectrum
from openbanana.imaging.watermark_fields import _MAX_CANDIDATES, _prepare, _Prepared
from openbanana.imaging.watermark_format import DEFAULT_ISSUER, WatermarkPayload
from openbanana.imaging.watermark_tile import (
    _BINS,
    _N,
    Float64Array,
    FloatArray,
    IntArray,
    _decode_checked,
    _decode_v0,
    _Keyed,
    _keyed,
)

_CANDIDATES = _MAX_CANDIDATES
_COARSE_STEP = 0.004  # relative period step of the scan's coarse grid
_COARSE_TILTS = (-1.2, -0.6, 0.0, 0.6, 1.2)  # degrees; with the fine steps the scan covers +-1.4
_REFINED = 6  # coarse hypotheses refined
_FINE_STEPS = (-0.0015, 0.0, 0.0015)
_FINE_TILTS = (-0.2, 0.0, 0.2)
_SCORE_BATCH = 16  # hypotheses scored per batch (~3 MB of working arrays: they stay in cache)
_POLISHED = 2  # the best refined hypotheses (the ones decoded) also read at a 3x finer alignment
_PERIOD_MIN, _PERIOD_MAX = 0.95, 2.1  # tile period searched, relative to a pure resize's (a crop only enlarges it)
_PRESCREEN_STEP = 2 * _COARSE_STEP  # relative period step of the prescreen (`_prescreened`)
_PRESCREENED = 24  # prescreened hypotheses whose neighbourhoods the coarse grid scores


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


def _fixed_peaks(prepared: _Prepared, keyed: _Keyed) -> list[_Peak]:
    return [_sync(_fold(field, chip), keyed) for field in prepared.fields for chip in prepared.fixed_chips]


def _search(image: Image.Image, key: bytes) -> _Search:
    """Every candidate, fixed and scanned, best first (bench/watermark.py calibrates the threshold on it)."""
    keyed = _keyed(key)
    prepared = _prepare(image)
    peaks = _fixed_peaks(prepared, keyed) + _scan(prepared.fields[0], prepared.plain_period, keyed)
    return _Search(sorted(peaks, key=lambda p: -p.score), _CANDIDATES)


def _scan(signs: FloatArray, plain_period: float, keyed: _Keyed, tilts: tuple[float, ...] = _COARSE_TILTS,
          prescreen: bool = False, unpolished: bool = False) -> list[_Peak]:
    """Search tile period (continuous, _PERIOD_MIN-_PERIOD_MAX of a pure resize's) and tilt (coarse `tilts`) on the
    field's spectrum: a coarse grid at 2 bins per chip on nearly all of the band (with `prescreen`, only around
    the best of a cheaper grid: `_prescreened`), then a fine grid around the best few. Best first; with
    `unpolished`, the _POLISHED polished peaks are followed by the refined ones they were polished from (the same
    scores), so both alignments can be read (`_polished` says why that matters at the code's edge)."""
    spectrum = FieldSpectrum(signs)
    if prescreen:
        grid = _prescreened(spectrum, plain_period, tilts, keyed)
    else:
        grid = [(period, tilt) for period in _periods(plain_period, _COARSE_STEP) for tilt in tilts]
    scores = _scores(spectrum, grid, keyed.coarse_mask, keyed)
    coarse = sorted(((float(score), period, tilt) for score, (period, tilt) in zip(scores, grid, strict=True)),
                    reverse=True)
    chosen = _distinct([(period, tilt) for _, period, tilt in coarse], _REFINED, _COARSE_STEP)
    peaks = [_best_of(spectrum, period, tilt, 1, keyed) for period, tilt in chosen]
    peaks.sort(key=lambda p: -p[0].score)
    polished = [_polished(spectrum, *peak, keyed) for peak in peaks[:_POLISHED]]
    return polished + [peak[0] for peak in peaks[0 if unpolished else _POLISHED:]]


def _periods(plain_period: float, step: float) -> list[float]:
    """Tile periods from _PERIOD_MIN to _PERIOD_MAX of a pure resize's, each `step` (relative) above the last."""
    periods = []
    period = plain_period * _PERIOD_MIN
    while period <= plain_period * _PERIOD_MAX:
        periods.append(period)
        period *= 1 + step
    return periods


def _distinct(ranked: list[tuple[float, float]], count: int, step: float) -> list[tuple[float, float]]:
    """The first `count` of `ranked` (period, tilt) hypotheses that are not the same peak seen from a neighbouring
    step of a grid `step` apart."""
    chosen: list[tuple[float, float]] = []
    for period, tilt in ranked:
        if len(chosen) < count and all(abs(period / p - 1) > 3 * step or tilt != t for p, t in chosen):
            chosen.append((period, tilt))
    return chosen


def _prescreened(spectrum: FieldSpectrum, plain_period: float, tilts: tuple[float, ...],
                 keyed: _Keyed) -> list[tuple[float, float]]:
    """The coarse grid's hypotheses worth scoring: the best _PRESCREENED of a grid twice as sparse in period,
    ranked at 1 bin per chip (a quarter of the bins and of the FFT work), each with its two neighbours at the
    coarse step.

    Why: the edge stage runs on flat images that nothing else has read, unmarked ones included, and its full
    coarse grid cost as much as the plain scan. The lower half of the band, which a 1-bin-per-chip fold holds,
    is where a shrunk page's mark survives best; its phase tolerates the sparser period steps there."""
    sparse = [(period, tilt) for period in _periods(plain_period, _PRESCREEN_STEP) for tilt in tilts]
    scores = _scores(spectrum, sparse, keyed.band_mask64, keyed)
    ranked = [sparse[i] for i in np.argsort(-scores, kind="stable")]
    return [(period * (1 + step), tilt) for period, tilt in _distinct(ranked, _PRESCREENED, _PRESCREEN_STEP)
            for step in (-_COARSE_STEP, 0.0, _COARSE_STEP)]


def _polished(spectrum: FieldSpectrum, peak: _Peak, period: float, tilt: float, keyed: _Keyed) -> _Peak:
    """`peak` to be decoded at the best alignment of a 3x finer grid around it, its score left as it was.

    Why: a geometry off by a fraction of the fine step still lines the pilots up (the score) while the chips
    drift by part of a chip across the image, which costs a weak mark its payload. The score is kept so the
    false-positive fits (of the ranked hypotheses' scores) and the thresholds keep their meaning. The polish picks
    by score, and at the code's edge that can move a read off an alignment that decodes: the GRAND OPENING poster
    at 0.54x + WebP q61 decodes at the median field's refined peak and not at its polished one, hence `_scan`'s
    `unpolished`."""
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
    (to rounding) at about half the work of one full fold and correlation each. A mask of _N x _N folds at 1 bin
    per chip (the prescreen's), one of _BINS x _BINS at 2."""
    size = mask.shape[0]
    band, pilots = (keyed.band128, keyed.pilot_spectrum) if size == _BINS else (keyed.band64, keyed.pilot_spectrum64)
    scores = []
    for start in range(0, len(grid), _SCORE_BATCH):
        periods, tilts = zip(*grid[start:start + _SCORE_BATCH], strict=True)
        half = spectrum.fold_half(np.array(periods), np.array(tilts), size, mask)
        half[:, 0, 0] = 0
        columns = half.shape[2]
        whitened = _whiten_half(half) * band[:, :columns]
        used = int(np.flatnonzero(mask[:, :columns].any(axis=0)).max()) + 1  # columns beyond are zeros
        product = whitened[:, :, :used] * pilots[:, :used]
        corr = np.fft.irfft(np.fft.ifft(product, axis=1), n=size, axis=2)  # irfft2, skipping the zero columns
        spread = corr.std(axis=(1, 2))
        peak = corr.max(axis=(1, 2))
        scores.append(np.where(spread > 0, peak / np.where(spread > 0, spread, 1.0), 0.0))
    return np.concatenate(scores)


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


def _aligned_chips(peak: _Peak, keyed: _Keyed) -> Float64Array:
    """The (N, N) chip sums at the peak's alignment, times the chip signs: > 0 where a chip reads +1."""
    aligned = np.roll(np.fft.ifft2(peak.spectrum).real, (-peak.shift[0], -peak.shift[1]), (0, 1))
    return np.asarray(aligned.reshape(_N, 2, _N, 2).sum(axis=(1, 3)) * keyed.signs, dtype=np.float64)


def _decode(peak: _Peak, keyed: _Keyed, issuer: int = DEFAULT_ISSUER) -> WatermarkPayload | None:
    """The payload at the peak's alignment in any format, whatever its score (the bench's diagnosis).

    The checked formats first: a mark of another format passes their check by chance with probability 2^-18 (CRC
    and version bits), where a version-1 or 2 mark read as version 0 would pass BCH's with ~1e-5."""
    chips = _aligned_chips(peak, keyed)
    return _decode_checked(chips, keyed, issuer) or _decode_v0(chips, keyed)
