"""C2PA cost per emitted image: sign (what the finish step adds when a certificate is configured), read, bytes added.

Draft-engine images, and noise (an incompressible worst case: the bigger the file, the longer the hashing), at 1K and
4K (1:1), encoded exactly as the finish step encodes them (XMP included), then signed with a fresh development chain
(`openbanana keys c2pa --init`'s). Prints one JSON object per (size, content, format).
Usage: .venv/bin/python bench/c2pa_sign.py [--repeats 15]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image

from openbanana import __version__
from openbanana.cli.c2pa_keys import c2pa
from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paCredentials, ManifestReader, ManifestSigner
from openbanana.imaging.codecs import encode_image
from openbanana.imaging.provenance import Provenance
from openbanana.imaging.sizes import target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

PROMPT = 'a lighthouse poster that says "NORTH" at dusk'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        c2pa(init=True, data_dir=Path(folder), force=False)
        credentials = C2paCredentials.load(Path(folder) / C2PA_DIR / CHAIN_FILE, Path(folder) / C2PA_DIR / KEY_FILE)
    signer = ManifestSigner(credentials, "openbanana", __version__, "draft")
    reader = ManifestReader(credentials.anchors_pem)
    provenance = Provenance("openbanana", __version__, "draft", image_id="0001-00000000")
    engine = DraftEngine()
    for size in ("1K", "4K"):
        target = target_size("1:1", size)
        plan = plan_composition(PlanningInput(prompt=PROMPT, width=target.width, height=target.height, seed=7))
        images = {"draft": engine.render(RenderRequest(plan, target.width, target.height, (), 7, False)).image,
                  "noise": Image.effect_noise((target.width, target.height), 64).convert("RGB")}
        for (content, image), mime in itertools.product(images.items(), ("image/png", "image/jpeg", "image/webp")):
            try:
                data = encode_image(image, mime, quality=90, provenance=provenance)
            except ValueError as exc:  # libwebp cannot fit 4K noise in its first partition ("encoding error 6")
                print(json.dumps({"size": size, "content": content, "mime": mime, "encode_error": str(exc)}))
                continue
            sign_s, read_s = [], []
            for _ in range(args.repeats):
                started = time.perf_counter()
                signed = signer.sign(data, mime, title="0001-00000000")
                sign_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                report = reader.read(signed, mime)
                read_s.append(time.perf_counter() - started)
                assert report.trusted, report
            print(json.dumps({"size": size, "content": content, "mime": mime, "image_bytes": len(data),
                              "added_bytes": len(signed) - len(data),
                              "sign_ms_p50": round(statistics.median(sign_s) * 1000, 1),
                              "sign_ms_min": round(min(sign_s) * 1000, 1),
                              "read_ms_p50": round(statistics.median(read_s) * 1000, 1)}))


if __name__ == "__main__":
    main()
