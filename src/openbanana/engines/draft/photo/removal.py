"""Remove a region and fill it from its surroundings: multi-scale inpainting with the surroundings' grain added.

The hole (widened a little, so no outline of the removed thing is left) gets its broad colours from its rim by
push-pull interpolation at ≤ 512 px, and its fine texture from a stretch of the photo beside it (wood grain stays
wood grain), or a grain as strong as the rim's when there is none; so the patch does not look smeared.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import (
    U8,
    Mask,
    blend,
    bounding_box,
    dilate,
    f32,
    feather,
    resize_to,
    shrink,
    u8,
)

FILL_LONG_SIDE = 512


def remove(rgb: U8, mask: Mask, rng: random.Random, keep_out: Mask | None = None) -> U8:
    """`rgb` without the region in `mask`; texture is never borrowed from `keep_out` (other people, say). Only the
    hole's neighbourhood is worked on at full size."""
    height, width = rgb.shape[:2]
    margin = max(2, round(max(width, height) / 90))
    hole = dilate((mask > 0.25).astype(np.float32), margin)
    found = bounding_box(hole, 0.01)
    if found is None:
        return rgb
    x0, y0 = max(0, found[0] - 2 * margin), max(0, found[1] - 2 * margin)
    x1, y1 = min(width, found[2] + 2 * margin), min(height, found[3] + 2 * margin)
    fill = resize_to(_fill(rgb, hole), width, height)[y0:y1, x0:x1].astype(np.float32)
    texture = _borrowed_texture(rgb, hole, keep_out)
    if texture is None:
        texture = _tiled_texture(rgb, hole, keep_out)
    if texture is None:
        texture = _grain(rgb, hole, rng)[..., None]
    out = rgb.copy()
    region = hole[y0:y1, x0:x1]
    patch = fill + texture[y0:y1, x0:x1]
    out[y0:y1, x0:x1] = blend(rgb[y0:y1, x0:x1], patch, feather(region, margin / 2))
    return out


