"""Shared painting helpers: colour mixing, small smooth fields, tileable noise, silhouettes.

Smooth things are computed small with numpy and scaled up once; silhouettes are drawn straight onto the canvas with
a half-strength rim that softens their pixel steps, which costs next to nothing at any size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from openbanana.plan import RGB

WORK_LONG_SIDE = 256
NOISE_SIZE = 256
Point = tuple[float, float]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    """`a` moved toward `b` by `t` (0 keeps a, 1 gives b)."""
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def scale(color: RGB, factor: tuple[float, float, float] | float) -> RGB:
    """A colour multiplied channel by channel (an ambient light), clipped to 0..255."""
    f = factor if isinstance(factor, tuple) else (factor, factor, factor)
    return (min(255, round(color[0] * f[0])), min(255, round(color[1] * f[1])), min(255, round(color[2] * f[2])))


def work_size(width: int, height: int, long_side: int = WORK_LONG_SIDE) -> tuple[int, int]:
    """A small canvas of the same shape, for fields that are smooth and scaled up afterwards."""
    factor = min(1.0, long_side / max(width, height))
    return max(2, round(width * factor)), max(2, round(height * factor))


def to_image(field: np.ndarray) -> Image.Image:
    """An H×W×3 float field (0..255) as an RGB image, or an H×W field (0..1) as an L mask."""
    if field.ndim == 2:
        return Image.fromarray(np.clip(field * 255, 0, 255).astype(np.uint8), "L")
    return Image.fromarray(np.clip(field, 0, 255).astype(np.uint8), "RGB")


@lru_cache(maxsize=32)
def fractal_noise(beta: float = 2.0, seed: int = 7) -> np.ndarray:
    """A tileable NOISE_SIZE² field with a 1/f^beta spectrum, zero mean, unit spread (made once, then sampled)."""
    generator = np.random.default_rng(seed)
    white = generator.standard_normal((NOISE_SIZE, NOISE_SIZE))
    fy = np.fft.fftfreq(NOISE_SIZE)[:, None]
    fx = np.fft.fftfreq(NOISE_SIZE)[None, :]
    radius = np.sqrt(fx * fx + fy * fy)
    radius[0, 0] = 1.0
    field = np.real(np.fft.ifft2(np.fft.fft2(white) / radius ** (beta / 2)))
    field -= field.mean()
    return np.asarray(field / (field.std() + 1e-9), dtype=np.float32)


def sample(noise: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Bilinear lookups into a tileable field at texel coordinates (wrapping)."""
    n = noise.shape[0]
    x0, y0 = np.floor(x).astype(np.int32), np.floor(y).astype(np.int32)
    fx, fy = (x - x0).astype(np.float32), (y - y0).astype(np.float32)
    x0, y0 = x0 % n, y0 % n
    x1, y1 = (x0 + 1) % n, (y0 + 1) % n
    top = noise[y0, x0] * (1 - fx) + noise[y0, x1] * fx
    bottom = noise[y1, x0] * (1 - fx) + noise[y1, x1] * fx
    return np.asarray(top * (1 - fy) + bottom * fy, dtype=np.float32)


def paste_shape(image: Image.Image, color: RGB, polygons: Sequence[Sequence[Point]], opacity: float = 1.0,
                rim: bool = True) -> None:
    """Fill polygons in one colour straight onto the canvas (cheap at any size); opaque ones get a half-strength
    rim along their edges, which softens the pixel steps much as anti-aliasing would (`rim=False` for shapes whose
    outline runs along another's edge)."""
    draw = ImageDraw.Draw(image, "RGBA")
    fill: tuple[int, ...] = (*color, round(255 * opacity))
    edge: tuple[int, ...] = (*color, 110)
    width = max(1, round(max(image.size) / 1600))
    for polygon in polygons:
        if len(polygon) < 3:
            continue
        points = [(float(x), float(y)) for x, y in polygon]
        draw.polygon(points, fill=fill)
        if rim and opacity >= 1.0:
            draw.line([*points, points[0]], fill=edge, width=width)


def circle(cx: float, cy: float, rx: float, ry: float | None = None, sides: int = 18) -> list[Point]:
    """An ellipse as a polygon, so it can join other shapes in one silhouette."""
    ry = rx if ry is None else ry
    return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in np.linspace(0, 2 * math.pi, sides, endpoint=False)]


def vertical_ramp(colors: Sequence[RGB], height: int, stops: Sequence[float] | None = None) -> np.ndarray:
    """A column of colours (height×3, float32) through `colors` at `stops` (0..1, default evenly spaced)."""
    palette = np.asarray(colors, dtype=np.float32)
    positions = np.asarray(stops if stops is not None else np.linspace(0, 1, len(colors)), dtype=np.float32)
    t = np.linspace(0, 1, max(1, height), dtype=np.float32)
    return np.stack([np.interp(t, positions, palette[:, c]) for c in range(3)], axis=1).astype(np.float32)
