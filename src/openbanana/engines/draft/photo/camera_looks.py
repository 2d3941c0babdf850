"""The photo as another kind of camera would have taken it: a thermal camera's false colour, an x-ray film and a
tilt-shift lens that makes a real place look like a model of it. Without them "make it look like a thermal camera
image", "an x-ray" and "a tilt-shift miniature" were answered as not done; each is a remap of the photo's own tones
or focus, so nothing is invented.

A thermal camera sees heat, not light: brightness and warm colour stand in for it (a cat's face, lamps, sunlit
stone read hot), laid on the black-purple-orange-white ramp such cameras show, at a thermal sensor's low
resolution. An x-ray shows what stops the rays as bright on dark film: the photo's dark, dense parts turn
luminous blue-white and its outlines glow a little, as bone edges do. A tilt-shift keeps one band sharp and blurs
more and more above and below it, with the colour and contrast raised as a toy's paint is."""

from __future__ import annotations

import random

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, f32, luma, resize_to, shrink, u8

SENSOR_LONG_SIDE = 320  # a thermal camera's sensor: its pictures are soft at any print size
# The ironbow ramp thermal cameras use: cold black, violet, red, orange, hot yellow-white.
IRONBOW = ((0.0, (8, 4, 28)), (0.25, (86, 20, 130)), (0.5, (200, 40, 90)), (0.72, (245, 120, 20)),
           (0.9, (255, 210, 60)), (1.0, (255, 250, 225)))
XRAY_TINT = (0.78, 0.9, 1.0)  # the blue-white of a lit x-ray film


def _ramp(stops: tuple[tuple[float, tuple[int, int, int]], ...]) -> F32:
    """A 256-entry colour table through the given stops."""
    levels = np.linspace(0, 1, 256)
    places = [stop for stop, _ in stops]
    return f32(np.stack([np.interp(levels, places, [colour[c] for _, colour in stops]) for c in range(3)], axis=1))


def _stretched(values: F32) -> F32:
    """Values in 0..1 between their 1st and 99th percentiles, so a dull photo still spans the whole ramp."""
    low, high = np.percentile(values[::3, ::3], (1, 99))
    return f32(np.clip((values - low) / max(1e-3, float(high - low)), 0, 1))


def thermal(rgb: U8, rng: random.Random) -> U8:
    """False colour by stand-in heat: brightness, raised where the photo is warm in colour (skin, fur, flame), at a
    thermal sensor's resolution and on the ironbow ramp."""
    small = shrink(rgb, SENSOR_LONG_SIDE).astype(np.float32) / 255
    warmth = np.clip(small[..., 0] - small[..., 2], 0, 1)
    heat = _stretched(f32(0.65 * luma(small) + 0.6 * warmth))
    heat = f32(cv2.GaussianBlur(heat, (0, 0), 1.2))
    table = _ramp(IRONBOW)
    coloured = table[np.clip(heat * 255, 0, 255).astype(np.uint8)]
    return u8(resize_to(coloured, rgb.shape[1], rgb.shape[0]))


def _thickness(density: F32) -> F32:
    """How deep inside the dense part each pixel lies, 0..1: a film is brighter where more body stopped the rays,
    so a flat silhouette reads as a body with thin legs and a thick trunk."""
    inside = (density > 0.5).astype(np.uint8)
    depth = cv2.distanceTransform(inside, cv2.DIST_L2, 5)
    deepest = float(np.percentile(depth[inside > 0], 99)) if inside.any() else 1.0
    return f32(cv2.GaussianBlur(np.sqrt(np.clip(depth / max(1.0, deepest), 0, 1)), (0, 0), 2.0))


def x_ray(rgb: U8, rng: random.Random) -> U8:
    """The photo's tones turned over (what is dark and dense glows), its outlines brightened as an x-ray's edges
    are, tinted the blue-white of a lit film, with a film's faint grain."""
    small = shrink(rgb, 1024)
    gray = luma(small.astype(np.float32)) / 255
    density = _stretched(f32(1 - gray))
    soft = f32(cv2.GaussianBlur(density, (0, 0), max(1.0, small.shape[1] / 400)))
    edges = np.abs(cv2.Laplacian(cv2.GaussianBlur(gray, (0, 0), 2.0), cv2.CV_32F, ksize=3))
    rims = f32(np.clip(edges / max(1e-3, float(np.percentile(edges, 99.5))), 0, 1))
    body = f32(np.power(soft, 1.3) * (0.45 + 0.55 * _thickness(soft)) * 0.9
               + cv2.GaussianBlur(rims, (0, 0), 1.5) * 0.45)
    glow = f32(cv2.GaussianBlur(body, (0, 0), max(2.0, small.shape[1] / 120)))
    light = np.clip(body + 0.25 * glow, 0, 1)
    full = np.asarray(resize_to(f32(light), rgb.shape[1], rgb.shape[0]), np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 0.02, full.shape).astype(np.float32)
    shade = np.clip(full + noise, 0, 1)[..., None] * 255
    return u8(shade * np.asarray(XRAY_TINT, np.float32) + np.asarray((4, 6, 12), np.float32))


def tilt_shift(rgb: U8, rng: random.Random) -> U8:
    """A sharp band a little below the middle (where a model's street would be), blur growing over a third of the
    frame above and below it, and the colour and contrast lifted like painted plastic."""
    height, width = rgb.shape[:2]
    image = rgb.astype(np.float32)
    small = shrink(rgb, 512).astype(np.float32)
    blurred = np.asarray(resize_to(f32(cv2.GaussianBlur(small, (0, 0), small.shape[1] / 90)), width, height),
                         np.float32)
    rows = np.arange(height, dtype=np.float32) / max(1, height - 1)
    focus, half_band = 0.62, 0.1
    away = np.clip((np.abs(rows - focus) - half_band) / 0.28, 0, 1)
    weight = f32(away * away * (3 - 2 * away))[:, None, None]
    mixed = image + (blurred - image) * weight
    gray = luma(mixed)[..., None]
    vivid = gray + (mixed - gray) * 1.45
    return u8((vivid - 128) * 1.12 + 128 + 6)
