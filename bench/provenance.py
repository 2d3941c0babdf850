"""Provenance rules, measured: when an edit is a copy of its input, and when a record is claimed for an image.

Why this exists: two thresholds decide what `verifyImage` claims, and both need a gap between the two sides.
1. Near copies (`imaging/similarity.py`, NEAR_COPY_DB): edits through the real server (draft engine) of the
   test photographs, with prompts that ask for no change and prompts for real edits; prints each one's
   worst-block PSNR against its input. Copies must sit above the threshold, edits the engine made below.
2. Fingerprints (`imaging/fingerprint.py`, MATCH_MIN): each photograph's fingerprint against randomised
   attacks (bench/watermark_attacks.attack: crops on all sides, scales, tilt, tone, screenshots, codecs) of
   itself and of every other photograph; prints the lowest genuine and the highest unrelated match.
3. Transplants: twice the high-frequency residual of a marked image added to each other photograph: how often
   the record would be claimed (it must be never) and how often the mark itself still decodes.

Run: `.venv/bin/python bench/provenance.py` (~3 minutes on 2 cores), `--json` for machine-readable output.
"""

from __future__ import annotations

import argparse
import base64
import io
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from fastapi.testclient import TestClient
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.watermark_attacks, when run as a script

from bench.watermark import environment
from bench.watermark_attacks import attack

from openbanana.api.app import create_app
from openbanana.config import Settings
from openbanana.imaging import watermark as wm
from openbanana.imaging.fingerprint import MATCH_MIN, content_match, fingerprint
from openbanana.imaging.similarity import NEAR_COPY_DB, copy_psnr

PHOTOS = Path(__file__).resolve().parents[1] / "tests" / "data" / "photos"
URL = "/v1beta/models/gemini-3-pro-image-preview:generateContent"
COPY_PROMPTS = ["Keep it exactly the same", "Return this image unchanged", "same image, no changes please"]
EDIT_PROMPTS = ["Add sunglasses", "Add a small red hat", "Make the sky purple", "Turn it into a watercolor painting",
                "Crop to a square", "Remove the background", "Add a cat", "Make it brighter", "Make it black and white",
                "Zoom in on the center"]
KEY = b"bench-provenance"


def near_copies(log: Any) -> dict[str, Any]:
    rows = []
    with tempfile.TemporaryDirectory() as folder, TestClient(create_app(Settings(data_dir=Path(folder) / "data")),
                                                              headers={"x-goog-api-key": "bench"}) as client:
        for photo, prompt in itertools.product(sorted(PHOTOS.glob("*.jpg")), COPY_PROMPTS + EDIT_PROMPTS):
            data = photo.read_bytes()
            body = {"contents": [{"parts": [{"inlineData": {"mimeType": "image/jpeg",
                                                            "data": base64.b64encode(data).decode()}},
                                            {"text": prompt}]}]}
            answer = client.post(URL, json=body).json()
            parts = [p for p in answer["candidates"][0]["content"]["parts"] if "inlineData" in p]
            text = " ".join(p.get("text", "") for p in answer["candidates"][0]["content"]["parts"])
            output = Image.open(io.BytesIO(base64.b64decode(parts[-1]["inlineData"]["data"]))).convert("RGB")
            psnr = copy_psnr(output, Image.open(photo).convert("RGB"))
            rows.append({"photo": photo.stem, "prompt": prompt, "copy_prompt": prompt in COPY_PROMPTS,
                         "worst_block_psnr": round(psnr, 1), "near_copy": psnr >= NEAR_COPY_DB,
                         "engine_said_not_done": "Not done" in text})
            log(f"{photo.stem:10s} {prompt:36s} {psnr:5.1f} dB")
    return {"threshold_db": NEAR_COPY_DB, "rows": rows}


