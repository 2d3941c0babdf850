"""Whole-photo styles made of a craft's own material: a cyanotype (the photo printed in Prussian blue on paper), a
tile mosaic (the photo laid in small square tiles with pale grout between them) and a chalk drawing (the photo's
outlines and lights in white chalk on a dark blackboard).

Why apart from styles.py: they are no filters of the photo's edges but a re-making of it in another medium, and
both are cheap enough to run at full size (a resize and a few array operations).
"""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, u8
from openbanana.engines.draft.photo.skies import fractal_noise

CYAN_DARK, CYAN_PAPER = (18, 44, 92), (222, 232, 238)  # Prussian blue ink, the paper where no light reached
TILES_ACROSS = 64  # a mosaic's tiles along its longer side
GROUT = (214, 208, 198)
BOARD, CHALK = (40, 48, 45), (236, 236, 226)  # a dark slate blackboard, white chalk


def cyanotype(rgb: U8, rng: random.Random) -> U8:
    """A faded cyanotype: the photo's light as Prussian blue on pale paper (dark where the light was), its deepest
    blue lifted as an old print's is, the paper's fibres showing through."""
    height, width = rgb.shape[:2]
    light = rgb.astype(np.float32) @ np.asarray([0.3, 0.55, 0.15], np.float32) / 255
    light = np.clip(0.08 + light * 0.86, 0, 1)  # faded: the blue never reaches its darkest
    fibres = cv2.resize(fractal_noise(max(2, width // 6), max(2, height // 6), rng, octaves=4, base=16),
                        (width, height))
    light = np.clip(light + (fibres - 0.5) * 0.08, 0, 1)[..., None]
    dark, paper = np.asarray(CYAN_DARK, np.float32), np.asarray(CYAN_PAPER, np.float32)
    return u8(dark + (paper - dark) * light)


def mosaic(rgb: U8, rng: random.Random) -> U8:
    """A tile mosaic: the photo's colour averaged over square tiles, each tile a little lighter or darker than its
    neighbours and lit from the top left, set in pale grout lines."""
    height, width = rgb.shape[:2]
    tile = max(4, round(max(width, height) / TILES_ACROSS))
    cols, rows = -(-width // tile), -(-height // tile)
    colours = cv2.resize(rgb, (cols, rows), interpolation=cv2.INTER_AREA).astype(np.float32)
    generator = np.random.default_rng(rng.getrandbits(32))
    colours *= generator.uniform(0.92, 1.08, (rows, cols, 1)).astype(np.float32)  # no two tiles fired alike
    ys, xs = np.arange(height), np.arange(width)
    laid = colours[(ys // tile)[:, None], (xs // tile)[None, :]]
    u, v = (xs % tile) / tile, (ys % tile) / tile
    bevel = 1 + 0.1 * ((0.5 - u)[None, :] + (0.5 - v)[:, None])  # each tile's glaze catches the light
    grout = max(1, round(tile * 0.14))
    joints = ((xs % tile) < grout)[None, :] | ((ys % tile) < grout)[:, None]
    out = laid * bevel[..., None]
    out[joints] = GROUT
    return u8(out)


def chalk(rgb: U8, rng: random.Random) -> U8:
    """A chalk drawing: the photo's outlines as bold chalk lines and its lights as a soft rub of chalk dust, on a
    dark slate board, the strokes broken where the chalk skipped over the board's grain."""
    height, width = rgb.shape[:2]
    gray = cv2.GaussianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32), (0, 0), max(1.5, width / 400))
    edges = np.hypot(cv2.Sobel(gray, cv2.CV_32F, 1, 0), cv2.Sobel(gray, cv2.CV_32F, 0, 1))
    edges = np.clip(edges / max(float(np.percentile(edges, 98)), 1.0), 0, 1)
    light = (gray / 255) ** 2 * 0.4  # highlights rubbed in, shadows left as bare board
    grain = cv2.resize(fractal_noise(max(2, width // 3), max(2, height // 3), rng, octaves=3, base=8),
                       (width, height))
    dust = np.clip((edges * 0.9 + light) * (0.55 + 0.9 * grain), 0, 1)[..., None]
    board, white = np.asarray(BOARD, np.float32), np.asarray(CHALK, np.float32)
    return u8(board + (white - board) * dust)
