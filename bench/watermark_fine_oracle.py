"""Is the fine mark still in the tuning misses? Its reads at the geometry each attack applied, against an oracle.

Why this exists: the coarse mark's oracle (bench/watermark_coarse_read.py) showed that no content estimate helps
that layer, but the fine mark, already in every image, was never read that way. Here each replayed tuning draw is
folded at the scale and tilt the attack applied (no search) from several fields, and each read's score, its
per-code-bit SNR (the soft values' mean over their spread, signed by the bits embedded) and whether version 2
decodes there are printed:

* `plain`: the detector's own field, sign(y - blur(y));
* `edge`: the edge stage's field (each sample against its neighbours within 12 grey levels; none past its gate);
* `nonlocal`: the last stage's non-local field (each sample against its row's look-alikes; none past its gate);
* `median`: sign(y - median of the 5x5 window), an edge-preserving trend of a text page's paper and strokes
  (`median 3`, `median 7`: other windows);
* `flat`: the plain high-pass unsigned, each sample weighed by the inverse of its 3x3 detail (a stroke's edge
  counts little, the quiet paper beside it much);
* `busy`, `median busy`: the plain and median fields only where the received image's local detail (the box-5 mean
  of its |high-pass|) is at least 3 grey levels, zero elsewhere: the content's edges, where `--by-detail` finds
  what WebP left of the mark on a shrunk draft, without the flat blocks' near-zero residuals;
* `oracle`: the same high-pass of the attacked image less the unmarked image under the same attack, signed (what
  the detector's statistic would read with the content removed exactly), and `oracle raw` unsigned;
* `combined`: the plain, edge, median and flat fields' aligned chip sums, each over its spread, summed (a soft
  combination of the reads a detector could make without knowing the content);
* `--by-detail`: the unsigned oracle read on the samples of each class of the content's local detail: whether
  what survived lies on the flat areas or on the content's edges;
* `limited T`, `median limited T`, `oracle limited T` (`--limits`): the plain, median and oracle residuals kept
  linear up to T grey levels and clipped there, between the sign (T -> 0) and the raw value: where WebP leaves a
  flat block near zero and the mark only in a few blocks, the sign counts every near-zero sample fully.

If even the oracle does not decode a draw, the mark is gone there and no reader can bring it back.

Run: `PYTHONPATH=src .venv/bin/python bench/watermark_fine_oracle.py --subset 0,9,10,23,27,29,31,33` (the 32 tuning
draws of `bench/watermark_attacks.py --tuning --images 36 --draws 4` that hold all 7 of its misses); `--seed 90733
--subset 2,6,9,10,11,14,19,25 --webp-below 0.8` (the draws that hold the third held-aside seed's misses: spent, so
study draws; `--webp-below` keeps the draws shrunk below that scale and WebP-compressed), `--fields` (only those
fields), `--low-layer 0.8,1/32,1/10,0` (marked with another low layer). Tuning seeds or spent held-aside seeds only,
never a fresh one (bench/watermark_coarse_mark.SPENT_SEEDS).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.*, when run as a script

from bench import watermark_coarse_mark as coarse
from bench.watermark import KEY
from bench.watermark_coarse_read import Tally

from openbanana.imaging import watermark_fields as wm_fields
from openbanana.imaging import watermark_nonlocal as wm_nonlocal
from openbanana.imaging import watermark_search as wm_search
from openbanana.imaging import watermark_tile as wm_tile
from openbanana.imaging.spectral_fold import FieldSpectrum
from openbanana.imaging.watermark_format import WatermarkPayload
from openbanana.imaging.watermark_tile import FloatArray

Chips = npt.NDArray[np.float64]
COMBINED = ("plain", "edge", "median", "flat")  # soft-combined: each field's aligned chips over their spread, summed


def high_pass(y: FloatArray, width: int) -> FloatArray:
    """The detector's high-pass, unsigned: y less its twice box-blurred self."""
    return np.asarray(y - wm_tile._box(wm_tile._box(y, width), width), dtype=np.float32)


