"""Would a coarse second mark survive where the fine one dies? A measurement, not a mark.

Why this exists: the tuning draws the fine mark loses at every geometry are flat pages and posters shrunk below
~0.55x and WebP-compressed (docs/benchmarks.md, "A coarse mark for shrunk flat pages"). Before building a second
mark (its tile, format bits, search and false-positive fit) this measures whether its band survives at all, and how
it must be read: a keyed band-limited pattern (`--band`, cycles per canonical px) is added to the flat areas of a
few flat images at `--amps` grey levels RMS, the image is shrunk and re-encoded, and the pattern is correlated, at
the geometry the attack applied, with the received luma's residual on its own flat areas (a smooth trend removed).
The z-score is against 30 other keys' patterns; the unmarked image's z is printed beside it.

Run: `.venv/bin/python bench/watermark_coarse_probe.py` (periods 40-128 canonical px, 0.5 and 0.8 grey levels),
`... --band 0.03125 0.1 --amps 0.8` (the fine mark's low layer's band).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.watermark, when run as a script

from bench.watermark import draft, gradient, jpeg, resize, text_page, webp

Array = npt.NDArray[np.float64]
ATTACKS = [(0.33, "webp", 65), (0.45, "webp", 70), (0.55, "webp", 61), (0.4, "jpeg", 70)]
OTHER_KEYS = 30
OUTLIER = 8.0  # grey levels off the page's trend: another surface (a glyph's inside), not the page


def band_pattern(height: int, width: int, band: tuple[float, float], rng: np.random.Generator) -> Array:
    """White noise kept only between band[0] and band[1] cycles per px, unit RMS."""
    spectrum = np.fft.fft2(rng.standard_normal((height, width)))
    radius = np.hypot(np.fft.fftfreq(height)[:, None], np.fft.fftfreq(width)[None, :])
    spectrum[(radius < band[0]) | (radius > band[1])] = 0
    pattern = np.real(np.fft.ifft2(spectrum))
    return np.asarray(pattern / pattern.std())


def gaussian(values: Array, sigma: float) -> Array:
    """Gaussian smoothing by FFT over a mirrored copy, so a vignette's dark bottom does not wrap onto its top."""
    h, w = values.shape
    mirrored = np.pad(values, ((h, h), (w, w)), mode="symmetric")
    fy, fx = np.fft.fftfreq(3 * h)[:, None], np.fft.fftfreq(3 * w)[None, :]
    kernel = np.exp(-2 * (np.pi * sigma) ** 2 * (fx**2 + fy**2))
    return np.asarray(np.real(np.fft.ifft2(np.fft.fft2(mirrored) * kernel))[h:2 * h, w:2 * w])


def flat_residual(y: Array) -> tuple[Array, Array]:
    """(luma minus its smooth trend on flat samples, 0 elsewhere; the flat mask): a 7x7 range under 4 grey levels.

    The trend is taken twice: flat samples more than OUTLIER grey levels off the first one (the flat insides of bold
    glyphs on a light poster) are left out of the second and of the residual."""
    windows = sliding_window_view(np.pad(y, 3, mode="edge"), (7, 7))
    flat = ((windows.max(axis=(2, 3)) - windows.min(axis=(2, 3))) < 4).astype(np.float64)
    for _ in range(2):
        trend = gaussian(y * flat, 160) / np.maximum(gaussian(flat, 160), 1e-3)
        flat = flat * (np.abs(y - trend) < OUTLIER)
    return (y - trend) * flat, flat


def luma(image: Image.Image) -> Array:
    return np.asarray(image.convert("L").convert("F"), dtype=np.float64)


def with_change(image: Image.Image, delta: Array) -> Image.Image:
    rgb = np.asarray(image.convert("RGB"), dtype=np.float64) + np.rint(delta)[..., None]
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8))


def attacked(image: Image.Image, scale: float, codec: str, quality: int, size: tuple[int, int]) -> Array:
    """Shrunk, re-encoded, and brought back to `size` (the geometry the attack applied), as luma."""
    small = resize(image, scale)
    received = webp(small, quality) if codec == "webp" else jpeg(small, quality)
    return luma(received.resize(size, Image.Resampling.BILINEAR))


def z_score(residual: Array, pattern: Array, others: list[Array]) -> float:
    null = np.array([(residual * other).sum() for other in others])
    return float(((residual * pattern).sum() - null.mean()) / null.std())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--band", type=float, nargs=2, default=(1 / 128, 1 / 40))
    parser.add_argument("--amps", default="0.5,0.8", help="grey levels RMS on the flat areas, comma-separated")
    args = parser.parse_args()
    band = (args.band[0], args.band[1])
    rng = np.random.default_rng(10001)
    poster = 'a flat poster that says "SPRING FAIR" on a pale yellow background'
    images = [("text page", text_page(1376, 768, np.random.default_rng(5))),
              ("text page 2", text_page(1024, 1024, np.random.default_rng(7))),
              ("flat poster", draft(poster, 1024, 1024, 3)),
              ("gradient", gradient(1024, 1024, np.random.default_rng(3)))]
    for name, image in images:
        w, h = image.size
        pattern = band_pattern(h, w, band, rng)
        others = [band_pattern(h, w, band, np.random.default_rng(100 + k)) for k in range(OTHER_KEYS)]
        flat = flat_residual(luma(image))[1]
        for amp in (float(a) for a in args.amps.split(",")):
            marked = with_change(image, amp * pattern * flat)
            psnr = 10 * np.log10(255**2 / np.mean((luma(marked) - luma(image)) ** 2))
            for scale, codec, quality in ATTACKS:
                z = z_score(flat_residual(attacked(marked, scale, codec, quality, (w, h)))[0], pattern, others)
                z0 = z_score(flat_residual(attacked(image, scale, codec, quality, (w, h)))[0], pattern, others)
                print(f"{name:12s} {amp:.2f} grey levels (flat share {flat.mean():.2f}, PSNR {psnr:4.1f} dB) "
                      f"{scale:.2f}x {codec} q{quality}: z {z:5.1f} (unmarked {z0:5.1f})", flush=True)


if __name__ == "__main__":
    main()
