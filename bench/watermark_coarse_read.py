"""How strongly can the coarse mark be read? Read variants compared at the geometry each attack applied.

Why this exists: at 0.5 grey levels the coarse mark of bench/watermark_coarse_mark.py read none of the fine mark's
tuning misses; the three shrunk text pages read a per-code-bit SNR of 0.38-0.49 at the true geometry where the code
needs ~0.7 (docs/benchmarks.md, "The coarse mark built and replayed on the tuning draws"). Before spending more
visibility on it, this measures how much of that shortfall is the reader's: for each tuning draw, the field and the
chip bins are read several ways at the true geometry, and each read's per-code-bit SNR (the soft values' mean over
their spread, signed by the bits really embedded) and whether it decodes are printed side by side:

* field: the flat samples as in the mark's bench (`flat`), the same weighed by the inverse of their local noise
  (`weighted`), or with a looser flatness test (3x3 range under 8 grey levels) and weighed (`wide`);
* bins: each chip bin's mean (as in the mark's bench) or its weighted sum (`sum`: the matched filter, where a bin
  seen by many quiet samples counts more than one seen by a single sample beside a stroke);
* whitening: the bins' spectrum divided by its local magnitude to the power 1 (as in the bench), 0 (none) or 2;
* `--oracle`: the flat field's samples valued by the attacked image less the unmarked image under the same attack
  (the content subtracted exactly: what no reader can beat on those samples).

Run: `PYTHONPATH=src .venv/bin/python bench/watermark_coarse_read.py --subset 0,9,10,23,27,29,31,33` (the 32 tuning
draws that hold the fine mark's 7 misses), `--rms 0.8`. Tuning seeds only: this never draws held-aside ones.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.*, when run as a script

from bench import watermark_coarse_mark as coarse

from openbanana.imaging.ecc import int_to_bits
from openbanana.imaging.watermark_format import _CONV
from openbanana.imaging.watermark_tile import _grid_scale

FIELDS = {"flat": {}, "weighted": {"weighted": True}, "wide": {"weighted": True, "flat_range": 8.0}}
READS = {"mean p1": (False, 1.0), "mean p0": (False, 0.0), "sum p1": (True, 1.0), "sum p0": (True, 0.0),
         "sum p2": (True, 2.0)}


def code_signs(r: coarse.Replayed) -> coarse.Array:
    """+-1 per code bit as embedded (before the whitening the decoder undoes)."""
    data = int_to_bits(coarse.id_bits(r.payload), coarse.ID_BITS)
    code = _CONV.encode(np.concatenate([data, coarse.check(r.payload.issuer, data)]))
    return np.asarray(2.0 * code - 1.0)


def snr(peak: coarse.Peak, k: coarse.Keyed, signs: coarse.Array) -> float:
    """The soft code values' mean over their spread, each signed by the bit embedded there."""
    data = k.role >= 0
    soft = np.bincount(k.role[data], weights=(peak.aligned * k.signs)[data], minlength=coarse.LENGTH)
    signed = np.where(k.whitening == 1, -soft, soft) * signs
    return float(signed.mean() / max(float(signed.std()), 1e-12))


def oracle(f: coarse.Field, attacked: Image.Image, unmarked: Image.Image) -> coarse.Field:
    """The same samples as `f`, valued by what the attack left of the mark alone: the attacked image less the
    unmarked one under the same attack (a bound: no reader knows the content this well)."""
    difference = Image.fromarray(np.asarray(attacked.convert("L"), dtype=np.float32)
                                 - np.asarray(unmarked.convert("L"), dtype=np.float32), "F")
    d = np.asarray(difference if f.factor == 1 else difference.reduce(f.factor), dtype=np.float64)
    rows = np.rint(f.y + (d.shape[0] - 1) / 2).astype(np.int64)
    cols = np.rint(f.x + (d.shape[1] - 1) / 2).astype(np.int64)
    value = d[rows, cols]
    return dataclasses.replace(f, value=value - value.mean())


class Tally:
    """Per read: the draws it decoded at the truth and each draw's per-code-bit SNR (shared with
    bench/watermark_fine_oracle.py)."""

    def __init__(self) -> None:
        self.decoded: dict[str, int] = defaultdict(int)
        self.snrs: dict[str, list[float]] = defaultdict(list)

    def add(self, name: str, snr: float, right: bool, score: str = "") -> str:
        """Count one read; its cell for the draw's line."""
        self.decoded[name] += right
        self.snrs[name].append(snr)
        return f"{name} {score}{snr:.2f}{'*' if right else ''}"

    def print(self, draws: int, width: int) -> None:
        for name in self.decoded:
            print(f"  {name:{width}s} {self.decoded[name]:2d}/{draws}  {statistics.median(self.snrs[name]):.2f}")


def main() -> None:
    parser = coarse.replay_parser(__doc__, 60.0)
    parser.add_argument("--oracle", action="store_true", help="also read the attacked mark alone (a bound)")
    parser.add_argument("--reads", default=",".join(READS), help="comma-separated read names")
    args = parser.parse_args()
    k = coarse.keyed(coarse.KEY)
    tally, draws = Tally(), 0
    for r in coarse.replayed(args):
        draws += 1
        signs, cells = code_signs(r), []
        fields = {name: coarse.field(r.attacked, args.sigma, **options)  # type: ignore[arg-type]
                  for name, options in FIELDS.items()}
        if r.unmarked is not None and fields["flat"] is not None:
            fields["oracle"] = oracle(fields["flat"], r.attacked, r.unmarked)
        for field_name, f in fields.items():
            if f is None:
                cells.append(f"{field_name}: no field")
                continue
            period = coarse.TILE * _grid_scale(*r.marked_size) * r.draw.scale / f.factor
            for read_name in args.reads.split(","):
                summed, power = READS[read_name]
                name = f"{field_name} {read_name}"
                peak = coarse.at_truth(f, k, period, r.draw.degrees, summed, power)
                right = coarse.decode(peak.aligned, k, r.payload.issuer) == coarse.id_bits(r.payload)
                cells.append(tally.add(name, snr(peak, k, signs), right))
        print(f"{r.index:2d} {r.name[:22]:22s} | {r.draw} | " + ", ".join(cells), flush=True)
    print(f"rms {args.rms}, sigma {args.sigma}: {draws} draws; per read: decoded at the truth, SNR median")
    tally.print(draws, 18)


if __name__ == "__main__":
    main()
