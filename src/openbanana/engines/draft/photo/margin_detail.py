"""The outpainted margins' texture at full size, copied from the same places of the photo as the quilt's squares.

Why: the squares are chosen and laid on a copy about 384 px long, so scaled up to 2K a margin has the scene's shapes
but none of its texture (a blur band beside a sharp photo: its local variance a fifth of the edge's). Each margin
pixel knows where on the small copy its square came from (`quilting.quilted_with_sources`); the same offset, scaled,
finds the full-size pixel it stands for, and the photo's fine band (what the small copy lost) is copied from there.
So grass continues as grass blades, a coat's weave as weave, at the photo's own sharpness; the coarse shapes and the
seams between squares stay the quilt's, blended. Strong edges are clipped (a roof's outline copied crisp would read
as a ghost), and pixels where the smooth guess stood in get no copied texture.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8

EDGE_LIMIT = 1.5  # copied detail is clipped at this many times its 90th percentile: texture, not outlines


def copied_detail(fitted: U8, origin: tuple[int, int], size: tuple[int, int],
                  offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fine band of `fitted` (placed at `origin` on a `size` = (width, height) canvas) copied to each margin
    pixel from its square's source; `offsets` is the small canvas's (dy, dx) per pixel. Returns the detail (float32,
    height×width×3) and where it was copied (bool)."""
    width, height = size
    sh, sw = offsets.shape[:2]
    ky, kx = height / sh, width / sw
    fh, fw = fitted.shape[:2]
    shrink = max(1.0, 0.8 * max(kx, ky))  # the fine band is what a copy this much smaller loses
    low = cv2.resize(cv2.resize(fitted, (max(1, round(fw / shrink)), max(1, round(fh / shrink))),
                                interpolation=cv2.INTER_AREA), (fw, fh), interpolation=cv2.INTER_LINEAR)
    fine = fitted.astype(np.float32) - low
    limit = EDGE_LIMIT * float(np.percentile(np.abs(fine[::5, ::5]), 90)) + 1.0  # of the busy parts too
    np.clip(fine, -limit, limit, out=fine)
    guessed = np.isnan(offsets[..., 0])
    far = -4.0 * (width + height)  # a pixel the guess stands in for reads outside the photo: no detail
    small = np.where(guessed[..., None], far, offsets).astype(np.float32)
    big = cv2.resize(small, (width, height), interpolation=cv2.INTER_NEAREST)
    x0, y0 = origin
    map_x = big[..., 1] * kx + (np.arange(width, dtype=np.float32) - x0)[None, :]
    map_y = big[..., 0] * ky + (np.arange(height, dtype=np.float32) - y0)[:, None]
    detail = cv2.remap(fine, map_x, map_y, cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    copied = cv2.resize((~guessed).astype(np.uint8), (width, height), interpolation=cv2.INTER_NEAREST) > 0
    return np.asarray(detail, np.float32), copied
