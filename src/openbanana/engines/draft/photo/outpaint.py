"""Outpaint: extend a photo to a new aspect ratio (or zoom out) instead of cropping it or adding bars.

The photo is fitted whole inside the new frame; the new margins get the photo's colours carried outward (inpainting
on a small copy, which continues each edge's colours smoothly) plus fine texture in patches taken at random from
the photo's own edge band, and a short mirrored continuation right at the seam; so the extension reads as more of
the same place, with no bars and no mirrored ghost of the subject. The photo's own pixels are kept.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, resize_to, u8

SMALL_LONG_SIDE = 384  # the soft continuation is built on a copy this size, then scaled up
BLUR_GROWTH = 0.45  # the continuation's blur radius, as a share of the distance from the photo's edge


def outpaint(rgb: U8, width: int, height: int, rng: random.Random, zoom: float = 1.0) -> U8:
    """`rgb` fitted inside width×height (scaled by `zoom` ≤ 1 to zoom out), the margins filled by extension."""
    ph, pw = rgb.shape[:2]
    scale = min(width / pw, height / ph) * min(1.0, max(0.3, zoom))
    fw, fh = max(1, round(pw * scale)), max(1, round(ph * scale))
    x0, y0 = (width - fw) // 2, (height - fh) // 2
    fitted = u8(cv2.resize(rgb, (fw, fh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC))
    if (fw, fh) == (width, height):
        return fitted
    pads = (y0, height - fh - y0, x0, width - fw - x0)
    mirrored = cv2.copyMakeBorder(fitted, *pads, cv2.BORDER_REFLECT_101).astype(np.float32)
    known = np.zeros((height, width), np.float32)
    known[y0:y0 + fh, x0:x0 + fw] = 1
    distance = cv2.distanceTransform((1 - known).astype(np.uint8), cv2.DIST_L2, 5)
    seam = max(4.0, min(fw, fh) * 0.04)
    near = np.exp(-distance / seam)[..., None]  # the mirrored copy only right at the edge: no ghost of the subject
    extension = _soft_continuation(fitted, pads, width, height) + _half_texture(fitted, (x0, y0), width, height, rng)
    out = mirrored * near + extension * (1 - near)
    out[y0:y0 + fh, x0:x0 + fw] = fitted  # the photo itself is never altered
    return u8(out + 0.5)


def _half_texture(fitted: U8, origin: tuple[int, int], width: int, height: int, rng: random.Random) -> np.ndarray:
    """`_texture` made at half size above 1200 px and scaled up: the margins' grain, at half the cost."""
    if max(width, height) <= 1200:
        return _texture(fitted, origin, width, height, rng)
    half = u8(cv2.resize(fitted, (max(1, fitted.shape[1] // 2), max(1, fitted.shape[0] // 2)),
                         interpolation=cv2.INTER_AREA))
    small = _texture(half, (origin[0] // 2, origin[1] // 2), width // 2, height // 2, rng)
    return np.asarray(resize_to(small, width, height), np.float32)


def _texture(fitted: U8, origin: tuple[int, int], width: int, height: int, rng: random.Random) -> np.ndarray:
    """The photo's fine texture, in patches taken at random from the band along its nearest edge, so the margins
    have grain and detail of the same kind without repeating any recognisable shape."""
    fh, fw = fitted.shape[:2]
    photo = fitted.astype(np.float32)
    detail = photo - cv2.GaussianBlur(photo, (0, 0), 1.5)
    limit = 2.0 * float(np.median(np.abs(detail[::4, ::4]))) + 1.0
    detail = limit * np.tanh(detail / limit)  # grain and fine texture, not the strong edges of objects
    cell = max(8, min(fw, fh) // 8)
    band = cell + 1
    total = np.zeros((height, width, 3), np.float32)
    weight = np.zeros((height, width), np.float32)
    window = np.outer(np.hanning(cell * 2), np.hanning(cell * 2)).astype(np.float32) + 1e-3
    x0, y0 = origin
    for top in range(-cell, height, cell):
        for left in range(-cell, width, cell):
            cx, cy = left + cell, top + cell  # the patch's centre on the canvas
            if x0 <= cx < x0 + fw and y0 <= cy < y0 + fh:
                continue
            sx = min(max(cx - x0, 0), fw - 1)  # the nearest point of the photo, then a random step inward
            sy = min(max(cy - y0, 0), fh - 1)
            sx = min(max(sx + (rng.randrange(band) if cx < x0 else -rng.randrange(band) if cx >= x0 + fw else
                               rng.randrange(-band // 2, band // 2 + 1)), cell), fw - cell)
            sy = min(max(sy + (rng.randrange(band) if cy < y0 else -rng.randrange(band) if cy >= y0 + fh else
                               rng.randrange(-band // 2, band // 2 + 1)), cell), fh - cell)
            patch = detail[sy - cell:sy + cell, sx - cell:sx + cell]
            if patch.shape[:2] != (2 * cell, 2 * cell):
                continue
            ty0, tx0 = max(0, top), max(0, left)
            ty1, tx1 = min(height, top + 2 * cell), min(width, left + 2 * cell)
            piece = patch[ty0 - top:ty1 - top, tx0 - left:tx1 - left]
            w = window[ty0 - top:ty1 - top, tx0 - left:tx1 - left]
            total[ty0:ty1, tx0:tx1] += piece * w[..., None]
            weight[ty0:ty1, tx0:tx1] += w
    return np.asarray(total / np.maximum(weight, 1e-3)[..., None], np.float32)


def _soft_continuation(fitted: U8, pads: tuple[int, int, int, int], width: int, height: int) -> np.ndarray:
    """The margins as the photo mirrored outward and blurred more the farther it reaches (sharp at the seam, soft
    colour far from it), blended into the edge colours' smooth field where the mirror would repeat the middle of
    the photo: the rows keep their colours (sky beside sky, trees beside trees) with no ghost of the subject."""
    top, bottom, left, right = pads
    scale = min(1.0, SMALL_LONG_SIDE / max(width, height))
    sw, sh = max(8, round(width * scale)), max(8, round(height * scale))
    x0, y0 = round(left * scale), round(top * scale)
    x1, y1 = max(x0 + 2, sw - round(right * scale)), max(y0 + 2, sh - round(bottom * scale))
    photo = cv2.resize(fitted, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA).astype(np.float32)
    mirrored = cv2.copyMakeBorder(photo, y0, sh - y1, x0, sw - x1, cv2.BORDER_REFLECT_101)
    known = np.zeros((sh, sw), np.float32)
    known[y0:y1, x0:x1] = 1
    distance = cv2.distanceTransform((1 - known).astype(np.uint8), cv2.DIST_L2, 5)
    sigmas = [0.0, 2.0, 5.0, 10.0, 20.0, 40.0]
    stack = [mirrored] + [cv2.GaussianBlur(mirrored, (0, 0), s) for s in sigmas[1:]]
    wanted = np.clip(distance * BLUR_GROWTH, 0, sigmas[-1])
    out = np.zeros_like(mirrored)
    for i in range(len(sigmas) - 1):
        lo, hi = sigmas[i], sigmas[i + 1]
        t = np.clip((wanted - lo) / (hi - lo), 0, 1)[..., None]
        inside = ((wanted >= lo) & ((wanted < hi) | (i == len(sigmas) - 2)))[..., None]
        out = np.where(inside, stack[i] * (1 - t) + stack[i + 1] * t, out)
    reach = max(4.0, min(x1 - x0, y1 - y0) * 0.15)  # beyond this the mirror shows the photo's middle
    field = _edge_field(photo, (y0, sh - y1, x0, sw - x1), reach)
    far = np.clip((distance - reach * 0.25) / (reach * 0.75), 0, 1)[..., None]
    out = out * (1 - far) + field * far
    return np.asarray(resize_to(out, width, height), np.float32)


def _edge_field(photo: np.ndarray, pads: tuple[int, int, int, int], reach: float) -> np.ndarray:
    """The colours along the photo's edges carried straight out (each row to the sides, each column up and down),
    softened: sky continues as sky and trees as trees, as smooth colour with no shapes in it."""
    soft = cv2.GaussianBlur(photo, (0, 0), max(1.0, reach * 0.5))
    carried = cv2.copyMakeBorder(soft, *pads, cv2.BORDER_REPLICATE)
    return np.asarray(cv2.GaussianBlur(carried, (0, 0), max(1.0, reach)), np.float32)
