"""The ground below the horizon seen in perspective: what every terrain painter shares.

A terrain is painted in two passes. Its field is a float image on a small texture canvas whose rows are
distances: row s (0 at the horizon, 1 at the front edge) lies at distance 1/s, and a column's lateral position is
(x - vanishing point) / s, so noise sampled there shrinks toward the horizon like a real surface and fades into the
haze. The field is scaled up once; then the details closest to the eye (blades, seams, ripples) are drawn crisp on
the canvas itself.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from openbanana.engines.draft.word_margins import PixelBox, clear_of
from openbanana.engines.draft.world.fields import fractal_noise, mix, sample, scale
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB
from openbanana.scene import Season

TEXTURE_LONG_SIDE = 384
SPECK_REACH = 0.02  # the largest speck's radius at the front edge (a pebble), as a share of the ground's height


@dataclass(frozen=True)
class Ground:
    """The region below the horizon to paint, in canvas pixels, and what colours it."""

    width: int
    top: int  # the horizon's row on the canvas
    height: int  # from the horizon to the bottom edge
    light: Light
    base: RGB | None = None  # the plan's ground colour, else the terrain's own
    season: Season | None = None
    snow: bool = False  # snow lies on it
    vanish: float = 0.5  # the vanishing point across, as a fraction of the width
    sun_x: float | None = None  # where the sun stands across (glitter on water)
    offset: tuple[float, float] = (0.0, 0.0)  # where in the noise this picture's ground comes from (the seed)
    margins: tuple[PixelBox, ...] = ()  # round the words set over the picture: no speck is drawn there

    @property
    def texture_size(self) -> tuple[int, int]:
        factor = min(1.0, TEXTURE_LONG_SIDE / max(self.width, 1))
        return max(2, round(self.width * factor)), max(2, round(self.height * factor))

    def y(self, s: float) -> float:
        """The canvas row at perspective depth s (0 at the horizon, 1 at the front edge)."""
        return self.top + s * self.height

    @property
    def unit(self) -> float:
        """Pixels per pixel of a 1024-wide canvas: strokes and sizes scale with it."""
        return max(1.0, self.width / 1024)


Field = Callable[[Ground], np.ndarray]
Details = Callable[[Image.Image, Ground, random.Random], None]


@dataclass(frozen=True)
class Perspective:
    s: np.ndarray  # (th, 1): 0 at the horizon, 1 at the front edge
    x: np.ndarray  # (th, tw): lateral position on the ground, screen widths at the front edge
    z: np.ndarray  # (th, 1): distance, 1 at the front edge


def perspective(ground: Ground) -> Perspective:
    tw, th = ground.texture_size
    s = ((np.arange(th, dtype=np.float32) + 0.5) / th)[:, None]
    across = ((np.arange(tw, dtype=np.float32) + 0.5) / tw - ground.vanish)[None, :]
    return Perspective(s, across / s, 1 / s)


def texture(ground: Ground, view: Perspective, across: float, along: float, beta: float = 2.0) -> np.ndarray:
    """Noise lying on the ground: `across`/`along` texels per screen width at the front; fades at the horizon."""
    noise = fractal_noise(beta)
    n = sample(noise, view.x * across + ground.offset[0] * 256, view.z * along + ground.offset[1] * 256)
    return np.asarray(n * np.clip(view.s * 3.5, 0, 1), dtype=np.float32)


def lit(ground: Ground, color: RGB) -> RGB:
    """A surface colour under the scene's light (and in its fog)."""
    return mix(scale(color, ground.light.ambient), ground.light.haze, ground.light.fog * 0.45)


def depth_ramp(ground: Ground, near: RGB, view: Perspective, haze: float = 1.0) -> np.ndarray:
    """(th, 1, 3): the surface colour, fading into the haze toward the horizon."""
    far = mix(near, ground.light.haze, min(1.0, ground.light.haze_strength * 0.9 * haze + ground.light.fog * 0.3))
    t = (1 - view.s) ** 2.4
    near_a, far_a = np.asarray(near, dtype=np.float32), np.asarray(far, dtype=np.float32)
    return np.asarray(near_a + (far_a - near_a) * t[..., None], dtype=np.float32)


def shaded(colors: np.ndarray, amount: np.ndarray) -> np.ndarray:
    """Colours brightened (amount > 0) or darkened (< 0) by a relative amount per pixel."""
    return np.asarray(colors * (1 + amount)[..., None], dtype=np.float32)


def front_spots(ground: Ground, rng: random.Random, count: int, reach: float) -> list[tuple[float, float, float]]:
    """(x, y, s) canvas spots on the ground, denser toward the front; s is the perspective scale there. A spot in
    the ground's word margins is left out (the same draws are made, so every other spot stays where it was): a
    pebble, a shell or a glint in a word gap is read as a glyph ("Amara·Okafor")."""
    spots = []
    for _ in range(count):
        s = 1 - reach * rng.random() ** 1.6
        spots.append((rng.uniform(-0.02, 1.02) * ground.width, ground.y(s), s))
    spots.sort(key=lambda spot: spot[1])
    speck = SPECK_REACH * ground.height
    return [(x, y, s) for x, y, s in spots
            if clear_of(ground.margins, x - speck * s, y - speck * s, x + speck * s, y + speck * s)]
