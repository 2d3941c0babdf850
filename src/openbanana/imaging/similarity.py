"""Is an edit's output nearly a copy of one of its inputs? Then the server did not make it, and must not mark it so.

Measured rule (bench/provenance.py): compare on a 256-px (long side) RGB grid, the input both stretched
to the output and centre-cropped to its aspect ratio (the two ways an engine fits an input), and take the *worst*
16x16 block's PSNR, so one changed region (a hat added, a face swapped) is enough to count as an edit. On the
draft engine, "keep it exactly the same" and edits it could not make return their input at 32-40 dB worst-block
PSNR (44-47 dB overall); every edit it made scored <= 19 dB. `NEAR_COPY_DB` sits in that gap.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

NEAR_COPY_DB = 28.0
_GRID = 256  # analysis long side (px)
_BLOCK = 16  # block side on that grid (px)


def copy_psnr(output: Image.Image, reference: Image.Image) -> float:
    """Worst-block PSNR (dB) of `output` against `reference` fitted to it (stretched or centre-cropped, the better)."""
    scale = _GRID / max(output.width, output.height)
    size = (max(_BLOCK, round(output.width * scale)), max(_BLOCK, round(output.height * scale)))
    target = _pixels(output, size)
    rgb = reference.convert("RGB")
    return max(_worst_block_psnr(target, _pixels(rgb, size)),
               _worst_block_psnr(target, _pixels(ImageOps.fit(rgb, output.size), size)))


def is_near_copy(output: Image.Image, references: tuple[Image.Image, ...] | list[Image.Image]) -> bool:
    return any(copy_psnr(output, reference) >= NEAR_COPY_DB for reference in references)


def _pixels(image: Image.Image, size: tuple[int, int]) -> npt.NDArray[np.float64]:
    return np.asarray(image.convert("RGB").resize(size, Image.Resampling.BOX), dtype=np.float64)


def _worst_block_psnr(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> float:
    squared = ((a - b) ** 2).mean(axis=2)
    rows, cols = squared.shape[0] // _BLOCK * _BLOCK, squared.shape[1] // _BLOCK * _BLOCK
    blocks = squared[:rows, :cols].reshape(rows // _BLOCK, _BLOCK, cols // _BLOCK, _BLOCK).mean(axis=(1, 3))
    return 10 * math.log10(255.0**2 / max(float(blocks.max()), 1e-10))
