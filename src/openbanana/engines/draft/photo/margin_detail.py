"""The outpainted margins' texture at full size, copied from the same places of the photo as the quilt's squares.

Why: the squares are chosen and laid on a copy about 384 px long, so scaled up to 2K a margin has the scene's shapes
but none of its texture (a blur band beside a sharp photo: its local variance a fifth of the edge's). Each margin
pixel knows where on the small copy its square came from (`quilting.quilted_with_sources`); the same offset, scaled,
finds the full-size pixel it stands for, and the photo's fine band (what the small copy lost) is copied from there.
So grass continues as grass blades, a coat's weave as weave, at the photo's own sharpness; the coarse shapes and the
seams between squares stay the quilt's, blended. Strong edges are softened (a roof's outline copied crisp would read
as a ghost), and pixels where the smooth guess stood in get no copied texture.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8

EDGE_LIMIT = 1.5  # copied detail is squashed beyond this many times its 90th percentile: texture, not outlines


def copied_detail(fitted: U8, origin: tuple[int, int], size: tuple[int, int],
                  offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The fine band of `fitted` (placed at `origin` on a `size` = (width, height) canvas) copied to each margin
    pixel from its square's source; `offsets` is the small canvas's (dy, dx) per pixel. Returns the detail (float32,
    height×width×3) and where it was copied (bool)."""
    width, height = size
    sh, sw = offsets.shape[:2]
    ky, kx = height / sh, width / sw
    photo = fitted.astype(np.float32)
    fine = photo - cv2.GaussianBlur(photo, (0, 0), max(1.0, 0.8 * max(kx, ky)))
    limit = EDGE_LIMIT * float(np.percentile(np.abs(fine[::3, ::3]), 90)) + 1.0  # of the busy parts too
    fine = limit * np.tanh(fine / limit)
    big = cv2.resize(offsets, (width, height), interpolation=cv2.INTER_NEAREST)
    copied = ~np.isnan(big[..., 0])
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    x0, y0 = origin
    map_x = np.where(copied, xs + np.nan_to_num(big[..., 1]) * kx - x0, -1).astype(np.float32)
    map_y = np.where(copied, ys + np.nan_to_num(big[..., 0]) * ky - y0, -1).astype(np.float32)
    detail = cv2.remap(fine, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT_101)
    return np.where(copied[..., None], detail, 0).astype(np.float32), copied
