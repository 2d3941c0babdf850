"""The coarse second mark, built as designed and measured as an embedder variant: is it worth adding to the module?

Why this exists: the tuning draws the fine mark loses at every geometry are text pages and a flat poster shrunk
below ~0.55x and re-encoded as WebP (docs/benchmarks.md, "A coarse mark for shrunk flat pages (2026-12-03)").
bench/watermark_coarse_probe.py measured that periods of 40-128 canonical px survive there; this builds the whole
mark that design describes and replays the bench's own tuning draws on it, so the decision to put it in
`openbanana.imaging` rests on reads, not on a known-geometry z-score:

* Tile: 512 canonical px, 64 x 64 chips of 8 canonical px (a quarter pilots), band-limited to periods of 40-128
  canonical px, unit RMS, seeded from the key with a seed of its own (nothing shared with the fine tile).
* Payload: the low 16 bits of the image id and a CRC-16 (CCITT polynomial) over the issuer and those bits, the
  fine mark's K = 15 rate-1/4 code (184 code bits), whitened by a key-derived sequence of its own.
* Embedding (`embed`): the module's embedder, plus the coarse pattern at `--rms` grey levels times the embedder's
  own flatness (`watermark_embed._flatness`) added to its mark before rounding.
* Field: luma box-reduced to ~4 canonical px per sample; flat samples (3x3 range under 4 grey levels) minus a
  trend (Gaussian, `--sigma` canonical px, normalised over the flat samples) taken twice, the second time without
  the samples more than 8 grey levels off the first (a bold glyph's flat inside).
* Scan: tile periods 0.95x-2.1x of a pure resize's at 2 % steps, tilts -1 to +1 degree at 0.5; the flat samples
  averaged into the 64 x 64 chip bins, whitened in the band, correlated with the pilots over all cyclic shifts
  (z-score); the best 4 refined (+-0.7 %, +-0.25 degrees) and the best 2 read (Viterbi, CRC).

Run: `.venv/bin/python bench/watermark_coarse_mark.py --subset 0,9,10,23,27,29,31,33` (the 32 tuning draws of
`bench/watermark_attacks.py --tuning --images 36 --draws 4` that hold all of its misses), `--rms 0.8` (a stronger
layer), `--fine` (also the module's detector on each draw), `--unmarked N` (every k-th image of bench/watermark.py's
unmarked set: the scan's best score, CRC passes and time), `--sigma 60` (a trend that follows a vignette), `--level 32`
(a trend per band of 32 grey levels: a poster's or a checkerboard's flat regions each against their own), `--crc 24`
(the check a CRC-24: no score threshold needed for its false-positive share); `--unmarked` also fits the per-image
maxima's tail (bench/watermark.py's fit) and prints the score a `--share` of the 1e-6 budget needs.
Tuning seeds by default; `--seed` may name a held-aside seed already reported (spent: its misses are then study
draws), never a fresh one. `--low-layer` marks with the fine mark's low layer as bench/watermark_variants.py's
`LowLayer` instead of the module's. Figures: docs/benchmarks.md, "The coarse mark built and
replayed on the tuning draws" and "The coarse mark's reader, strength and check (2026-12-04)".
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import math
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.watermark, when run as a script

from bench.watermark import KEY, marked_set, tail_fit, tail_threshold, unmarked_set
from bench.watermark_attacks import (
    HELD_ASIDE_SEED,
    SECOND_HELD_ASIDE_SEED,
    THIRD_HELD_ASIDE_SEED,
    TUNING_SEED,
    Draw,
    attack,
)
from bench.watermark_coarse_probe import gaussian  # mirrored, so a dark edge does not wrap onto the opposite one
from bench.watermark_variants import LowLayer

from openbanana.imaging import watermark as wm
from openbanana.imaging import watermark_embed as wm_embed
from openbanana.imaging import watermark_tile as wm_tile
from openbanana.imaging.convolutional import crc
from openbanana.imaging.ecc import bits_to_int, int_to_bits
from openbanana.imaging.watermark_format import _CONV, ISSUER_BITS
from openbanana.imaging.watermark_tile import _grid_scale

Array = npt.NDArray[np.float64]
CN, CHIP = 64, 8  # chips per tile side, canonical px per chip
TILE = CN * CHIP
PERIODS = (40.0, 128.0)  # canonical px: the band
ID_BITS, CRC_BITS, CRC_POLY = 16, 16, 0x1021
LENGTH = _CONV.length(ID_BITS + CRC_BITS)  # 184 code bits
SAMPLE = 4.0  # canonical px per field sample at a pure resize
FLAT_RANGE, OUTLIER = 4.0, 8.0  # grey levels
FLAT_MIN, MAX_SAMPLES = 4096, 120_000
NOISE_FLOOR = 0.1  # grey levels squared: a weighted sample's noise is never taken as below this
PERIOD_MIN, PERIOD_MAX, STEP = 0.95, 2.1, 0.02
TILTS = (-1.0, -0.5, 0.0, 0.5, 1.0)
FINE_STEPS, FINE_TILTS, REFINED, READS = (-0.007, 0.0, 0.007), (-0.25, 0.0, 0.25), 4, 2


@dataclass(frozen=True)
class Keyed:
    signs: Array
    role: npt.NDArray[np.int64]  # -1 = pilot, else the code-bit index
    whitening: npt.NDArray[np.uint8]
    band: npt.NDArray[np.bool_]  # the tile grid's FFT bins inside the band
    pilot_spectrum: npt.NDArray[np.complex128]


@lru_cache(maxsize=4)
def keyed(key: bytes) -> Keyed:
    seed = int.from_bytes(hashlib.sha256(b"openbanana-watermark-coarse\0" + key).digest()[:16], "little")
    rng = np.random.default_rng(seed)
    signs = rng.choice(np.array([-1.0, 1.0]), (CN, CN))
    order = rng.permutation(CN * CN)
    pilots = CN * CN // 4
    role = np.empty(CN * CN, dtype=np.int64)
    role[order[:pilots]] = -1
    role[order[pilots:]] = np.arange(CN * CN - pilots) % LENGTH
    whitening = rng.integers(0, 2, LENGTH).astype(np.uint8)
    cycles = np.fft.fftfreq(CN) * CN
    radius = np.hypot(cycles[:, None], cycles[None, :])
    band = (radius >= TILE / PERIODS[1]) & (radius <= TILE / PERIODS[0])
    role = role.reshape(CN, CN)
    return Keyed(signs, role, whitening, band, np.conj(np.fft.fft2(np.where(role < 0, signs, 0.0))) * band)


def id_bits(payload: wm.WatermarkPayload) -> int:
    return payload.image_id & ((1 << ID_BITS) - 1)


def check(issuer: int, bits: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    return crc(np.concatenate([int_to_bits(issuer, ISSUER_BITS), bits]), CRC_BITS, CRC_POLY)


def tile(payload: wm.WatermarkPayload, k: Keyed) -> Array:
    """The 512 x 512 canonical tile: the chips' in-band spectrum, zero-padded in frequency (exact interpolation)."""
    data = int_to_bits(id_bits(payload), ID_BITS)
    code = (_CONV.encode(np.concatenate([data, check(payload.issuer, data)])) ^ k.whitening).astype(np.float64)
    chips = k.signs * np.where(k.role >= 0, 2 * code[np.maximum(k.role, 0)] - 1, 1.0)
    index = (np.fft.fftfreq(CN) * CN).astype(np.int64) % TILE
    full = np.zeros((TILE, TILE), dtype=np.complex128)
    full[np.ix_(index, index)] = np.fft.fft2(chips) * k.band
    pattern = np.fft.ifft2(full).real
    return np.asarray(pattern / pattern.std())