def _borrowed_texture(rgb: U8, hole: Mask, keep_out: Mask | None) -> np.ndarray | None:
    """The fine texture of a stretch of the photo beside the hole (wood grain, a wall's plaster, grass), shifted
    into it: the copy whose source lies outside the hole and inside the photo, and whose colour is closest to the
    hole's rim. None when no such stretch exists."""
    height, width = rgb.shape[:2]
    ys, xs = np.nonzero(hole > 0.5)
    if xs.size == 0:
        return None
    x0, x1, y0, y1 = int(xs.min()), int(xs.max()) + 1, int(ys.min()), int(ys.max()) + 1
    w, h = x1 - x0, y1 - y0
    ring = (dilate(hole, max(4, width // 60)) > 0.5) & (hole < 0.5)
    rim = rgb[ring].mean(axis=0) if ring.any() else rgb.reshape(-1, 3).mean(axis=0)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    fine = np.abs(gray - cv2.GaussianBlur(gray, (0, 0), 2))
    rim_texture = float(fine[ring].mean()) if ring.any() else 0.0
    best: tuple[float, int, int] | None = None
    for dx, dy in ((w, 0), (-w, 0), (0, h), (0, -h), (w, h), (-w, h), (w, -h), (-w, -h)):
        sx0, sy0 = x0 + dx, y0 + dy
        if sx0 < 0 or sy0 < 0 or sx0 + w > width or sy0 + h > height:
            continue
        overlap = float((hole[sy0:sy0 + h, sx0:sx0 + w] > 0.5).mean())
        if keep_out is not None:
            overlap = max(overlap, float((keep_out[sy0:sy0 + h, sx0:sx0 + w] > 0.5).mean()))
        if overlap > 0.05 or float(fine[sy0:sy0 + h, sx0:sx0 + w].mean()) > 1.8 * rim_texture + 1.0:
            continue  # the stretch would bring the hole its own objects, not a texture like the rim's
        difference = float(np.abs(rgb[sy0:sy0 + h, sx0:sx0 + w].reshape(-1, 3).mean(axis=0) - rim).sum())
        if best is None or difference < best[0]:
            best = (difference, dx, dy)
    if best is None:
        return None
    _, dx, dy = best
    source = rgb[y0 + dy:y1 + dy, x0 + dx:x1 + dx].astype(np.float32)
    detail = source - cv2.GaussianBlur(source, (0, 0), max(2.0, width / 300))
    texture = np.zeros((height, width, 3), np.float32)
    texture[y0:y1, x0:x1] = detail
    return texture


def _tiled_texture(rgb: U8, hole: Mask, keep_out: Mask | None) -> np.ndarray | None:
    """For a hole too big for a same-sized stretch beside it (a cup and saucer filling half the photo): the band
    of photo along one side of the hole, repeated across it in overlapping, cross-faded tiles (no seams), its
    detail kept down to a tenth of the hole's size, so wood keeps its grain and a wall its blotches instead of a
    smooth smear. None when no side has a clear band."""
    height, width = rgb.shape[:2]
    found = bounding_box(hole, 0.5)
    if found is None:
        return None
    x0, y0, x1, y1 = found
    w, h = x1 - x0, y1 - y0
    blocked = hole > 0.5 if keep_out is None else (hole > 0.5) | (keep_out > 0.5)
    bands = [(0, y0, x0, y1), (x1, y0, width, y1), (x0, 0, x1, y0), (x0, y1, x1, height)]
    best: tuple[float, tuple[int, int, int, int]] | None = None
    for bx0, by0, bx1, by1 in bands:
        area = (bx1 - bx0) * (by1 - by0)
        if bx1 - bx0 < 8 or by1 - by0 < 8 or area < 0.05 * w * h:
            continue
        clear = 1 - float(blocked[by0:by1, bx0:bx1].mean())
        if clear < 0.9:
            continue
        score = area * clear
        if best is None or score > best[0]:
            best = (score, (bx0, by0, bx1, by1))
    if best is None:
        return None
    bx0, by0, bx1, by1 = best[1]
    source = rgb[by0:by1, bx0:bx1].astype(np.float32)
    beside = by0 == y0 and by1 == y1  # a band left or right: the same rows (a horizon, a lawn) run on across
    tiled = _overlapped(source, h, w, along="x" if beside else "y")
    detail = tiled - _wide_blur(tiled, max(2.0, min(w, h) / 10))
    texture = np.zeros((height, width, 3), np.float32)
    texture[y0:y1, x0:x1] = detail
    return texture


def _wide_blur(image: np.ndarray, sigma: float) -> np.ndarray:
    """A Gaussian blur of a large `sigma`, made on a copy reduced so that the kernel stays small (a 150-px sigma at
    full size took seconds) and scaled back up: the result is smooth, so nothing is lost."""
    factor = max(1, int(sigma // 4))
    height, width = image.shape[:2]
    small = cv2.resize(image, (max(1, width // factor), max(1, height // factor)), interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(small, (0, 0), sigma / factor)
    return np.asarray(cv2.resize(blurred, (width, height), interpolation=cv2.INTER_LINEAR), np.float32)


def _overlapped(source: np.ndarray, height: int, width: int, along: str = "xy") -> np.ndarray:
    """`source` repeated over height × width, tiles overlapping by half and cross-faded with a Hann window, so the
    grain keeps its direction and no seam shows. A band beside the hole spans its rows and is repeated only `along`
    x (one above or below it, only along y), so a skyline or a lawn stays at its own height and is never stacked."""
    th, tw = source.shape[:2]
    rows = np.hanning(th + 2)[1:-1] if "y" in along else np.ones(th)
    columns = np.hanning(tw + 2)[1:-1] if "x" in along else np.ones(tw)
    window = np.outer(rows, columns).astype(np.float32) + 1e-3
    total = np.zeros((height + 2 * th, width + 2 * tw, 3), np.float32)
    weight = np.zeros((height + 2 * th, width + 2 * tw), np.float32)
    weighted = source * window[..., None]
    ys = range(-(th // 2), height, max(1, th // 2)) if "y" in along else range(0, height, max(1, th))
    xs = range(-(tw // 2), width, max(1, tw // 2)) if "x" in along else range(0, width, max(1, tw))
    for y in ys:
        for x in xs:
            ty, tx = y + th // 2, x + tw // 2
            total[ty:ty + th, tx:tx + tw] += weighted
            weight[ty:ty + th, tx:tx + tw] += window
    offset_y, offset_x = th // 2, tw // 2
    return np.asarray(total[offset_y:offset_y + height, offset_x:offset_x + width]
                      / weight[offset_y:offset_y + height, offset_x:offset_x + width, None], np.float32)


def _fill(rgb: U8, hole: Mask) -> U8:
    """The hole filled smoothly from its rim at ≤ 512 px: push-pull interpolation (the known pixels averaged down a
    pyramid, then spread back up into the gaps), which blends the rim's colours without streaks or blobs."""
    small = shrink(rgb, FILL_LONG_SIDE).astype(np.float32)
    h, w = small.shape[:2]
    known = 1.0 - np.clip(resize_to(hole, w, h) * 4, 0, 1)
    levels: list[tuple[np.ndarray, np.ndarray]] = []
    image, weight = small * known[..., None], known.astype(np.float32)
    while min(image.shape[:2]) > 2:
        levels.append((image, weight))
        image, weight = cv2.pyrDown(image), cv2.pyrDown(weight)
    estimate = image / np.maximum(weight, 1e-6)[..., None]
    for level_image, level_weight in reversed(levels):
        size = (level_weight.shape[1], level_weight.shape[0])
        up = cv2.pyrUp(estimate, dstsize=size)
        own = level_image / np.maximum(level_weight, 1e-6)[..., None]
        confidence = np.clip(level_weight * 2, 0, 1)[..., None]
        estimate = own * confidence + up * (1 - confidence)
    return u8(estimate)


def _grain(rgb: U8, hole: Mask, rng: random.Random) -> np.ndarray:
    """Noise as strong as the fine texture in a ring round the hole (measured on a ≤ 1K copy)."""
    small, small_hole = shrink(rgb, 1024), shrink(hole, 1024)
    gray = f32(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY))
    detail = gray - f32(cv2.GaussianBlur(gray, (0, 0), 2))
    ring = (dilate(small_hole, max(4, small.shape[1] // 40)) > 0.5) & (small_hole < 0.5)
    strength = 1.4826 * float(np.median(np.abs(detail[ring]))) if ring.any() else 0.0  # robust to a few edges
    generator = np.random.default_rng(rng.getrandbits(32))
    noise = f32(cv2.GaussianBlur(generator.standard_normal(hole.shape, dtype=np.float32), (0, 0), 0.8))
    return f32(noise * np.float32(strength / max(float(noise.std()), 1e-6) * 0.8))
