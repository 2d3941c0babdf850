"""A stencil graffiti: the photo cut into two layers of spray paint, black for the shadows and grey for the middle
tones, on a pale concrete wall that shows through where the photo is light. Without it "turn it into a stencil
graffiti" was answered as not done. The layers are cut from the smoothed photo with small islands dropped (a stencil
cannot hold specks), and sprayed: their edges a little soft with overspray and a fine mist of dots beyond them."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, luma, resize_to, shrink, u8
from openbanana.engines.draft.photo.skies import fractal_noise

WALL, GREY_PAINT, BLACK_PAINT = (206, 202, 194), (118, 116, 114), (22, 22, 24)
CUT_LONG_SIDE = 512  # the layers are cut at this size: a stencil's shapes are broad


def _layers(rgb: U8) -> tuple[F32, F32]:
    """How much of each pixel the black and the grey layers cover, cut at 512 px from the smoothed tones split at
    the photo's own 33rd and 64th percentiles, islands under a 300th of the frame dropped."""
    small = shrink(rgb, CUT_LONG_SIDE)
    tone = luma(cv2.bilateralFilter(small, 9, 50, 7).astype(np.float32))
    dark_cut, mid_cut = np.percentile(tone, (33, 64))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    masks = []
    for cut in (dark_cut, mid_cut):
        mask = (tone <= cut).astype(np.uint8)
        mask = cv2.morphologyEx(cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel), cv2.MORPH_CLOSE, kernel)
        masks.append(f32(cv2.GaussianBlur(mask.astype(np.float32), (0, 0), 0.8)))
    return masks[0], masks[1]


def stencil(rgb: U8, rng: random.Random) -> U8:
    """Grey then black sprayed on a concrete wall: each layer's cut shape at full size, its edge softened by
    overspray and speckled by the spray's mist."""
    height, width = rgb.shape[:2]
    black, grey = (np.asarray(resize_to(layer, width, height), np.float32) for layer in _layers(rgb))
    wall_tooth = cv2.resize(fractal_noise(max(2, width // 6), max(2, height // 6), rng, octaves=4), (width, height))
    wall = np.asarray(WALL, np.float32) * (0.9 + 0.18 * wall_tooth[..., None])
    mist_rng = np.random.default_rng(rng.randrange(2**32))
    canvas = wall
    for layer, paint in ((grey, GREY_PAINT), (black, BLACK_PAINT)):
        spread = f32(cv2.GaussianBlur(layer, (0, 0), max(1.5, width / 600)))
        specks = (mist_rng.random((height, width)) < spread * 0.35).astype(np.float32)
        cover = np.clip(np.maximum(np.clip((layer - 0.5) * 3 + 0.5, 0, 1), specks * 0.8), 0, 1)[..., None]
        canvas = canvas + (np.asarray(paint, np.float32) - canvas) * cover * 0.96
    return u8(canvas)
