"""Things drawn for a photo that no pictogram shows well: a lighthouse, an iceberg, a sailing boat, a hot-air
balloon. Each is a sprite (colour and coverage) drawn in unit coordinates at twice its size and averaged down, so
its edges are smooth at any output size; the seed varies colours and shapes."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32

Sprite = tuple[F32, F32]  # colour (h×w×3, float 0..255) and coverage (h×w, 0..1)
Point = tuple[float, float]
SUPERSAMPLE = 2


class Canvas:
    """A sprite being drawn: polygons in unit coordinates (0..1 across and down its box)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width * SUPERSAMPLE, height * SUPERSAMPLE
        self.color = np.zeros((self.height, self.width, 3), np.float32)
        self.alpha = np.zeros((self.height, self.width), np.float32)

    def polygon(self, points: Sequence[Point], color: tuple[float, float, float], alpha: float = 1.0) -> None:
        pts = np.asarray([[round(x * (self.width - 1)), round(y * (self.height - 1))] for x, y in points], np.int32)
        cover = np.zeros_like(self.alpha)
        cv2.fillPoly(cover, [pts], (alpha,), cv2.LINE_AA)
        self._lay(cover, np.asarray(color, np.float32))

    def line(self, a: Point, b: Point, color: tuple[float, float, float], thickness: float) -> None:
        cover = np.zeros_like(self.alpha)
        cv2.line(cover, (round(a[0] * self.width), round(a[1] * self.height)),
                 (round(b[0] * self.width), round(b[1] * self.height)), (1.0,),
                 max(1, round(thickness * self.width)), cv2.LINE_AA)
        self._lay(cover, np.asarray(color, np.float32))

    def shade(self, left: float, right: float) -> None:
        """Light from one side: colours scaled from `left` at the left edge to `right` at the right."""
        ramp = np.linspace(left, right, self.width, dtype=np.float32)
        self.color *= ramp[None, :, None]

    def _lay(self, cover: F32, color: F32) -> None:
        self.color += (color - self.color) * cover[..., None]
        self.alpha = self.alpha + (1 - self.alpha) * cover

    def done(self) -> Sprite:
        size = (self.width // SUPERSAMPLE, self.height // SUPERSAMPLE)
        color = cv2.resize(self.color, size, interpolation=cv2.INTER_AREA)
        alpha = cv2.resize(self.alpha, size, interpolation=cv2.INTER_AREA)
        return np.asarray(color, np.float32), np.asarray(alpha, np.float32)


def lighthouse(width: int, height: int, rng: random.Random) -> Sprite:
    canvas = Canvas(width, height)
    band = rng.choice([(196, 40, 36), (30, 60, 120), (20, 20, 24)])
    white = (240, 238, 232)
    bands = 5
    for i in range(bands):  # the tapering tower, in alternating bands from the base up
        y0, y1 = 1.0 - i * 0.74 / bands, 1.0 - (i + 1) * 0.74 / bands
        half0, half1 = 0.3 - 0.12 * (1 - y0) / 0.74, 0.3 - 0.12 * (1 - y1) / 0.74
        canvas.polygon([(0.5 - half0, y0), (0.5 + half0, y0), (0.5 + half1, y1), (0.5 - half1, y1)],
                       band if i % 2 else white)
    canvas.polygon([(0.26, 0.27), (0.74, 0.27), (0.74, 0.23), (0.26, 0.23)], (40, 40, 44))  # the gallery
    canvas.polygon([(0.37, 0.23), (0.63, 0.23), (0.63, 0.11), (0.37, 0.11)], (255, 236, 150))  # the lamp room
    canvas.line((0.5, 0.11), (0.5, 0.23), (60, 60, 60), 0.03)
    canvas.polygon([(0.33, 0.115), (0.67, 0.115), (0.5, 0.02)], band)  # the roof
    canvas.shade(1.08, 0.72)
    return canvas.done()


def iceberg(width: int, height: int, rng: random.Random) -> Sprite:
    """Above the waterline (the top 62 %) a jagged white mass with blue faces; below it, its pale shape in the
    water."""
    canvas = Canvas(width, height)
    waterline = 0.62
    peaks = [(0.0, waterline), *((x, waterline - rng.uniform(0.18, 0.55) * (1 - abs(x - 0.45) * 1.4))
                                 for x in np.linspace(0.08, 0.92, 7)), (1.0, waterline)]
    canvas.polygon([(0.04, waterline), (0.96, waterline), (0.8, 0.98), (0.22, 0.96)], (120, 190, 200), 0.45)
    canvas.polygon(peaks, (238, 246, 252))
    for (x0, y0), (x1, y1) in zip(peaks[1:-2:2], peaks[2:-1:2], strict=False):  # the faces turned from the light
        canvas.polygon([(x0, y0), (x1, y1), ((x0 + x1) / 2 + 0.05, waterline)], (176, 212, 232))
    canvas.polygon([(0.0, waterline), (1.0, waterline), (1.0, waterline + 0.02), (0.0, waterline + 0.02)],
                   (150, 200, 215), 0.8)
    return canvas.done()


def boat(width: int, height: int, rng: random.Random) -> Sprite:
    """A sailing boat: hull, mast, mainsail and jib; the bottom 12 % is the waterline."""
    canvas = Canvas(width, height)
    hull = rng.choice([(168, 36, 34), (26, 46, 92), (236, 236, 230), (30, 30, 34)])
    canvas.polygon([(0.52, 0.06), (0.52, 0.74), (0.92, 0.74)], (246, 244, 236))  # the mainsail
    canvas.polygon([(0.48, 0.14), (0.48, 0.74), (0.14, 0.74)], (232, 230, 222))  # the jib
    canvas.line((0.5, 0.04), (0.5, 0.78), (70, 60, 50), 0.025)
    canvas.polygon([(0.02, 0.78), (0.98, 0.78), (0.82, 0.9), (0.16, 0.9)], hull)
    canvas.shade(1.05, 0.8)
    return canvas.done()


def hot_air_balloon(width: int, height: int, rng: random.Random) -> Sprite:
    """A balloon of curved coloured gores over its basket, shaded as a sphere lit from the left."""
    canvas = Canvas(width, height)
    palette = np.asarray(rng.choice([((214, 50, 46), (250, 200, 60)), ((40, 90, 190), (246, 246, 240)),
                                     ((110, 50, 150), (250, 150, 40)), ((30, 140, 110), (250, 220, 90))]),
                         np.float32)
    for side in (0.4, 0.6):
        canvas.line((side, 0.79), (0.45 if side < 0.5 else 0.55, 0.88), (60, 44, 30), 0.012)
    canvas.polygon([(0.43, 0.88), (0.57, 0.88), (0.555, 0.99), (0.445, 0.99)], (120, 78, 40))  # the basket
    ys, xs = np.mgrid[0:canvas.height, 0:canvas.width].astype(np.float32)
    u, v = xs / canvas.width - 0.5, ys / canvas.height
    half = np.where(v < 0.42, 0.44 * np.sqrt(np.clip(1 - ((0.42 - v) / 0.4) ** 2, 0, 1)),
                    0.06 + 0.38 * np.clip(1 - (v - 0.42) / 0.38, 0, 1) ** 0.8)  # a dome, narrowing to the neck
    inside = (np.abs(u) < half) & (v > 0.02) & (v < 0.8)
    cover = np.asarray(cv2.GaussianBlur(inside.astype(np.float32), (3, 3), 0), np.float32)
    angle = np.arcsin(np.clip(u / np.maximum(half, 1e-3), -1, 1))  # curved gores, as on a sphere
    gore = (np.floor((angle / np.pi + 0.5) * 8).astype(np.int32)) % 2
    light = np.clip(1.12 - 0.5 * (u / 0.44 + 0.35) ** 2, 0.55, 1.15)
    color = palette[gore] * light[..., None]
    canvas.color += (color - canvas.color) * cover[..., None]
    canvas.alpha = canvas.alpha + (1 - canvas.alpha) * cover
    return canvas.done()


PAINTERS: dict[str, Callable[[int, int, random.Random], Sprite]] = {
    "lighthouse": lighthouse, "iceberg": iceberg, "boat": boat, "hot-air balloon": hot_air_balloon,
}
ASPECTS = {"lighthouse": 0.32, "iceberg": 1.9, "boat": 0.85, "hot-air balloon": 0.8}  # width ÷ height