@contextmanager
def coarse_layer(payload: wm.WatermarkPayload, key: bytes, rms: float) -> Iterator[None]:
    """While open, the module's embedder adds the coarse pattern (times its flatness) to its mark before rounding:
    its last step, `_add_to_channels`, is wrapped (the PSNR guard has then already run on the fine mark alone)."""
    original = wm_embed._add_to_channels

    def add(rgb: Image.Image, delta: npt.NDArray[np.float32], factor: int, headroom: bool) -> Image.Image:
        small = rgb if factor == 1 else rgb.reduce(factor)
        flat = wm_embed._flatness(wm_embed._mask(np.asarray(small.convert("L").convert("F"), dtype=np.float32)))
        ox, oy = wm_embed._tile_offset(payload)  # whole coarse chips (twice the fine ones), from the payload
        pattern = wm_embed._field(tile(payload, keyed(key)).astype(np.float32), small.width, small.height,
                                  _grid_scale(*rgb.size) / factor, (2 * ox, 2 * oy))
        return original(rgb, delta + pattern * (rms * flat), factor, headroom)

    wm_embed._add_to_channels = add
    try:
        yield
    finally:
        wm_embed._add_to_channels = original


def embed(image: Image.Image, payload: wm.WatermarkPayload, key: bytes, rms: float,
          low: LowLayer | None = None) -> Image.Image:
    """The module's embedder (or with the fine mark's low layer `low` instead of its own) plus the coarse layer."""
    with coarse_layer(payload, key, rms):
        return low.embed(image, payload, key) if low else wm.embed_watermark(image, payload, key)


