"""Drawn skies to put behind a photo's horizon: sunset, dawn, golden hour, a purple twilight, a pink sky, night, a
purple galaxy, northern lights, storm, clear, fair (blue with white clouds), overcast, rainbow.

Each is a gradient that runs from the top of the frame down to the photo's own horizon (column by column), with
clouds from seeded fractal noise, a sun or moon, and stars; the seed changes the clouds, the disc and the stars.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, Mask, f32, work_size
from openbanana.engines.draft.photo.aurora import aurora
from openbanana.engines.draft.photo.sky_spots import DISC_SIZES, clear_spot

RGBf = tuple[float, float, float]
DRAW_LONG_SIDE = 512
SUN_CORE = (255, 255, 250)  # a sun's middle, whatever its hue at the rim


@dataclass(frozen=True)
class SkyLook:
    stops: tuple[RGBf, ...]  # from the top of the sky to the horizon
    clouds: float  # 0: none, 1: overcast
    cloud_color: RGBf
    cloud_shade: RGBf
    disc: str = ""  # "sun", "moon" or ""
    disc_color: RGBf = (255, 240, 200)
    glow: float = 0.0
    stars: int = 0
    rainbow: bool = False
    aurora: bool = False


SKIES: dict[str, SkyLook] = {
    "sunset": SkyLook(((36, 34, 86), (112, 62, 126), (226, 98, 84), (252, 160, 84), (255, 216, 140)), 0.35,
                      (255, 170, 130), (120, 60, 90), "sun", (255, 236, 170), 0.8),
    "golden_hour": SkyLook(((86, 126, 196), (170, 170, 180), (246, 186, 112), (255, 214, 140)), 0.25,
                           (255, 226, 180), (190, 130, 100), "sun", (255, 244, 200), 0.7),
    "dawn": SkyLook(((64, 84, 150), (150, 140, 190), (240, 174, 170), (255, 220, 190)), 0.3,
                    (255, 214, 210), (150, 120, 150), "sun", (255, 246, 220), 0.5),
    "twilight": SkyLook(((34, 22, 74), (84, 48, 134), (150, 92, 176), (214, 150, 200)), 0.3,
                        (206, 156, 214), (84, 50, 110)),
    "pink": SkyLook(((196, 112, 168), (236, 150, 190), (252, 190, 208), (255, 222, 226)), 0.3,
                    (255, 226, 236), (190, 120, 160)),  # "make the sky pink": pink all over, not a sunset's orange
    "galaxy": SkyLook(((14, 6, 36), (52, 20, 86), (104, 44, 140), (150, 84, 176)), 0.45, (196, 110, 214),
                      (40, 16, 72), stars=700),  # a purple galaxy: violet nebula clouds and dense stars
    "night": SkyLook(((4, 8, 24), (10, 20, 52), (24, 40, 84)), 0.15, (60, 70, 100), (10, 14, 30), "moon",
                     (246, 244, 228), 0.25, stars=260),
    "aurora": SkyLook(((2, 6, 20), (6, 16, 40), (14, 30, 60)), 0.0, (0, 0, 0), (0, 0, 0), stars=320,
                      aurora=True),  # the northern lights: green curtains over a starry night, no moon
    "storm": SkyLook(((34, 38, 48), (62, 66, 78), (96, 100, 108)), 0.95, (120, 124, 132), (28, 30, 38)),
    "overcast": SkyLook(((150, 158, 172), (186, 192, 200), (212, 214, 218)), 0.8, (228, 230, 234), (140, 146, 158)),
    "clear": SkyLook(((36, 104, 206), (86, 156, 228), (186, 218, 244)), 0.2, (255, 255, 255), (196, 208, 226),
                     "sun", (255, 252, 236), 0.35),
    "fair": SkyLook(((40, 110, 210), (92, 162, 230), (190, 220, 244)), 0.62, (255, 255, 255), (186, 198, 218),
                    "sun", (255, 252, 236), 0.3),  # "a blue sky with fluffy white clouds": fair-weather cumulus
    "rainbow": SkyLook(((60, 120, 200), (120, 170, 225), (200, 222, 240)), 0.3, (250, 250, 252), (170, 180, 196),
                       rainbow=True),
}


def fractal_noise(width: int, height: int, rng: random.Random, octaves: int = 5, base: int = 4) -> F32:
    """Smooth seeded noise in [0, 1]: octaves of random grids, each twice as fine and half as strong."""
    generator = np.random.default_rng(rng.getrandbits(32))
    total = np.zeros((height, width), np.float32)
    weight = 0.0
    for octave in range(octaves):
        cells = base * 2 ** octave
        grid = generator.random((max(2, round(cells * height / max(width, height))) + 1, cells + 1)).astype(np.float32)
        total += cv2.resize(grid, (width, height), interpolation=cv2.INTER_CUBIC) * 0.5 ** octave
        weight += 0.5 ** octave
    total /= weight
    low, high = float(total.min()), float(total.max())
    return np.asarray((total - low) / max(high - low, 1e-6), dtype=np.float32)


def draw_sky(name: str, width: int, height: int, horizon: F32, rng: random.Random,
             open_sky: Mask | None = None) -> tuple[F32, tuple[float, float]]:
    """The sky `name` at width×height (float RGB), graded so that `horizon` (per column, a fraction of the height)
    is where it meets the land; and where its sun or moon stands (fractions), for lighting the land to match.
    With the photo's `open_sky`, the sun or moon is drawn only where it stands clear of what rises into the sky."""
    look = SKIES.get(name, SKIES["clear"])
    w, h = work_size(width, height, DRAW_LONG_SIDE)
    level = max(float(np.median(horizon)), 0.15)  # one level: a sky's colours run in horizontal bands
    t = np.broadcast_to(np.clip(np.arange(h, dtype=np.float32)[:, None] / (h * level), 0, 1), (h, w))
    sky = _ramp(look.stops, t)
    disc_at = (rng.uniform(0.25, 0.75), level * rng.uniform(0.55, 0.8))
    if look.disc == "moon":
        disc_at = (rng.uniform(0.15, 0.85), level * rng.uniform(0.15, 0.4))
    shown = look.disc != ""
    if shown and open_sky is not None:
        clear = clear_spot(open_sky, disc_at, DISC_SIZES[look.disc])
        shown, disc_at = clear is not None, clear or disc_at
    if look.glow:
        sky = _glow(sky, disc_at, look.disc_color, look.glow)
    if look.clouds:
        sky = _clouds(sky, look, t, rng)
    if look.rainbow:
        sky = rainbow(sky, rng)
    if look.aurora:
        sky = aurora(sky, level, rng)
    big = f32(cv2.resize(sky, (width, height), interpolation=cv2.INTER_LINEAR))
    if look.stars:
        _stars(big, look.stars, horizon, rng)
    if shown:
        _disc(big, disc_at, look, min(width, height))
    return np.asarray(big, dtype=np.float32), disc_at


