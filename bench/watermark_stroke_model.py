"""Can a text page's strokes be predicted and subtracted so the fine mark under them reads? Measured at the truth.

Why this exists: on text pages shrunk to 0.3-0.5x and WebP-compressed the fine mark survives only in the blocks with
strokes, 30-100x weaker than the strokes themselves; no local trend (median, edge-preserving, flat-weighted) reads it,
but the oracle (the content subtracted exactly) does (docs/benchmarks.md, "The fine mark read against an oracle").
After a resize and a codec such a page is a blurred two-level image whose edges are nearly straight within a few
samples, so each sample is predicted here from its neighbours by a constrained edge model and the field is the sign
of what the model leaves:

* per window of (2r+1)^2 samples, the centre left out (so the prediction holds none of the centre's own mark), the
  least-squares fit of `level + contrast * profile(t - offset)` where t is the distance along the window's normal
  (its angle from the structure tensor), `profile` one of a few blurred steps (tanh of a width) and blurred thin
  strokes (a Gaussian ridge), the offset on a grid of quarter samples: four parameters per ~24 samples;
* the best fit's value at the centre is the prediction; `step` is sign(y - prediction), `step hp` the same residual
  less its 3x3 box mean; `flat` the same windows fitted by a constant alone (the model's floor).

Each field is read at the geometry the attack applied as in bench/watermark_fine_oracle.py (score / per-code-bit SNR,
* where version 2 decodes), and `fit` reports how much of the exact content each prediction explains in the blocks
with strokes: the residual's RMS against the oracle difference's (attacked less the unmarked image under the same
attack), and their correlation there (1 would be the oracle itself).

Run: `PYTHONPATH=src .venv/bin/python bench/watermark_stroke_model.py --subset 29,31,33` (the three text pages holding
the tuning misses; `--radius 3` for 7x7 windows). Tuning seeds only: this never draws held-aside ones.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.*, when run as a script

from bench import watermark_coarse_mark as coarse
from bench.watermark import KEY
from bench.watermark_coarse_read import Tally
from bench.watermark_fine_oracle import aligned_at_truth, fields, judged, true_period

from openbanana.imaging import watermark as wm
from openbanana.imaging import watermark_embed as wm_embed
from openbanana.imaging import watermark_fields as wm_fields
from openbanana.imaging import watermark_nonlocal as wm_nonlocal
from openbanana.imaging import watermark_search as wm_search
from openbanana.imaging import watermark_tile as wm_tile
from openbanana.imaging.watermark_tile import FloatArray

OFFSETS = np.arange(-2.0, 2.01, 0.25)  # samples along the normal
PROFILES = (("step", 0.4), ("step", 0.8), ("step", 1.4), ("ridge", 0.7), ("ridge", 1.2))  # (shape, width)


def shifted(y: FloatArray, radius: int) -> tuple[list[FloatArray], list[tuple[int, int]]]:
    """The window's samples as whole-image arrays (edge-padded), the centre left out, and their (dy, dx)."""
    padded = np.pad(y, radius, mode="edge")
    rows, cols = y.shape
    planes, where = [], []
    for dy in range(-radius, radius + 1):
        for dx in range(-radius, radius + 1):
            if dy or dx:
                planes.append(padded[radius + dy: radius + dy + rows, radius + dx: radius + dx + cols])
                where.append((dy, dx))
    return planes, where


def normal_angle(y: FloatArray, radius: int) -> FloatArray:
    """Per sample, the direction across the local edge (radians), from the structure tensor over the window."""
    gy, gx = np.gradient(y.astype(np.float64))
    width = 2 * radius + 1
    jxx, jyy, jxy = (wm_tile._box(np.asarray(v, dtype=np.float32), width) for v in (gx * gx, gy * gy, gx * gy))
    return np.asarray(0.5 * np.arctan2(2 * jxy, jxx - jyy), dtype=np.float32)


def profile(shape: str, width: float, t: FloatArray) -> FloatArray:
    return np.tanh(t / width) if shape == "step" else np.exp(-(t / width) ** 2)


