"""Land seen in perspective: grass with blades near the front, rippled sand, snow, dirt with pebbles.

`SURFACES` maps every terrain to its field and its details: land here, made surfaces in surfaces.py, water in
water.py.
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world import surfaces, water
from openbanana.engines.draft.world.fields import mix
from openbanana.engines.draft.world.ground import (
    Details,
    Field,
    Ground,
    depth_ramp,
    front_spots,
    lit,
    perspective,
    shaded,
    texture,
)
from openbanana.plan import RGB

GRASS: dict[str, RGB] = {"spring": (118, 184, 72), "summer": (92, 158, 60), "autumn": (160, 150, 70),
                         "winter": (120, 138, 96)}
SAND: RGB = (228, 202, 152)
SNOW: RGB = (238, 242, 250)
DIRT: RGB = (142, 106, 74)
PLAIN: RGB = (150, 150, 140)
PETALS: tuple[RGB, ...] = ((255, 255, 255), (255, 214, 60), (240, 120, 170), (170, 140, 230))


def _grass_color(ground: Ground) -> RGB:
    return lit(ground, ground.base or GRASS.get(ground.season or "summer", GRASS["summer"]))


def grass_field(ground: Ground) -> np.ndarray:
    view = perspective(ground)
    patches = texture(ground, view, 5, 2.2) * 0.6 + texture(ground, view, 22, 9, beta=1.6) * 0.4
    return shaded(depth_ramp(ground, _grass_color(ground), view), patches * 0.14 + (view.s - 0.6) * 0.12)


def grass_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    """Blades leaning with the wind, longer toward the front; flowers in spring and summer."""
    base = _grass_color(ground)
    draw = ImageDraw.Draw(image)
    shades = (mix(base, (0, 0, 0), 0.3), mix(base, (0, 0, 0), 0.15), mix(base, (255, 255, 190), 0.2))
    blades = np.random.default_rng(rng.getrandbits(32))
    count = 700
    s = 1 - 0.6 * blades.random(count) ** 1.6
    xs = blades.uniform(-0.02, 1.02, count) * ground.width
    ys = ground.top + s * ground.height
    length = ground.height * 0.07 * s * blades.uniform(0.6, 1.2, count)
    tilt = (0.55 * ground.light.wind + blades.normal(0, 0.2, count)) * length
    half = np.maximum(0.8, length * 0.06)
    tones = blades.integers(0, 3, count)
    for i in np.argsort(ys):
        x, y = float(xs[i]), float(ys[i])
        draw.polygon([(x - half[i], y), (x + half[i], y), (x + tilt[i], y - length[i])], fill=shades[tones[i]])
    if ground.season in ("spring", "summer"):
        for x, y, spot in front_spots(ground, rng, 50, 0.6):
            r = max(1.0, ground.height * 0.008 * spot)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=PETALS[rng.randrange(len(PETALS))])


def sand_field(ground: Ground) -> np.ndarray:
    view = perspective(ground)
    warp = texture(ground, view, 3, 1.5) * 1.6
    ripples = np.sin(view.z * 26 + view.x * 4 + warp) * np.clip(view.s * 2.2 - 0.2, 0, 1)
    grain = texture(ground, view, 30, 14, beta=1.4)
    amount = ripples * 0.07 + grain * 0.04 + texture(ground, view, 4, 2) * 0.05
    return shaded(depth_ramp(ground, lit(ground, ground.base or SAND), view), amount)


def sand_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    shell = mix(lit(ground, ground.base or SAND), (255, 255, 255), 0.5)
    draw = ImageDraw.Draw(image)
    for x, y, s in front_spots(ground, rng, 16, 0.5):
        r = ground.height * 0.012 * s
        draw.ellipse((x - r, y - r * 0.6, x + r, y + r * 0.6), fill=shell)


SNOW_KEEPS_WHITE = 0.55  # snow throws back most of the light: the scene's tint only half reaches it, so it reads white


def snow_field(ground: Ground) -> np.ndarray:
    view = perspective(ground)
    drifts = texture(ground, view, 4, 1.6)
    white = ground.base or SNOW
    field = depth_ramp(ground, mix(lit(ground, white), white, SNOW_KEEPS_WHITE), view)
    blue = np.asarray(lit(ground, (176, 194, 226)), dtype=np.float32)
    field = field + (blue - field) * np.clip(-drifts * 0.35, 0, 0.5)[..., None]
    return shaded(field, drifts * 0.03)


def snow_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    """Glints on the snow near the front."""
    draw = ImageDraw.Draw(image)
    for x, y, s in front_spots(ground, rng, 70, 0.7):
        r = max(1.0, ground.height * 0.004 * s)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255))


def dirt_field(ground: Ground) -> np.ndarray:
    view = perspective(ground)
    clumps = texture(ground, view, 8, 3.5) * 0.6 + texture(ground, view, 40, 16, beta=1.3) * 0.4
    return shaded(depth_ramp(ground, lit(ground, ground.base or DIRT), view), clumps * 0.2)


def dirt_details(image: Image.Image, ground: Ground, rng: random.Random) -> None:
    """Pebbles, each with a shadow and a lit top."""
    base = lit(ground, ground.base or DIRT)
    draw = ImageDraw.Draw(image)
    for x, y, s in front_spots(ground, rng, 60, 0.7):
        r = ground.height * 0.014 * s * rng.uniform(0.5, 1.3)
        tone = mix(base, (255, 240, 220) if rng.random() < 0.5 else (60, 40, 30), rng.uniform(0.2, 0.4))
        draw.ellipse((x - r, y - r * 0.55, x + r, y + r * 0.55), fill=mix(base, (30, 20, 15), 0.45))
        draw.ellipse((x - r, y - r * 0.75, x + r * 0.9, y + r * 0.35), fill=tone)


def plain_field(ground: Ground) -> np.ndarray:
    """The plan's ground colour with a little texture, for a terrain with no texture of its own."""
    view = perspective(ground)
    return shaded(depth_ramp(ground, lit(ground, ground.base or PLAIN), view), texture(ground, view, 6, 2.5) * 0.06)


SURFACES: dict[str, tuple[Field, Details | None]] = {
    "grass": (grass_field, grass_details),
    "sand": (sand_field, sand_details),
    "snow": (snow_field, snow_details),
    "dirt": (dirt_field, dirt_details),
    "road": (surfaces.road_field, surfaces.road_details),
    "floor": (surfaces.floor_field, surfaces.floor_details),
    "table": (surfaces.table_field, surfaces.table_details),
    "stage": (surfaces.stage_field, surfaces.stage_details),
    "stone": (surfaces.stone_field, None),
    "water": (water.water_field, water.water_details),
}


def surface(kind: str, snow: bool) -> tuple[Field, Details | None]:
    """The field and details that paint a terrain (snow covers soft ground)."""
    if snow and kind in ("grass", "dirt", "sand"):
        kind = "snow"
    return SURFACES.get(kind, (plain_field, None))