def _ramp(stops: tuple[RGBf, ...], t: F32) -> F32:
    colors = np.asarray(stops, dtype=np.float32)
    scaled = t * (len(colors) - 1)
    index = np.minimum(scaled.astype(np.int32), len(colors) - 2)
    f = (scaled - index)[..., None]
    return np.asarray(colors[index] * (1 - f) + colors[index + 1] * f, dtype=np.float32)


def _glow(sky: F32, at: tuple[float, float], color: RGBf, strength: float) -> F32:
    h, w = sky.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.hypot(xs / w - at[0], (ys / h - at[1]) * h / w)
    amount = (np.exp(-d / 0.12) * 0.8 + np.exp(-d / 0.35) * 0.35) * strength
    return np.asarray(sky + (np.asarray(color, np.float32) - sky) * np.clip(amount, 0, 1)[..., None], np.float32)


def _clouds(sky: F32, look: SkyLook, t: F32, rng: random.Random) -> F32:
    h, w = sky.shape[:2]
    noise = fractal_noise(w, h, rng)
    stretch = cv2.resize(fractal_noise(max(2, w // 3), h, rng), (w, h))  # clouds are wider than tall
    field = 0.6 * noise + 0.4 * stretch
    cut = 1.0 - look.clouds
    density = np.clip((field - cut * 0.85) / 0.25, 0, 1) * (0.35 + 0.65 * t)
    shade = np.clip((noise - 0.5) * 2, 0, 1)[..., None]
    tone = np.asarray(look.cloud_color, np.float32) * (1 - shade) + np.asarray(look.cloud_shade, np.float32) * shade
    return np.asarray(sky + (tone - sky) * (density * 0.9)[..., None], np.float32)


def rainbow(sky: F32, rng: random.Random) -> F32:
    """A rainbow arc over `sky` (float RGB), rising from below the frame, fading towards the ground."""
    h, w = sky.shape[:2]
    cx, cy, radius = rng.uniform(0.35, 0.65) * w, h * 1.05, h * rng.uniform(0.75, 0.9)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r = (np.hypot(xs - cx, ys - cy) - radius) / (h * 0.09)
    bands = np.asarray([(230, 60, 60), (240, 150, 50), (240, 230, 80), (80, 190, 90), (70, 120, 220),
                        (140, 80, 200)], np.float32)
    position = np.clip((r + 0.5) * (len(bands) - 1), 0, len(bands) - 1)
    color = bands[np.round(position).astype(np.int32)]
    alpha = np.clip(1 - np.abs(r) * 2, 0, 1) ** 0.7 * 0.5 * np.clip(1.2 - ys / h, 0, 1)
    return np.asarray(sky + (color - sky) * alpha[..., None], np.float32)


def _stars(sky: F32, count: int, horizon: F32, rng: random.Random) -> None:
    h, w = sky.shape[:2]
    size = max(1, round(min(w, h) / 700))
    for _ in range(count * max(1, w * h // 2_000_000)):
        x = rng.randrange(w)
        y = int(rng.random() ** 1.6 * horizon[x] * h * 0.95)
        bright = rng.uniform(0.35, 1.0)
        r = size if rng.random() < 0.85 else size + 1
        cv2.circle(sky, (x, y), r, (255 * bright, 250 * bright, 235 * bright), -1, cv2.LINE_AA)


def _disc(sky: F32, at: tuple[float, float], look: SkyLook, short: int) -> None:
    h, w = sky.shape[:2]
    radius = max(3, round(short * DISC_SIZES[look.disc]))
    centre = (round(at[0] * w), round(at[1] * h))
    color = tuple(float(c) for c in look.disc_color)
    cv2.circle(sky, centre, radius, color, -1, cv2.LINE_AA)
    if look.disc == "sun":
        _bloom(sky, centre, radius)
    if look.disc == "moon":  # a crescent: the disc, with the sky cut back in over one side
        shade = tuple(float(v) for v in sky[max(0, centre[1] - radius * 2), centre[0]])
        offset = (centre[0] + round(radius * 0.45), centre[1] - round(radius * 0.2))
        cv2.circle(sky, offset, round(radius * 0.9), shade, -1, cv2.LINE_AA)



def _bloom(sky: F32, centre: tuple[int, int], radius: int) -> None:
    """A sun outshines the sky round it: a white-hot core in a soft bloom. A flat pale disc in a blue sky read as a
    full moon by day. Worked on a square of a few radii round it, so a 4K sky costs no more than a 1K one's square."""
    h, w = sky.shape[:2]
    reach = radius * 4
    x0, y0, x1, y1 = max(0, centre[0] - reach), max(0, centre[1] - reach), min(w, centre[0] + reach), \
        min(h, centre[1] + reach)
    if x1 <= x0 or y1 <= y0:
        return
    spot = np.zeros((y1 - y0, x1 - x0), np.float32)
    cv2.circle(spot, (centre[0] - x0, centre[1] - y0), radius, 1.0, -1, cv2.LINE_AA)
    halo = np.clip(cv2.GaussianBlur(spot, (0, 0), radius * 1.1) * 2.2, 0, 0.95)
    core = np.clip(cv2.GaussianBlur(spot, (0, 0), radius * 0.15) * 1.2, 0, 1)
    patch = sky[y0:y1, x0:x1]
    white = np.asarray(SUN_CORE, np.float32)
    patch += (white - patch) * np.maximum(halo, core)[..., None]