@dataclass(frozen=True)
class Field:
    x: Array  # flat samples' coordinates from the image centre, field samples
    y: Array
    value: Array  # their luma minus the trend
    plain_period: float  # the tile in field samples at a pure resize
    factor: int
    weight: Array  # each sample's weight in its chip bin (1: all alike)


def field(image: Image.Image, sigma: float, level: float = 0.0, flat_range: float = FLAT_RANGE,
          weighted: bool = False) -> Field | None:
    """The flat samples minus their trend; `weighted`: each weighed by the inverse of its local noise (the residual's
    3 x 3 detail around it), so the quiet paper far from strokes counts more than the codec's ringing beside them."""
    g = math.sqrt(image.width * image.height) / wm_tile._CANON  # not clamped: a shrunk image is often under 512 px
    factor = max(1, int(SAMPLE * g))
    gray = image.convert("L").convert("F")
    y = np.asarray(gray if factor == 1 else gray.reduce(factor), dtype=np.float64)
    padded = np.pad(y, 1, mode="edge")
    near = [padded[i:i + y.shape[0], j:j + y.shape[1]] for i in range(3) for j in range(3)]
    flat = (np.max(near, axis=0) - np.min(near, axis=0)) < flat_range
    trend = trend_of(y, flat, sigma * g / factor, level)
    flat &= np.abs(y - trend) < OUTLIER
    trend = trend_of(y, flat, sigma * g / factor, level)
    rows, cols = np.nonzero(flat)
    if rows.size < FLAT_MIN:
        return None
    if rows.size > MAX_SAMPLES:
        keep = np.sort(np.random.default_rng(0).choice(rows.size, MAX_SAMPLES, replace=False))
        rows, cols = rows[keep], cols[keep]
    value = (y - trend)[rows, cols]
    weight = np.ones_like(value)
    if weighted:
        residual = (y - trend) * flat
        detail = (residual - smooth_over(residual, flat, 1.0)) ** 2
        weight = 1 / (smooth_over(detail, flat, 2.0)[rows, cols] + NOISE_FLOOR)
    return Field(cols - (y.shape[1] - 1) / 2, rows - (y.shape[0] - 1) / 2, value - value.mean(),
                 TILE * g / factor, factor, weight)


def trend_of(y: Array, flat: npt.NDArray[np.bool_], sigma: float, level: float) -> Array:
    """The trend over all flat samples, or (`level` > 0) over those in the sample's own band of `level` grey levels,
    so the flat regions of a poster or a checkerboard, each of one colour, are each read against their own."""
    if level <= 0:
        return smooth_over(y, flat, sigma)
    bands = np.floor(y / level).astype(np.int64)
    trend = np.zeros_like(y)
    for band in np.unique(bands[flat]):
        inside = bands == band
        trend[inside] = smooth_over(y, flat & inside, sigma)[inside]
    return trend


def smooth_over(y: Array, flat: npt.NDArray[np.bool_], sigma: float) -> Array:
    """The flat samples' Gaussian-weighted mean around every sample, on a grid reduced to ~sigma / 6."""
    step = max(1, int(sigma / 6))
    parts = []
    for values in (y * flat, flat.astype(np.float64)):
        small = Image.fromarray(values.astype(np.float32), "F")
        parts.append(gaussian(np.asarray(small if step == 1 else small.reduce(step), dtype=np.float64),
                              sigma / step))
    ratio = (parts[0] / np.maximum(parts[1], 1e-3)).astype(np.float32)
    back = Image.fromarray(ratio, "F").resize((y.shape[1], y.shape[0]), Image.Resampling.BILINEAR,
                                              box=(0, 0, y.shape[1] / step, y.shape[0] / step))
    return np.asarray(back, dtype=np.float64)


