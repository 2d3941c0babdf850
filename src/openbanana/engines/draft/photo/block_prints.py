"""A linocut or woodcut: the photo carved into a block and printed in black ink on cream paper. The lights are bare
paper, the darks solid ink, and the middle tones parallel gouge lines whose width follows the tone, as a carver
cuts them; the ink's edges are a little rough where the block met the paper."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, f32, shrink, u8
from openbanana.engines.draft.photo.skies import fractal_noise

INK, PAPER = (26, 24, 22), (240, 232, 214)
WORK_SIDE = 1024  # carved at this size and scaled up: a block's lines are broad anyway
LINES_ACROSS = 110  # gouge lines down the longer side


def linocut(rgb: U8, rng: random.Random) -> U8:
    """Black ink on cream paper: solid darks, bare lights, and tone-wide gouge lines in between."""
    height, width = rgb.shape[:2]
    small = shrink(rgb, WORK_SIDE)
    h, w = small.shape[:2]
    gray = cv2.cvtColor(cv2.bilateralFilter(small, 9, 60, 7), cv2.COLOR_RGB2GRAY)
    even = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4)).apply(gray).astype(np.float32) / 255
    tone = f32(cv2.GaussianBlur(even, (0, 0), max(1.0, w / 600)))
    period = max(h, w) / LINES_ACROSS
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    wobble = cv2.resize(fractal_noise(max(2, w // 16), max(2, h // 16), rng, octaves=3), (w, h)) * period
    phase = ((ys + xs * 0.25 + wobble) / period) % 1.0  # lines a little slanted, cut by a steady hand
    carved = np.abs(phase - 0.5) * 2 < tone  # the lighter the tone, the wider the cut
    paper = (tone > 0.82) | (carved & (tone > 0.3))
    grit = cv2.resize(fractal_noise(max(2, w // 2), max(2, h // 2), rng, octaves=2, base=32), (w, h)) > 0.9
    paper |= grit & (tone > 0.2)  # where the ink did not take
    ink = cv2.resize((~paper).astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    ink = np.clip((ink - 0.5) * 3 + 0.5, 0, 1)[..., None]
    dark, cream = np.asarray(INK, np.float32), np.asarray(PAPER, np.float32)
    return u8(cream + (dark - cream) * ink)
