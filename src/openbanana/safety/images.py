"""Image checks: the operator's list of perceptual hashes (core), and the optional NSFW detector seam.

A perceptual hash (64-bit DCT "pHash") survives re-encoding, resizing and small edits, so an operator can list
images that must never be accepted or emitted (known abuse material, leaked assets, a takedown list) without storing
them. File format: one 16-hex-digit hash per line, `#` comments. `python -m openbanana.safety.images FILE...`
prints the hashes of image files in that format.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image
from scipy.fft import dctn

from openbanana.safety.policy import ALLOW, Action, BlockReason, HarmCategory, Thresholds, Verdict, rate

HASH_BITS = 64
DEFAULT_MAX_DISTANCE = 6  # of 64 bits; re-encoding moves a hash by 0-2 bits, unrelated images differ by ~32


class ImageHashListError(ValueError):
    """A hash file that cannot be read: the message names the file and line."""


def perceptual_hash(image: Image.Image) -> int:
    """DCT hash: grey 32×32, the 8×8 lowest frequencies, each bit = coefficient above their median."""
    grey = np.asarray(image.convert("L").resize((32, 32), Image.Resampling.LANCZOS), dtype=np.float64)
    low = dctn(grey, norm="ortho")[:8, :8].flatten()
    bits = low > np.median(low[1:])
    return int("".join("1" if b else "0" for b in bits), 2)


@dataclass(frozen=True)
class ImageHashList:
    hashes: tuple[int, ...] = ()
    max_distance: int = DEFAULT_MAX_DISTANCE

    @classmethod
    def parse(cls, text: str, *, max_distance: int = DEFAULT_MAX_DISTANCE, source: str = "<text>") -> ImageHashList:
        hashes = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip().lower().removeprefix("0x")
            if not line:
                continue
            if len(line) != HASH_BITS // 4 or any(c not in "0123456789abcdef" for c in line):
                raise ImageHashListError(f"{source}:{number}: {raw.strip()!r} is not a 16-hex-digit image hash")
            hashes.append(int(line, 16))
        return cls(tuple(hashes), max_distance)

    @classmethod
    def load(cls, path: Path, *, max_distance: int = DEFAULT_MAX_DISTANCE) -> ImageHashList:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ImageHashListError(f"cannot read image hash list {path}: {exc}") from exc
        return cls.parse(text, max_distance=max_distance, source=str(path))

    def match(self, image: Image.Image) -> int | None:
        """The listed hash within `max_distance` bits of the image's, if any."""
        if not self.hashes:
            return None
        value = perceptual_hash(image)
        for listed in self.hashes:
            if (value ^ listed).bit_count() <= self.max_distance:
                return listed
        return None

    def check(self, image: Image.Image) -> Verdict:
        listed = self.match(image)
        if listed is None:
            return ALLOW
        return Verdict(Action.BLOCK, BlockReason.BLOCKLIST, evidence=f"image hash list: {listed:016x}")


class NsfwDetector(Protocol):
    """An image classifier: scores in [0, 1] for the image harm categories it knows."""

    @property
    def name(self) -> str: ...

    def scores(self, image: Image.Image) -> dict[HarmCategory, float]: ...


def detector_verdict(detector: NsfwDetector, image: Image.Image, thresholds: Thresholds) -> Verdict:
    scores = detector.scores(image)
    if not scores:
        return ALLOW
    return rate(scores, thresholds, tuple(scores))


def main(argv: Sequence[str] | None = None) -> int:
    paths = list(sys.argv[1:] if argv is None else argv)
    if not paths:
        print("usage: python -m openbanana.safety.images IMAGE...", file=sys.stderr)
        return 2
    for path in paths:
        with Image.open(path) as image:
            print(f"{perceptual_hash(image):016x}  # {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
