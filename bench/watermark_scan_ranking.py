"""Does ranking the scan's geometries by several fields together find what no one field's scan finds?

Why this exists: two tuning misses (the GRAND OPENING poster at 0.54x + WebP q61, grass at 0.49x + JPEG q67) decode
at the geometry the attack applied only in a 3x3 or 7x7 median field, at the code's edge, and no field's own scan
ranks that geometry among the ones it refines (bench/watermark_fine_oracle.py, docs/benchmarks.md). Here every
field's coarse grid (the plain scan's: periods and tilts, 2 bins per chip) is scored, each field's scores are
normalised over the grid (median and MAD), and the grid is ranked by each field alone and by the sum and the max of
the normalised scores over the fields. For each ranking it prints where the true geometry comes (among distinct
hypotheses, as `watermark_search._distinct` counts them), and at which of its first `--top` hypotheses each field,
refined there as the scan does, reads the payload (version 2, as the last stage reads): `median 7@1p` at the
first hypothesis once polished, `@1r` only as refined.

Run: `PYTHONPATH=src .venv/bin/python bench/watermark_scan_ranking.py --subset 0,23 --top 6` (the tuning images
holding those misses; `--pick 0.2,23.1` keeps only those draws, image index and draw number). Tuning seeds only:
this never draws held-aside ones.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.*, when run as a script

from bench import watermark_coarse_mark as coarse
from bench import watermark_fine_oracle as oracle
from bench.watermark import KEY

from openbanana.imaging import watermark_search as wm_search
from openbanana.imaging import watermark_tile as wm_tile
from openbanana.imaging.spectral_fold import FieldSpectrum
from openbanana.imaging.watermark_fields import _prepare
from openbanana.imaging.watermark_format import WatermarkPayload

FIELDS = ("plain", "median", "median 3", "median 7")
NEAR_PERIOD = 3 * wm_search._COARSE_STEP  # a hypothesis this close to the truth (relative) ...
NEAR_TILT = 0.35  # ... and this close in degrees is the truth seen from the grid


def normalised(scores: np.ndarray) -> np.ndarray:
    """Scores over the grid as robust z-scores (median, MAD): fields whose scores run higher count the same."""
    centre = float(np.median(scores))
    spread = 1.4826 * float(np.median(np.abs(scores - centre)))
    return (scores - centre) / max(spread, 1e-9)


def truth_rank(ranked: list[tuple[float, float]], period: float, degrees: float) -> int | None:
    """1-based rank of the first distinct hypothesis near the true geometry (either tilt sign), else None."""
    for rank, (p, t) in enumerate(ranked, 1):
        if abs(p / period - 1) <= NEAR_PERIOD and min(abs(t - degrees), abs(t + degrees)) <= NEAR_TILT:
            return rank
    return None


def read_at(spectrum: FieldSpectrum, period: float, tilt: float, keyed: wm_tile._Keyed,
            payload: WatermarkPayload) -> str:
    """How the field, refined (its own fine grid) around (period, tilt), reads `payload` as version 2: "p" at the
    polished alignment, "r" only at the refined one (the last stage reads both since 2026-12-05), "" not at all."""
    refined = wm_search._best_of(spectrum, period, tilt, 1, keyed)
    for tag, peak in (("p", wm_search._polished(spectrum, *refined, keyed)), ("r", refined[0])):
        if wm_tile._decode_v2(wm_search._aligned_chips(peak, keyed), keyed, payload.issuer) == payload:
            return tag
    return ""


def main() -> None:
    parser = coarse.replay_parser(__doc__, 60.0)
    parser.set_defaults(rms=0.0, oracle=True)
    parser.add_argument("--top", type=int, default=6, help="distinct hypotheses refined and read per ranking")
    parser.add_argument("--pick", help="comma-separated image.draw pairs to keep (default: every draw)")
    args = parser.parse_args()
    picked = set(args.pick.split(",")) if args.pick else None
    keyed = wm_tile._keyed(KEY)
    counts: dict[int, int] = {}
    for r in coarse.replayed(args):
        number = counts[r.index] = counts.get(r.index, -1) + 1
        if picked is not None and f"{r.index}.{number}" not in picked:
            continue
        assert r.unmarked is not None
        started = time.perf_counter()
        period = oracle.true_period(r.attacked, r.marked_size, r.draw.scale)
        plain_period = _prepare(r.attacked).plain_period
        grid = [(p, t) for p in wm_search._periods(plain_period, wm_search._COARSE_STEP)
                for t in wm_search._COARSE_TILTS]
        every = oracle.fields(r.attacked, r.unmarked)
        spectra = {name: FieldSpectrum(field) for name in FIELDS if (field := every[name]) is not None}
        z = {name: normalised(wm_search._scores(s, grid, keyed.coarse_mask, keyed)) for name, s in spectra.items()}
        rankings = {name: z[name] for name in z} | {"sum": np.sum(list(z.values()), axis=0),
                                                    "max": np.max(list(z.values()), axis=0)}
        cells = []
        for name, combined in rankings.items():
            ranked = wm_search._distinct([grid[i] for i in np.argsort(-combined, kind="stable")], 200,
                                         wm_search._COARSE_STEP)
            rank = truth_rank(ranked, period, r.draw.degrees)
            cell = f"{name} rank {rank or '>200'}"
            firsts: dict[str, str] = {}
            for k, (p, t) in enumerate(ranked[:args.top], 1):
                for kind, spectrum in spectra.items():
                    if kind not in firsts and (tag := read_at(spectrum, p, t, keyed, r.payload)):
                        firsts[kind] = f"{k}{tag}"
            cell += " read " + (",".join(f"{kind}@{k}" for kind, k in sorted(firsts.items())) or "none")
            cells.append(cell)
        seconds = time.perf_counter() - started
        print(f"{r.index:2d}.{number} {r.name[:22]:22s} | {r.draw} | {'; '.join(cells)} | {seconds:.0f} s",
              flush=True)


if __name__ == "__main__":
    main()