def predicted(y: FloatArray, radius: int) -> tuple[FloatArray, FloatArray]:
    """(the edge model's prediction of each sample from its window less itself, the constant model's)."""
    planes, where = shifted(y, radius)
    n = float(len(planes))
    sy = np.sum(planes, axis=0)
    syy = np.sum([p * p for p in planes], axis=0)
    constant = sy / n
    theta = normal_angle(y, radius)
    cos, sin = np.cos(theta), np.sin(theta)
    ts = [dx * cos + dy * sin for dy, dx in where]
    best_rss = syy - sy * sy / n
    best = constant.copy()
    for shape, width in PROFILES:
        for offset in OFFSETS:
            phis = [profile(shape, width, t - offset) for t in ts]
            sp = np.sum(phis, axis=0)
            spp = np.sum([p * p for p in phis], axis=0)
            spy = np.sum([p * q for p, q in zip(phis, planes, strict=True)], axis=0)
            denominator = n * spp - sp * sp
            ok = denominator > 1e-3
            b = np.where(ok, (n * spy - sp * sy) / np.where(ok, denominator, 1.0), 0.0)
            a = (sy - b * sp) / n
            rss = syy - a * sy - b * spy
            centre = profile(shape, width, np.float32(-offset))
            better = ok & (rss < best_rss)
            best_rss = np.where(better, rss, best_rss)
            best = np.where(better, a + b * centre, best)
    return np.asarray(best, dtype=np.float32), np.asarray(constant, dtype=np.float32)


def nonlocal_prediction(y: FloatArray, reach: tuple[int, int], near: int, patch: int, spread: float) -> FloatArray:
    """Each sample predicted from the samples whose surrounding patch looks like its own (non-local means), within
    `reach` (columns, rows) but never within `near` samples in both directions (the mark's chips are band-limited,
    so a close neighbour would carry the centre's own mark). Why: a text page repeats a few glyphs many times along
    its lines, so the same stroke at a like sub-sample phase is somewhere else on the page, under a mark of its own
    that is independent of this sample's; the average of many such matches predicts the stroke, not the mark."""
    rx, ry = reach
    padded = np.pad(y.astype(np.float32), ((ry, ry), (rx, rx)), mode="edge")
    rows, cols = y.shape
    total = np.zeros_like(y, dtype=np.float32)
    weights = np.zeros_like(y, dtype=np.float32)
    scale = np.float32(-1.0 / (spread * spread))
    for dy in range(-ry, ry + 1):
        for dx in range(-rx, rx + 1):
            if abs(dx) < near and abs(dy) < near:
                continue
            other = padded[ry + dy: ry + dy + rows, rx + dx: rx + dx + cols]
            distance = wm_tile._box((y - other) ** 2, patch)
            weight = np.exp(distance * scale)
            total += weight * other
            weights += weight
    return np.asarray(np.where(weights > 1e-6, total / np.maximum(weights, 1e-6), y), dtype=np.float32)


def fit_report(residual: FloatArray, truth: FloatArray, strokes: np.ndarray) -> str:
    """How the residual compares with the oracle difference on the samples in stroke blocks."""
    r, m = residual[strokes], truth[strokes]
    corr = float(np.corrcoef(r, m)[0, 1]) if r.size > 2 else 0.0
    return f"rms {float(np.sqrt(np.mean(r * r))):.2f} vs {float(np.sqrt(np.mean(m * m))):.2f}, corr {corr:+.3f}"


def scanned(r: coarse.Replayed, keyed: wm_tile._Keyed) -> str:
    """The module's non-local field scanned as the detector's last stage scans it (full coarse grid and the
    prescreened one, the edge stage's tilts): where the read that decodes comes among its peaks, and the scan's time."""
    field = wm_nonlocal._nonlocal_field(r.attacked)
    if field is None:
        return "scan: no field"
    plain_period = wm_fields._prepare(r.attacked).plain_period
    cells = []
    for name, prescreen in (("full", False), ("prescreened", True)):
        started = time.perf_counter()
        peaks = wm_search._scan(field, plain_period, keyed, wm._EDGE_TILTS, prescreen=prescreen, unpolished=True)
        reads = [wm_tile._decode_v2(wm_search._aligned_chips(p, keyed), keyed, r.payload.issuer) for p in peaks[:4]]
        hit = next((i for i, read in enumerate(reads) if read == r.payload), None)
        wrong = sum(read is not None and read != r.payload for read in reads)
        seconds = time.perf_counter() - started
        cells.append(f"{name} {'read at peak ' + str(hit) if hit is not None else '-'}"
                     f"{f' ({wrong} wrong)' if wrong else ''} {peaks[0].score:.1f} ({seconds:.1f} s)")
    return "scan: " + ", ".join(cells)