def fields(attacked: Image.Image, unmarked: Image.Image, wanted: frozenset[str] | None = None,
           limits: tuple[float, ...] = ()) -> dict[str, FloatArray | None]:
    """Every field read at the truth (or those in `wanted`), all at the detector's box-reduction of `attacked`."""
    rgb = attacked.convert("RGB")
    chip, factor = wm_fields._reduction(rgb)
    width = 5 if chip * 1.4 / factor >= 3 else 3
    y = wm_fields._gray(rgb, factor)

    def grid(field: FloatArray) -> FloatArray:
        return wm_fields._remove_grid(np.asarray(field, dtype=np.float32), factor)

    def median(size: int) -> FloatArray:
        return grid(np.sign(y - np.asarray(Image.fromarray(y, "F").filter(ImageFilter.MedianFilter(size)),
                                           dtype=np.float32)))

    def flat() -> FloatArray:
        detail = high_pass(y, width)
        return grid(detail / (wm_tile._box(np.abs(detail), 3) + 0.5))

    def difference() -> FloatArray:
        return high_pass(y - wm_fields._gray(unmarked.convert("RGB"), factor), width)

    makers: dict[str, Callable[[], FloatArray | None]] = {
        "plain": lambda: wm_fields._prepare(rgb).fields[0],
        "edge": lambda: wm_fields._edge_field(rgb),
        "nonlocal": lambda: wm_nonlocal._nonlocal_field(rgb),
        "median": lambda: median(5),
        "median 3": lambda: median(3),
        "median 7": lambda: median(7),
        "flat": flat,
        "busy": lambda: grid(np.sign(high_pass(y, width)) * (wm_tile._box(np.abs(high_pass(y, width)), 5) >= 3.0)),
        "median busy": lambda: median(5) * (wm_tile._box(np.abs(high_pass(y, width)), 5) >= 3.0),
        "oracle": lambda: grid(np.sign(difference())),
        "oracle raw": lambda: grid(difference()),
    }
    for limit in limits:  # the sign's limit T -> 0 kept linear below T grey levels (`--limits`)
        makers[f"limited {limit:g}"] = lambda t=limit: grid(np.clip(high_pass(y, width) / t, -1, 1))
        makers[f"median limited {limit:g}"] = lambda t=limit: grid(np.clip((y - np.asarray(Image.fromarray(
            y, "F").filter(ImageFilter.MedianFilter(5)), dtype=np.float32)) / t, -1, 1))
        makers[f"oracle limited {limit:g}"] = lambda t=limit: grid(np.clip(difference() / t, -1, 1))
    return {name: make() for name, make in makers.items()
            if wanted is None or name in wanted or "limited" in name}


DETAIL_CLASSES = ((0.0, 0.5), (0.5, 3.0), (3.0, math.inf))  # grey levels of the unmarked image's local detail


def by_detail(attacked: Image.Image, unmarked: Image.Image, period: float, degrees: float,
              payload: WatermarkPayload, keyed: wm_tile._Keyed) -> list[tuple[float, float, float, bool]]:
    """Where the mark survived: the unsigned oracle read on the samples of each class of the unmarked attacked
    image's local detail (the box-5 mean of its |high-pass|), as (share of samples, share of the oracle difference's
    energy, per-code-bit SNR, decodes as version 2) per class in DETAIL_CLASSES."""
    rgb = attacked.convert("RGB")
    chip, factor = wm_fields._reduction(rgb)
    width = 5 if chip * 1.4 / factor >= 3 else 3
    content = wm_fields._gray(unmarked.convert("RGB"), factor)
    difference = high_pass(wm_fields._gray(rgb, factor) - content, width)
    detail = wm_tile._box(np.abs(high_pass(content, width)), 5)
    energy = max(float(np.sum(difference**2)), 1e-12)
    rows = []
    for low, high in DETAIL_CLASSES:
        inside = (detail >= low) & (detail < high)
        field = wm_fields._remove_grid(np.asarray(difference * inside, dtype=np.float32), factor)
        snr, right = judged(aligned_at_truth(field, period, degrees, keyed)[1], payload, keyed)
        rows.append((float(inside.mean()), float(np.sum(difference[inside] ** 2)) / energy, snr, right))
    return rows