def fingerprints(draws: int, log: Any) -> dict[str, Any]:
    photos = {p.stem: Image.open(p).convert("RGB") for p in sorted(PHOTOS.glob("*.jpg"))}
    rng = np.random.default_rng(20261202)
    genuine: list[tuple[float, str]] = []
    unrelated: list[tuple[float, str]] = []
    started = time.perf_counter()
    for recorded, received in itertools.product(photos, photos):
        stored = fingerprint(photos[recorded])
        for _ in range(draws):
            attacked, draw = attack(photos[received], rng)
            match = content_match(stored, attacked)
            (genuine if recorded == received else unrelated).append((match, f"{recorded}<-{received}: {draw}"))
    calls = len(genuine) + len(unrelated)
    log(f"fingerprints: {calls} matches in {time.perf_counter() - started:.0f} s")
    return {"threshold": MATCH_MIN, "genuine": len(genuine), "unrelated": len(unrelated),
            "genuine_min": min(genuine), "unrelated_max": max(unrelated),
            "genuine_below_threshold": sum(m < MATCH_MIN for m, _ in genuine),
            "unrelated_at_or_above_threshold": sum(m >= MATCH_MIN for m, _ in unrelated),
            "ms_per_match": 1000 * (time.perf_counter() - started) / calls}


def transplants(log: Any) -> dict[str, Any]:
    photos = {p.stem: Image.open(p).convert("RGB") for p in sorted(PHOTOS.glob("*.jpg"))}
    claimed = decoded = 0
    pairs = 0
    for donor_name, target_name in itertools.permutations(photos, 2):
        donor = wm.embed_watermark(photos[donor_name], wm.WatermarkPayload(1, pairs), KEY)
        residual = np.asarray(donor, np.float64) - np.asarray(donor.filter(ImageFilter.GaussianBlur(2)), np.float64)
        target = photos[target_name].resize(donor.size, Image.Resampling.LANCZOS)
        forged = Image.fromarray(np.clip(np.asarray(target, np.float64) + 2 * residual, 0, 255).astype(np.uint8))
        detection = wm.detect_watermark(forged, KEY)
        decoded += detection.found
        claimed += detection.found and content_match(fingerprint(donor), forged) >= MATCH_MIN
        pairs += 1
    log(f"transplants: {pairs} pairs, mark decoded on {decoded}, record claimed on {claimed}")
    return {"pairs": pairs, "mark_decoded": decoded, "record_claimed": claimed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--draws", type=int, default=4, help="attacks per photograph pair for the fingerprints")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    summary = {"environment": environment(), "near_copies": near_copies(log),
               "fingerprints": fingerprints(args.draws, log), "transplants": transplants(log)}
    if args.json:
        print(json.dumps(summary, indent=2, default=str))
        return 0
    rows = summary["near_copies"]["rows"]
    copies = [r["worst_block_psnr"] for r in rows if r["near_copy"]]
    made = [r["worst_block_psnr"] for r in rows if not r["near_copy"]]
    print(f"near copies (threshold {NEAR_COPY_DB} dB worst-block PSNR): {len(copies)} of {len(rows)} outputs, "
          f"{min(copies, default=0):.1f}-{max(copies, default=0):.1f} dB; the rest {min(made, default=0):.1f}-"
          f"{max(made, default=0):.1f} dB")
    for r in rows:
        if r["near_copy"] != r["copy_prompt"]:
            print(f"  {r['photo']} '{r['prompt']}': {r['worst_block_psnr']} dB, near copy {r['near_copy']}, "
                  f"engine said not done: {r['engine_said_not_done']}")
    f = summary["fingerprints"]
    print(f"fingerprints (threshold {MATCH_MIN}): genuine {f['genuine']} min {f['genuine_min'][0]:.3f} "
          f"({f['genuine_below_threshold']} below), unrelated {f['unrelated']} max {f['unrelated_max'][0]:.3f} "
          f"({f['unrelated_at_or_above_threshold']} at or above), {f['ms_per_match']:.0f} ms per match")
    print(f"  weakest genuine: {f['genuine_min'][1]}")
    print(f"  strongest unrelated: {f['unrelated_max'][1]}")
    t = summary["transplants"]
    print(f"transplants: {t['pairs']} pairs, mark decoded on {t['mark_decoded']}, record claimed on "
          f"{t['record_claimed']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