def main() -> None:
    parser = coarse.replay_parser(__doc__, 60.0)
    parser.add_argument("--radius", default="2", help="window half-widths, samples (comma-separated: one field each)")
    parser.add_argument("--webp-below", type=float, default=0.0,
                        help="keep only draws shrunk below this scale and WebP-compressed (0: every draw)")
    parser.add_argument("--nonlocal", dest="means", default="",
                        help="non-local means variants, comma-separated columns:rows:patch:spread (reach in samples "
                        "either way, patch side, distance scale in grey levels)")
    parser.add_argument("--scan", action="store_true", help="also scan the module's non-local field")
    parser.add_argument("--max-gain", type=float, default=wm_embed._MAX_GAIN,
                        help="the embedder's masking ceiling (x the flat strength): more mark on strokes")
    parser.add_argument("--max-rms", type=float, default=wm_embed._MAX_RMS, help="the embedder's PSNR guard")
    parser.set_defaults(rms=0.0, oracle=True)
    args = parser.parse_args()
    wm_embed._MAX_GAIN, wm_embed._MAX_RMS = args.max_gain, args.max_rms  # a variant for this run only
    keyed = wm_tile._keyed(KEY)
    tally = Tally()
    draws = 0
    for r in coarse.replayed(args):
        assert r.unmarked is not None
        if args.webp_below and not (r.draw.scale < args.webp_below and "webp" in str(r.draw)):
            continue
        draws += 1
        rgb = r.attacked.convert("RGB")
        _, factor = wm_fields._reduction(rgb)
        y = wm_fields._gray(rgb, factor)
        truth = y - wm_fields._gray(r.unmarked.convert("RGB"), factor)
        radii = [int(v) for v in args.radius.split(",") if v]
        models = {radius: predicted(y, radius) for radius in radii}
        strokes = wm_tile._box(np.abs(y - wm_tile._box(y, 3)), 3) > 2.0

        def grid(field: FloatArray, factor: int = factor) -> FloatArray:
            return wm_fields._remove_grid(np.asarray(field, dtype=np.float32), factor)

        ours, fits, cells = {}, [], []
        for variant in args.means.split(",") if args.means else ():
            rx, ry, patch, spread = (float(v) for v in variant.split(":"))
            guess = nonlocal_prediction(y, (int(rx), int(ry)), 4, int(patch), spread)
            ours[f"nl {variant}"] = grid(np.sign(y - guess))
            fits.append(f"nl {variant}: {fit_report(y - guess, truth, strokes)}")
        for radius, (model, constant) in models.items():
            residual = y - model
            ours[f"step r{radius}"] = grid(np.sign(residual))
            ours[f"step hp r{radius}"] = grid(np.sign(residual - wm_tile._box(residual, 3)))
            ours[f"flat r{radius}"] = grid(np.sign(y - constant))
            fits.append(f"r{radius}: step {fit_report(residual, truth, strokes)}; "
                        f"flat {fit_report(y - constant, truth, strokes)}")
        if args.scan:
            cells.append(scanned(r, keyed))
        known = fields(r.attacked, r.unmarked)
        period = true_period(r.attacked, r.marked_size, r.draw.scale)
        for name, field in {"plain": known["plain"], **ours, "oracle": known["oracle"]}.items():
            assert field is not None
            score, chips = aligned_at_truth(field, period, r.draw.degrees, keyed)
            cells.append(tally.add(name, *judged(chips, r.payload, keyed), f"{score:.1f}/"))
        share = float(np.mean(strokes))
        print(f"{r.index:2d} {r.name[:22]:22s} PSNR {r.psnr:.1f} | {r.draw} | " + ", ".join(cells)
              + f" | strokes {share:.2f}: " + "; ".join(fits), flush=True)
    print(f"{draws} draws, radius {args.radius}, max gain {args.max_gain}, max rms {args.max_rms}; per field: decoded "
          "at the truth (version 2), per-code-bit SNR median")
    tally.print(draws, 10)


if __name__ == "__main__":
    main()
