"""Two looks of printing presses: a newspaper's halftone (the photo screened into black dots on grey newsprint, the
dot's size following the tone) and a risograph (two bright spot inks, pink and blue, laid grainy and a little out of
register on off-white paper). Without them "a halftone newspaper photo" and "a risograph print" were answered as not
done; a pop-art print is neither (its dots are a comic's, over flat colours)."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, luma, u8
from openbanana.engines.draft.photo.skies import fractal_noise

NEWSPRINT, PRESS_INK = (226, 222, 208), (34, 33, 36)
RISO_PAPER, RISO_PINK, RISO_BLUE = (242, 238, 228), (255, 72, 176), (0, 120, 191)
DOTS_ACROSS = 110  # halftone cells along the longer side: a coarse newspaper screen, visible at a phone's size


def _tone(rgb: U8) -> F32:
    """Brightness in 0..1, stretched between the photo's 2nd and 98th percentiles so a dull photo still screens."""
    gray = luma(rgb.astype(np.float32))
    low, high = np.percentile(gray[::4, ::4], (2, 98))
    return f32(np.clip((gray - low) / max(1.0, float(high - low)), 0, 1))


def _screen(height: int, width: int, angle: float) -> F32:
    """A dot screen in 0..1 (0 at a cell's centre), its rows turned by `angle` degrees as a press's screen is."""
    period = max(height, width) / DOTS_ACROSS
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    turn = np.deg2rad(angle)
    u = (xs * np.cos(turn) + ys * np.sin(turn)) * (2 * np.pi / period)
    v = (-xs * np.sin(turn) + ys * np.cos(turn)) * (2 * np.pi / period)
    return f32(0.5 - 0.25 * (np.cos(u) + np.cos(v)))


def _dots(darkness: F32, screen: F32, width: float) -> F32:
    """How much ink each pixel takes: a dot grows from each cell's centre as the tone darkens, edges anti-aliased
    over `width` of the screen's range."""
    return f32(np.clip((darkness - screen) / width + 0.5, 0, 1))


def halftone(rgb: U8, rng: random.Random) -> U8:
    """Black dots on grey newsprint, bigger where the photo is darker, the screen at 45 degrees."""
    height, width = rgb.shape[:2]
    darkness = 1 - f32(cv2.GaussianBlur(_tone(rgb), (0, 0), max(1.0, max(height, width) / DOTS_ACROSS / 4)))
    ink = _dots(darkness * 0.94 + 0.03, _screen(height, width, 45.0), 0.08)[..., None]
    grain = cv2.resize(fractal_noise(max(2, width // 8), max(2, height // 8), rng, octaves=3), (width, height))
    paper = np.asarray(NEWSPRINT, np.float32) * (0.96 + 0.06 * grain[..., None])
    return u8(paper + (np.asarray(PRESS_INK, np.float32) - paper) * ink * 0.95)


def risograph(rgb: U8, rng: random.Random) -> U8:
    """Blue ink for the darks and pink for the warm and middle tones, each grainy where it thins out, the pink a few
    pixels off register; the inks multiply where they overlap, as a riso's layers do."""
    height, width = rgb.shape[:2]
    tone = _tone(rgb)
    image = rgb.astype(np.float32) / 255
    warmth = np.clip(image[..., 0] - image[..., 2] * 0.6 - image[..., 1] * 0.2 + 0.2, 0, 1)
    blue_amount = f32(np.clip((0.72 - tone) / 0.62, 0, 1))
    pink_amount = f32(np.clip(warmth * 0.8 + (1 - tone) * 0.45 - 0.1, 0, 1))
    shift = max(2, round(max(height, width) / 300))
    pink_amount = np.roll(pink_amount, (shift, -shift), axis=(0, 1))  # the second drum's misregistration
    out = np.ones((height, width, 3), np.float32) * np.asarray(RISO_PAPER, np.float32)
    for amount, colour, angle in ((blue_amount, RISO_BLUE, 15.0), (pink_amount, RISO_PINK, 75.0)):
        grain = cv2.resize(fractal_noise(max(2, width // 3), max(2, height // 3), rng, octaves=2, base=32),
                           (width, height))
        screen = _screen(height, width, angle) * 0.6 + grain * 0.4  # a riso's coarse, grainy screen
        ink = _dots(amount, f32(screen), 0.12)[..., None] * 0.9
        out *= 1 - ink * (1 - np.asarray(colour, np.float32) / 255)
    return u8(out)
