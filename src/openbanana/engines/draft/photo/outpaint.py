"""Outpaint: extend a photo to a new aspect ratio (or zoom out) instead of cropping it or adding bars.

The photo is fitted whole inside the new frame, a taller frame's margin mostly beside its plainer edge
(`outpaint_sides`); the new margins are grown from pieces of the photo's own edges on a small copy (`quilting`:
trees continue as trees, a plain backdrop stays plain), softened the farther they reach so a copied shape never
reads as a ghost, plus fine grain in patches from the photo's edge band and a very short mirrored continuation right
at the seam. No bars; the photo's own pixels are kept.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, resize_to, u8
from openbanana.engines.draft.photo.margin_detail import copied_detail
from openbanana.engines.draft.photo.outpaint_sides import split
from openbanana.engines.draft.photo.quilting import quilted_with_sources

QUILT_LONG_SIDE = 384  # the patches are chosen and laid on a copy this size
BLUR_GROWTH = 0.12  # the margins' blur radius, as a share of the distance from the photo's edge (small copy)


def outpaint(rgb: U8, width: int, height: int, rng: random.Random, zoom: float = 1.0) -> U8:
    """`rgb` fitted inside width×height (scaled by `zoom` ≤ 1 to zoom out), the margins filled by extension."""
    ph, pw = rgb.shape[:2]
    scale = min(width / pw, height / ph) * min(1.0, max(0.3, zoom))
    fw, fh = max(1, round(pw * scale)), max(1, round(ph * scale))
    fitted = u8(cv2.resize(rgb, (fw, fh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC))
    x0 = (width - fw) // 2  # a taller frame grows mostly beside the plainer of top and bottom (`outpaint_sides`);
    y0 = split(fitted, height - fh) if zoom >= 1.0 else (height - fh) // 2  # zooming out keeps the photo centred
    if (fw, fh) == (width, height):
        return fitted
    pads = (y0, height - fh - y0, x0, width - fw - x0)
    mirrored = cv2.copyMakeBorder(fitted, *pads, cv2.BORDER_REFLECT_101).astype(np.float32)
    known = np.zeros((height, width), np.float32)
    known[y0:y0 + fh, x0:x0 + fw] = 1
    distance = cv2.distanceTransform((1 - known).astype(np.uint8), cv2.DIST_L2, 5)
    seam = max(2.0, min(fw, fh) * 0.01)
    near = np.exp(-distance / seam)[..., None]  # the mirrored copy only right at the edge: no ghost of the subject
    coarse, offsets = _quilted(fitted, pads, width, height, rng)
    detail, copied = copied_detail(fitted, (x0, y0), (width, height), offsets)
    extension = coarse + detail
    if not copied.all():  # where the smooth guess stood in, grain from the edge band instead
        grain = _half_texture(fitted, (x0, y0), width, height, rng)
        extension[~copied] += grain[~copied]
    out = mirrored * near + extension * (1 - near)
    out[y0:y0 + fh, x0:x0 + fw] = fitted  # the photo itself is never altered
    return u8(out + 0.5)


def _quilted(fitted: U8, pads: tuple[int, int, int, int], width: int, height: int,
             rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """The margins grown from the photo's own patches on a small copy (`quilting`), scaled up: the scene's shapes
    continue at a coarse scale; with where each square came from, for the full-size texture (`margin_detail`)."""
    top, bottom, left, right = pads
    scale = min(1.0, QUILT_LONG_SIDE / max(width, height))
    sw, sh = max(8, round(width * scale)), max(8, round(height * scale))
    x0, y0 = round(left * scale), round(top * scale)
    x1, y1 = max(x0 + 2, sw - round(right * scale)), max(y0 + 2, sh - round(bottom * scale))
    photo = cv2.resize(fitted, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA).astype(np.float32)
    grown, offsets = quilted_with_sources(photo, (y0, sh - y1, x0, sw - x1), rng)
    known = np.zeros((sh, sw), np.uint8)
    known[y0:y1, x0:x1] = 1
    distance = cv2.distanceTransform(1 - known, cv2.DIST_L2, 5)
    coarse = np.asarray(resize_to(_blurred_outward(grown, distance * BLUR_GROWTH), width, height), np.float32)
    return coarse, offsets


def _blurred_outward(image: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """`image` blurred by `wanted` (a radius per pixel), blended between a few fixed blurs: pieces of the photo
    stay crisp beside it and soften farther out, where a copied shape would read as a ghost."""
    sigmas = [0.8, 2.0, 4.0, 8.0, 16.0]
    stack = [cv2.GaussianBlur(image, (0, 0), s) for s in sigmas]
    wanted = np.clip(wanted, sigmas[0], sigmas[-1])
    out = stack[0]
    for i in range(len(sigmas) - 1):
        t = np.clip((wanted - sigmas[i]) / (sigmas[i + 1] - sigmas[i]), 0, 1)[..., None]
        out = np.where((wanted > sigmas[i])[..., None], stack[i] * (1 - t) + stack[i + 1] * t, out)
    return np.asarray(out, np.float32)


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
