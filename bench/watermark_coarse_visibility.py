"""How visible is the coarse mark on light page backgrounds, against a flat sky and against the fine mark itself?

Why this exists: the coarse second mark (bench/watermark_coarse_mark.py) reads the shrunk, WebP-compressed text
pages the fine mark loses only at ~0.8 grey levels, and a reader cannot make up the difference (bench/
watermark_coarse_read.py: even the attacked mark alone, the content subtracted exactly, reads no better). So the
question is whether 0.8 grey levels on a light page background is as invisible as the 0.5 accepted on a flat sky.
The project judges the mark's visibility by the change's RMS and PSNR and by 1:1 crops viewed side by side
(docs/benchmarks.md, the watermark sections); this prints those for the fine mark alone and with the coarse layer
at each `--rms`, on the embedder's flat areas, and adds each change's CIELAB lightness difference (delta L*, from
the sRGB pixels), which puts a grey level on a white page and on a mid-tone sky on one perceptual scale. Crops are
written to `--out`: each variant at 1:1, and its change stretched 24x around mid grey.

Run: `PYTHONPATH=src .venv/bin/python bench/watermark_coarse_visibility.py` (the sky and the three tuning text pages
whose shrunk WebP draws the fine mark loses).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench.*, when run as a script

from bench import watermark_coarse_mark as coarse
from bench.watermark import KEY, marked_set
from bench.watermark_attacks import TUNING_SEED

from openbanana.imaging import watermark as wm
from openbanana.imaging import watermark_embed as wm_embed

Array = npt.NDArray[np.float64]
PAGES = (29, 31, 33)  # indices into the bench's spread list of 36 tuning images: the three text pages
CROP = 384


def sky(size: int = 1024) -> Image.Image:
    """A flat blue sky, lighter toward the horizon (a vertical gradient, as in the low layer's eye check)."""
    t = np.linspace(0.0, 1.0, size)[:, None, None]
    rgb = (1 - t) * np.array([86.0, 142.0, 214.0]) + t * np.array([176.0, 208.0, 240.0])
    return Image.fromarray(np.broadcast_to(rgb, (size, size, 3)).round().astype(np.uint8))


def lightness(image: Image.Image) -> Array:
    """CIELAB L* of each sRGB pixel (D65 luminance)."""
    c = np.asarray(image.convert("RGB"), dtype=np.float64) / 255
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    y = linear @ np.array([0.2126, 0.7152, 0.0722])
    f = np.where(y > (6 / 29) ** 3, np.cbrt(y), y / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.asarray(116 * f - 16)


def luma(image: Image.Image) -> Array:
    return np.asarray(image.convert("L"), dtype=np.float64)


def rms(values: Array, where: npt.NDArray[np.bool_]) -> float:
    return float(np.sqrt(np.mean(values[where] ** 2)))


def flattest_corner(flat: npt.NDArray[np.bool_]) -> tuple[int, int]:
    """The top-left corner of the CROP x CROP window (on a 64-px grid) with the largest flat share."""
    h, w = flat.shape
    corners = [(x, y) for y in range(0, h - CROP + 1, 64) for x in range(0, w - CROP + 1, 64)]
    return max(corners, key=lambda c: float(flat[c[1]:c[1] + CROP, c[0]:c[0] + CROP].mean()))


def study(name: str, image: Image.Image, payload: wm.WatermarkPayload, levels: list[float], out: Path) -> None:
    y = luma(image)
    flat = wm_embed._flatness(wm_embed._mask(y.astype(np.float32))) >= 1
    base_l, fine = lightness(image), wm.embed_watermark(image, payload, KEY)
    corner = flattest_corner(flat)
    box = (corner[0], corner[1], corner[0] + CROP, corner[1] + CROP)
    print(f"{name}: {image.width}x{image.height}, flat share {flat.mean():.2f}, flat luma median "
          f"{np.median(y[flat]):.0f}; crop at {corner}")
    for level in [0.0, *levels]:
        marked = fine if level == 0 else coarse.embed(image, payload, KEY, level)
        change, layer = luma(marked) - y, luma(marked) - luma(fine)
        psnr = 10 * math.log10(255**2 / max(float(np.mean(change**2)), 1e-12))
        delta_l, layer_l = lightness(marked) - base_l, lightness(marked) - lightness(fine)
        print(f"  coarse {level:.1f}: whole change {rms(change, flat | ~flat):.2f} levels RMS ({psnr:.1f} dB), on flat "
              f"{rms(change, flat):.2f} (delta L* {rms(delta_l, flat):.3f}); coarse layer alone on flat "
              f"{rms(layer, flat):.2f} levels (delta L* {rms(layer_l, flat):.3f})", flush=True)
        tag = f"{name}-{level:.1f}"
        marked.crop(box).save(out / f"{tag}.png")
        stretched = np.clip(128 + 24 * change[box[1]:box[3], box[0]:box[2]], 0, 255).astype(np.uint8)
        Image.fromarray(stretched, "L").save(out / f"{tag}-change-x24.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rms", default="0.5,0.8", help="coarse layer strengths, comma-separated grey levels")
    parser.add_argument("--out", type=Path, default=Path("/tmp/coarse-visibility"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    levels = [float(v) for v in args.rms.split(",")]
    payload = wm.WatermarkPayload(7, 0x5EED_0007)
    study("sky", sky(), payload, levels, args.out)
    samples = list(marked_set(False, TUNING_SEED))
    spread = [samples[round(i * len(samples) / 36)] for i in range(36)]
    for index in PAGES:
        study(f"page{index}", spread[index].image, payload, levels, args.out)


if __name__ == "__main__":
    main()