def aligned_at_truth(field: FloatArray, period: float, degrees: float, keyed: wm_tile._Keyed) -> tuple[float, Chips]:
    """(score, aligned chip sums) at the best of a few foldings around the true geometry."""
    spectrum = FieldSpectrum(field)
    best = max((wm_search._peak_at(spectrum, period * (1 + step), sign * degrees + turn, keyed)
                for step in (-0.002, 0.0, 0.002) for turn in (-0.1, 0.0, 0.1) for sign in (1, -1)),
               key=lambda peak: peak.score)
    return best.score, wm_search._aligned_chips(best, keyed)


def judged(chips: Chips, payload: WatermarkPayload, keyed: wm_tile._Keyed) -> tuple[float, bool]:
    """(per-code-bit SNR, decodes as version 2) of aligned chip sums."""
    truth = wm_tile._codeword(payload, keyed, 2) ^ keyed.layout(2)[1]
    signed = wm_tile._soft_bits(chips, keyed, 2) * (2.0 * truth - 1.0)
    snr = float(signed.mean() / max(float(signed.std()), 1e-12))
    return snr, wm_tile._decode_v2(chips, keyed, payload.issuer) == payload


def true_period(attacked: Image.Image, marked_size: tuple[int, int], scale: float) -> float:
    """The fine tile's period in the detector's field samples, for an attack that resized by `scale` in all."""
    plain = math.sqrt(attacked.width * attacked.height) / wm_tile._CANON
    return wm_fields._prepare(attacked).plain_period * wm_tile._grid_scale(*marked_size) * scale / plain


def main() -> None:
    parser = coarse.replay_parser(__doc__, 60.0)
    parser.set_defaults(rms=0.0, oracle=True)
    parser.add_argument("--fields", default="", help="comma-separated field names to read (default: all)")
    parser.add_argument("--limits", default="", help="grey levels T: also read clip(detail / T, -1, 1) fields")
    parser.add_argument("--by-detail", action="store_true",
                        help="also the unsigned oracle read per class of the content's local detail (`by_detail`)")
    parser.add_argument("--webp-below", type=float, default=0.0,
                        help="keep only draws shrunk below this scale and WebP-compressed (0: every draw)")
    args = parser.parse_args()
    wanted = frozenset(args.fields.split(",")) if args.fields else None
    limits = tuple(float(t) for t in args.limits.split(",")) if args.limits else ()
    keyed = wm_tile._keyed(KEY)
    tally, draws = Tally(), 0
    for r in coarse.replayed(args):
        assert r.unmarked is not None
        if args.webp_below and not (r.draw.scale < args.webp_below and "webp" in str(r.draw)):
            continue
        draws += 1
        period = true_period(r.attacked, r.marked_size, r.draw.scale)
        cells, combined = [], []
        for name, field in fields(r.attacked, r.unmarked, wanted, limits).items():
            if field is None:
                cells.append(f"{name} -")
                continue
            score, chips = aligned_at_truth(field, period, r.draw.degrees, keyed)
            if name in COMBINED:
                combined.append(chips / max(float(chips.std()), 1e-12))
            cells.append(tally.add(name, *judged(chips, r.payload, keyed), f"{score:.1f}/"))
        if combined:
            cells.append(tally.add("combined", *judged(np.sum(combined, axis=0), r.payload, keyed)))
        if args.by_detail:
            split = by_detail(r.attacked, r.unmarked, period, r.draw.degrees, r.payload, keyed)
            for (low, high), (samples, energy, snr, right) in zip(DETAIL_CLASSES, split, strict=True):
                cells.append(f"detail {low:g}-{high:g}: samples {samples:.2f} energy {energy:.2f} "
                             f"snr {snr:.2f}{'*' if right else ''}")
        print(f"{r.index:2d} {r.name[:22]:22s} PSNR {r.psnr:4.1f} | {r.draw} | " + ", ".join(cells), flush=True)
    print(f"{draws} draws; per field: decoded at the truth (version 2), per-code-bit SNR median")
    tally.print(draws, 10)


if __name__ == "__main__":
    main()