@dataclass(frozen=True)
class Peak:
    score: float
    period: float
    degrees: float
    aligned: Array  # the whitened in-band chip bins, shifted so the tile starts at (0, 0)


def peak_at(f: Field, period: float, degrees: float, k: Keyed, summed: bool = False, power: float = 1.0) -> Peak:
    return peak_of(chip_bins(f, period, degrees), period, degrees, k, summed, power)


def chip_bins(f: Field, period: float, degrees: float) -> tuple[Array, Array]:
    """(the flat samples' weighted sums, their weights) in each of the tile's 64 x 64 chip bins, at this geometry."""
    turn, scale = math.radians(degrees), CN / period
    u = (f.x * math.cos(turn) - f.y * math.sin(turn)) * scale
    v = (f.x * math.sin(turn) + f.y * math.cos(turn)) * scale
    index = (np.floor(v).astype(np.int64) % CN) * CN + np.floor(u).astype(np.int64) % CN
    return np.bincount(index, f.value * f.weight, CN * CN), np.bincount(index, f.weight, CN * CN)


def peak_of(bins: tuple[Array, Array], period: float, degrees: float, k: Keyed, summed: bool = False,
            power: float = 1.0) -> Peak:
    """The pilots' correlation over all cyclic shifts of the chip bins (means, or `summed`: the matched filter's
    weighted sums) whitened in the band by their local spectral magnitude to `power` (0: not whitened)."""
    values = bins[0] if summed else bins[0] / np.maximum(bins[1], 1e-12)
    spectrum = np.fft.fft2(values.reshape(CN, CN))
    magnitude = np.abs(spectrum)
    local = sum(np.roll(magnitude, (i, j), (0, 1)) for i in (-1, 0, 1) for j in (-1, 0, 1)) / 9
    whitened = np.where(k.band, spectrum / np.maximum(local, 1e-9) ** power, 0)
    correlation = np.fft.ifft2(whitened * k.pilot_spectrum).real
    best = int(np.argmax(correlation))
    dy, dx = divmod(best, CN)
    aligned = np.roll(np.fft.ifft2(whitened).real, (-dy, -dx), (0, 1))
    return Peak(float(correlation.flat[best] / max(float(correlation.std()), 1e-12)), period, degrees, aligned)


def scan(f: Field, k: Keyed) -> list[Peak]:
    count = int(math.log(PERIOD_MAX / PERIOD_MIN) / math.log(1 + STEP)) + 1
    coarse = sorted((peak_at(f, f.plain_period * PERIOD_MIN * (1 + STEP) ** i, t, k)
                     for i in range(count) for t in TILTS), key=lambda p: -p.score)
    refined = [peak_at(f, p.period * (1 + s), p.degrees + t, k)
               for p in coarse[:REFINED] for s in FINE_STEPS for t in FINE_TILTS]
    return sorted(refined, key=lambda p: -p.score)[:READS]


def decode(aligned: Array, k: Keyed, issuer: int) -> int | None:
    """The 16 id bits if the CRC over `issuer` and them checks out."""
    data = k.role >= 0
    soft = np.bincount(k.role[data], weights=(aligned * k.signs)[data], minlength=LENGTH)
    decoded = _CONV.decode(np.where(k.whitening == 1, -soft, soft))
    bits = decoded[:ID_BITS]
    return bits_to_int(bits) if np.array_equal(decoded[ID_BITS:ID_BITS + CRC_BITS], check(issuer, bits)) else None


def at_truth(f: Field, k: Keyed, period: float, degrees: float, summed: bool = False, power: float = 1.0) -> Peak:
    """The best peak around the geometry the attack applied (either tilt sign: the conventions differ)."""
    return max((peak_at(f, period * (1 + s), sign * degrees + t, k, summed, power)
                for s in (-0.01, -0.005, 0.0, 0.005, 0.01) for sign in (1, -1) for t in (-0.2, 0.0, 0.2)),
               key=lambda p: p.score)


