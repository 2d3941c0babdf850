"""Margins grown from the photo's own patches (image quilting on a small copy): each square of a new margin is a
piece of the photo taken from near the same edge, chosen so that where it overlaps what is already there (the
photo, or the squares laid before it) it agrees; so trees continue as trees, sky as sky, a tower's lattice upward,
instead of a smear of the edge colours. Squares are laid nearest the photo first, each among the few best matches
at random, so no one shape is repeated in a row."""

from __future__ import annotations

import random

import cv2
import numpy as np

BEST = 4  # a square is drawn at random among this many best matches
MISFIT = 28.0  # a best square further than this (rms levels, plus the texture's own spread) gives way to the guess
GUIDE = 0.3  # the weight, against the pixels already laid, of the smooth guess where a square is still empty
OVERLAP = 3  # a square overlaps its neighbours by a third of its side


def quilted(photo: np.ndarray, pads: tuple[int, int, int, int], rng: random.Random) -> np.ndarray:
    """`photo` (float32, small) on a canvas grown by `pads` (top, bottom, left, right), the margins quilted."""
    return quilted_with_sources(photo, pads, rng)[0]


def quilted_with_sources(photo: np.ndarray, pads: tuple[int, int, int, int],
                         rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """`quilted`, plus where each margin pixel was copied from: an offset (dy, dx) per pixel to its source on the
    same canvas, NaN where the smooth guess stands in. A full-size copy can then take its texture from the same
    places (`margin_detail`)."""
    top, bottom, left, right = pads
    ph, pw = photo.shape[:2]
    height, width = ph + top + bottom, pw + left + right
    side = max(6, min(ph, pw) // 6)
    step = max(2, side - side // OVERLAP)
    canvas = np.zeros((height, width, 3), np.float32)
    canvas[top:top + ph, left:left + pw] = photo
    filled = np.zeros((height, width), np.float32)
    filled[top:top + ph, left:left + pw] = 1
    guess = _guess(canvas, filled)
    offsets = np.full((height, width, 2), np.nan, np.float32)
    offsets[top:top + ph, left:left + pw] = 0
    reach = max(side + 2, int(0.22 * min(ph, pw)))  # squares come from this near the edge they continue
    for y, x in _windows(height, width, side, step, (top, left, ph, pw)):
        known = filled[y:y + side, x:x + side]
        if known.min() > 0:
            continue
        ny = min(max(y + side // 2 - top, 0), ph - 1)  # the photo's nearest point to the square
        nx = min(max(x + side // 2 - left, 0), pw - 1)
        y0, y1 = max(0, min(ny - reach, ph - side - 1)), min(ph, max(ny + reach, side + 1))
        x0, x1 = max(0, min(nx - reach, pw - side - 1)), min(pw, max(nx + reach, side + 1))
        source = photo[y0:y1, x0:x1]
        window = np.where(known[..., None] > 0, canvas[y:y + side, x:x + side], guess[y:y + side, x:x + side])
        piece = guess[y:y + side, x:x + side]  # a photo too small to take squares from keeps the smooth guess
        copied: tuple[float, float] = (np.nan, np.nan)
        if source.shape[0] > side and source.shape[1] > side:
            (sy, sx), misfit = _best(source, window, np.where(known > 0, 1.0, GUIDE).astype(np.float32), rng)
            spread = float(window[known > 0].std()) if known.max() > 0 else 0.0  # foliage never matches as
            if misfit <= MISFIT + 0.8 * spread:  # closely as a plain backdrop does
                piece = source[sy:sy + side, sx:sx + side]
                copied = (y0 + sy + top - y, x0 + sx + left - x)
        weight = np.where(known > 0, 0.5, 1.0)  # an overlap is the mean of the two squares; the photo stays
        weight[_photo_mask(y, x, side, (top, left, ph, pw))] = 0
        offsets[y:y + side, x:x + side][weight > 0] = copied
        canvas[y:y + side, x:x + side] += (piece - canvas[y:y + side, x:x + side]) * weight[..., None]
        filled[y:y + side, x:x + side] = 1
    return np.where(filled[..., None] > 0, canvas, guess), offsets


def _windows(height: int, width: int, side: int, step: int,
             photo_at: tuple[int, int, int, int]) -> list[tuple[int, int]]:
    """The squares' corners, nearest the photo first, on a grid laid from the photo's edges so that a square beside
    the photo overlaps it by one overlap's width (no more of the photo's inside than a neighbour's)."""
    top, left, ph, pw = photo_at
    ys = _line(top, ph, height, side, step)
    xs = _line(left, pw, width, side, step)

    def distance(corner: tuple[int, int]) -> float:
        y, x = corner
        dy = max(top - (y + side), y - (top + ph), 0)
        dx = max(left - (x + side), x - (left + pw), 0)
        return float(np.hypot(dy, dx))
    return sorted(((y, x) for y in ys for x in xs), key=distance)


def _line(start: int, length: int, total: int, side: int, step: int) -> list[int]:
    """Corners along one axis: outward from the photo's two edges and across the photo, clamped to the canvas."""
    overlap = side - step
    before = range(start - side + overlap, -side, -step)
    after = range(start + length - overlap, total, step)
    across = range(start, start + length - side + 1, step)
    corners = {min(max(c, 0), total - side) for c in (*before, *after, *across, start + length - side)}
    return sorted(corners)


def _photo_mask(y: int, x: int, side: int, photo_at: tuple[int, int, int, int]) -> np.ndarray:
    top, left, ph, pw = photo_at
    rows = (np.arange(y, y + side) >= top) & (np.arange(y, y + side) < top + ph)
    cols = (np.arange(x, x + side) >= left) & (np.arange(x, x + side) < left + pw)
    return np.asarray(rows[:, None] & cols[None, :])


def _guess(canvas: np.ndarray, filled: np.ndarray) -> np.ndarray:
    """The margins' smooth guess (the edge colours inpainted outward and softened): it steers each square's choice
    where nothing is laid yet, so a white backdrop is not continued with a piece of the dark horse beside it."""
    empty = (filled == 0).astype(np.uint8)
    painted = cv2.inpaint(np.clip(canvas, 0, 255).astype(np.uint8), empty, 3, cv2.INPAINT_TELEA)
    soft = cv2.GaussianBlur(painted.astype(np.float32), (0, 0), max(1.0, min(canvas.shape[:2]) / 40))
    return np.where(empty[..., None] > 0, soft, canvas)


def _best(source: np.ndarray, window: np.ndarray, weights: np.ndarray,
          rng: random.Random) -> tuple[tuple[int, int], float]:
    """Where in `source` a square best agrees with `window` (weighted: the pixels laid, then the guess), one of the
    few best at random, and how far it is from agreeing (rms levels)."""
    mask = np.repeat(weights[..., None], 3, axis=2)
    scores = cv2.matchTemplate(source, np.ascontiguousarray(window * mask), cv2.TM_SQDIFF, mask=mask)
    flat = np.nan_to_num(scores.ravel(), nan=np.inf)
    count = min(BEST, flat.size)
    best = np.argpartition(flat, count - 1)[:count]
    lowest = float(flat[best].min())
    best = best[flat[best] <= lowest + 0.5 * abs(lowest) + 1e-3 * float(weights.sum())]
    pick = int(best[rng.randrange(len(best))])
    misfit = float(np.sqrt(max(0.0, float(flat[pick])) / (3 * float(weights.sum()))))
    return divmod(pick, scores.shape[1]), misfit
