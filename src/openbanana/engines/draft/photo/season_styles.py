"""The seasonal styles of a whole photo: autumn foliage (green leaves and grass turned yellow, orange and red in
whole crowns) and spring (fresh greens with blossom over the leaves in focus), and how much of a photo they can turn."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, shrink, u8
from openbanana.engines.draft.photo.skies import fractal_noise


def _foliage(rgb: U8, rng: random.Random) -> tuple[F32, F32, F32]:
    """The photo in HSV (hue in degrees), how green each pixel is (leaves, grass), and a smooth noise field over the
    photo whose blobs are about a tree crown across: what the seasons change, and where."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, sat, val = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    green = np.clip((60 - np.abs(hue - 100)) / 20, 0, 1) * np.clip((sat - 0.08) / 0.08, 0, 1) * np.clip(
        (val - 0.06) / 0.08, 0, 1)
    height, width = rgb.shape[:2]
    small = (max(2, width // 8), max(2, height // 8))
    field = cv2.resize(fractal_noise(small[0], small[1], rng, octaves=3, base=max(4, small[0] // 12)), (width, height))
    return hsv, f32(green), f32(field)


SEASONS = frozenset({"autumn", "spring"})  # styles that turn the photo's leaves and grass, and need some


def green_share(rgb: U8) -> float:
    """How much of the photo is green leaves or grass (what the seasonal styles turn)."""
    small = shrink(rgb, 256)
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0].astype(np.int16) * 2, hsv[..., 1], hsv[..., 2]
    return float(((np.abs(hue - 100) < 50) & (sat > 30) & (val > 25)).mean())


def autumn(rgb: U8, rng: random.Random) -> U8:
    """Autumn foliage: green leaves and grass turned to patches of yellow, orange and red (a noise field picks which,
    so whole crowns change together), their shading kept, and the light a little warmer."""
    hsv, green, field = _foliage(rgb, rng)
    hue = hsv[..., 0] * 2
    turned = 8 + 42 * np.clip((field - 0.3) / 0.4, 0, 1)  # red (8°) to yellow (50°)
    hsv[..., 0] = (hue + (turned - hue) * green) / 2
    hsv[..., 1] += (np.maximum(hsv[..., 1] * 1.6, 150) - hsv[..., 1]) * green  # dull summer greens turn vivid
    out = cv2.cvtColor(u8(hsv), cv2.COLOR_HSV2RGB).astype(np.float32)
    return u8(out * np.asarray([1.04, 1.0, 0.93], np.float32))


BLOSSOM = np.asarray([248, 186, 206], np.float32)  # cherry-blossom pink


def spring(rgb: U8, rng: random.Random) -> U8:
    """Spring: greens turned fresh and bright, and blossom, specks of pink in clusters over the leaves in focus
    (whole crowns in flower, others only green; never over a blurred backdrop), each keeping the leaf's shading."""
    hsv, green, field = _foliage(rgb, rng)
    hue, val = hsv[..., 0] * 2, hsv[..., 2] / 255
    hsv[..., 0] = (hue + (88 - hue) * green * 0.6) / 2  # towards a young yellow-green
    hsv[..., 1] = np.minimum(255, hsv[..., 1] * (1 + 0.3 * green))
    hsv[..., 2] = np.minimum(255, hsv[..., 2] * (1 + 0.12 * green))
    out = cv2.cvtColor(u8(hsv), cv2.COLOR_HSV2RGB).astype(np.float32)
    height, width = rgb.shape[:2]
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    detail = cv2.GaussianBlur(np.abs(gray - cv2.GaussianBlur(gray, (0, 0), 2)), (0, 0), 6)
    leafy = green * np.clip((detail - 3) / 5, 0, 1)  # leaves in focus, not a soft green backdrop
    specks = np.random.default_rng(rng.randrange(2 ** 32)).random((max(2, height // 4), max(2, width // 4)))
    fine = cv2.resize(specks.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR)
    petals = leafy * np.clip((field - 0.48) / 0.08, 0, 1) * np.clip((fine - 0.5) / 0.08, 0, 1)
    pink = BLOSSOM * np.clip(0.75 + 0.45 * val, 0, 1.1)[..., None]
    return u8(out * (1 - petals[..., None]) + pink * petals[..., None])