@dataclass(frozen=True)
class Replayed:
    index: int
    name: str
    payload: wm.WatermarkPayload
    marked_size: tuple[int, int]
    psnr: float
    attacked: Image.Image
    draw: Draw
    unmarked: Image.Image | None  # the same image unmarked under the same attack (`args.oracle`), else None


def replayed(args: argparse.Namespace) -> Iterator[Replayed]:
    """The tuning draws of bench/watermark_attacks.py (same images, payloads and draws), marked with the coarse
    variant at `args.rms`; or a spent held-aside seed's (`args.seed`), to study misses already reported."""
    seed = getattr(args, "seed", TUNING_SEED)
    samples = list(marked_set(False, seed))
    samples = [samples[round(i * len(samples) / args.images)] for i in range(args.images)]
    subset = {int(i) for i in args.subset.split(",")} if args.subset else set(range(len(samples)))
    for index, sample in enumerate(samples):
        if index not in subset:
            continue
        payload = wm.WatermarkPayload(index % (1 << 16), (index * 2654435761 + seed) % (1 << 32))
        low = getattr(args, "low_layer", None)
        marked = embed(sample.image, payload, KEY, args.rms, LowLayer.parse(low) if low else None)
        base = np.asarray(sample.image.convert("L"), dtype=np.float64)
        psnr = 10 * math.log10(255**2 / float(np.mean((np.asarray(marked.convert("L"), dtype=np.float64) - base) ** 2)))
        rng = np.random.default_rng([seed, index])
        for _ in range(args.draws):
            state = copy.deepcopy(rng)
            attacked, draw = attack(marked, rng)
            original = attack(sample.image, state)[0] if getattr(args, "oracle", False) else None
            yield Replayed(index, sample.name, payload, marked.size, psnr, attacked, draw, original)


def replay(args: argparse.Namespace) -> None:
    """The tuning draws on the coarse variant: read at the true geometry and by the scan, beside the fine mark."""
    k, totals = keyed(KEY), {"draws": 0, "truth": 0, "scan": 0, "fine": 0, "either": 0, "wrong": 0}
    for r in replayed(args):
        index, payload, attacked, draw, psnr = r.index, r.payload, r.attacked, r.draw, r.psnr
        started = time.perf_counter()
        f = field(attacked, args.sigma, args.level)
        truth = scanned = None
        score = 0.0  # the scan's score at the peak that decoded
        if f is not None:
            period = TILE * _grid_scale(*r.marked_size) * draw.scale / f.factor
            truth = at_truth(f, k, period, draw.degrees)
            scanned, score = next(((bits, p.score) for p in scan(f, k)
                                   if (bits := decode(p.aligned, k, payload.issuer)) is not None), (None, 0.0))
        seconds = time.perf_counter() - started
        detection = wm.detect_watermark(attacked, KEY, payload.issuer) if args.fine else None
        fine = detection is not None and detection.found and detection.payload == payload
        right = scanned == id_bits(payload)
        totals["draws"] += 1
        totals["truth"] += truth is not None and decode(truth.aligned, k, payload.issuer) == id_bits(payload)
        totals["scan"] += right
        totals["wrong"] += scanned is not None and not right
        totals["fine"] += bool(fine)
        totals["either"] += bool(fine) or right
        read = f"read at {score:.1f}" if right else "-"
        print(f"{index:2d} {r.name[:24]:24s} PSNR {psnr:4.1f} | {draw} | truth z "
              f"{truth.score if truth else 0:4.1f} | coarse {read} ({seconds:.1f} s)"
              + (f" | fine {'read' if fine else '-'}" if args.fine else ""), flush=True)
    print(f"rms {args.rms}, sigma {args.sigma}, level {args.level}: {totals}")


def unmarked(args: argparse.Namespace) -> None:
    """The scan on unmarked images (every `--every`-th of bench/watermark.py's set): best scores, CRC passes, time."""
    k, best, passes, times = keyed(KEY), [], 0, []
    for index, sample in enumerate(unmarked_set(False, TUNING_SEED)):
        if len(best) >= args.unmarked:
            break
        if index % args.every:
            continue
        started = time.perf_counter()
        f = field(sample.image, args.sigma, args.level)
        peaks = scan(f, k) if f is not None else []
        passes += sum(decode(p.aligned, k, 1) is not None for p in peaks)
        times.append(time.perf_counter() - started)
        best.append(max((p.score for p in peaks), default=0.0))
        print(f"{sample.name[:30]:30s} flat field {'yes' if f else 'no '} best {best[-1]:.2f} ({times[-1]:.1f} s)",
              flush=True)
    scored = sorted(s for s in best if s > 0)
    print(f"unmarked: {len(best)} images, {len(scored)} with a field, best scores median "
          f"{statistics.median(scored or [0]):.2f} max {max(scored, default=0):.2f}, CRC passes {passes} of "
          f"{READS * len(scored)} reads, time median {statistics.median(times or [0]):.2f} s")
    if len(scored) >= 20:  # bench/watermark.py's fit of the per-image maxima; a coarse read passes noise with 2^-16
        fit = tail_fit(scored)
        per_image = args.share / (READS * 2.0**-CRC_BITS)
        need = (f"a score threshold of {tail_threshold(fit, per_image):.2f}" if per_image < fit["fraction"]
                else "no score threshold")
        print(f"tail over the top 10 %: start {fit['start']:.2f}, scale {fit['scale']:.3f} (95 % upper "
              f"{fit['scale_upper']:.3f}), {fit['exceedances']:.0f} exceedances, GPD shape {fit['gpd_shape']:+.2f}; "
              f"a {args.share:.0e} share for the coarse read needs {need} (per image {per_image:.1e})")


# Seeds whose draws may be studied: the tuning seed and the held-aside seeds already reported (spent; a fresh
# held-aside seed is never replayed here).
SPENT_SEEDS = (TUNING_SEED, HELD_ASIDE_SEED, SECOND_HELD_ASIDE_SEED, THIRD_HELD_ASIDE_SEED)


def replay_parser(description: str | None, sigma: float) -> argparse.ArgumentParser:
    """The options that choose the replayed draws and the coarse layer (shared with watermark_coarse_read.py)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0] if description else None)
    parser.add_argument("--rms", type=float, default=0.5, help="the coarse layer, grey levels on flat areas")
    parser.add_argument("--sigma", type=float, default=sigma, help="the trend's Gaussian, canonical px")
    parser.add_argument("--images", type=int, default=36)
    parser.add_argument("--draws", type=int, default=4)
    parser.add_argument("--subset", help="comma-separated indices into the spread image list")
    parser.add_argument("--seed", type=int, default=TUNING_SEED, choices=SPENT_SEEDS,
                        help="the tuning seed, or a held-aside seed already reported (spent), to study its misses")
    parser.add_argument("--low-layer", metavar="RMS,LOW,HIGH[,CUT]",
                        help="the fine mark's low layer as bench/watermark_variants.LowLayer instead of the module's")
    return parser


def use_crc(bits: int) -> None:
    """Make the payload's check a CRC-16 (CCITT polynomial, the default) or a CRC-24 (OpenPGP's polynomial, as the
    fine mark's version 2): 2^-24 per read needs no score threshold for a 1e-7 share, at 216 code bits instead of
    184. Module-wide, before any tile is made or read."""
    global CRC_BITS, CRC_POLY, LENGTH
    CRC_BITS, CRC_POLY = (24, 0x864CFB) if bits == 24 else (16, 0x1021)
    LENGTH = _CONV.length(ID_BITS + CRC_BITS)
    keyed.cache_clear()


def main() -> None:
    parser = replay_parser(__doc__, 160.0)
    parser.add_argument("--level", type=float, default=0.0, help="a trend per band of this many grey levels (0: one)")
    parser.add_argument("--fine", action="store_true", help="also run the module's detector on each draw")
    parser.add_argument("--unmarked", type=int, default=0, help="score N unmarked images instead")
    parser.add_argument("--every", type=int, default=16)
    parser.add_argument("--share", type=float, default=1e-7, help="the coarse read's false-positive share")
    parser.add_argument("--crc", type=int, choices=(16, 24), default=16, help="the payload's check, bits")
    args = parser.parse_args()
    use_crc(args.crc)
    if args.unmarked:
        unmarked(args)
    else:
        replay(args)


if __name__ == "__main__":
    main()
