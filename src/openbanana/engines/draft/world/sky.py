"""The sky: a gradient by time of day, a warm band at sunset, the sun's halo, a cloud deck, stars and the moon.

The smooth part is a float field on the small work canvas; the sun and moon discs and the stars are drawn crisp on
the painted canvas afterwards.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from openbanana.engines.draft.word_margins import PixelBox, clear_of
from openbanana.engines.draft.world.fields import fractal_noise, mix, sample, vertical_ramp
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB, Box

Point = tuple[float, float]


def sky_field(light: Light, size: tuple[int, int], horizon: float, sun: Point | None,
              colors: tuple[RGB, ...] = (), offset: Point = (0.0, 0.0)) -> np.ndarray:
    """The sky as an H×W×3 float field: `colors` top to bottom when given, else the light's zenith-to-horizon."""
    w, h = size
    reach = max(2, round(h * max(0.05, horizon)))
    column = vertical_ramp(colors, reach) if colors else vertical_ramp(light.sky, reach, (0.0, 0.55, 1.0))
    column = np.concatenate([column, np.repeat(column[-1:], max(0, h - reach), axis=0)])[:h]
    field = np.broadcast_to(column[:, None, :], (h, w, 3)).astype(np.float32)
    u = (np.arange(w, dtype=np.float32) / max(1, w - 1))[None, :]
    v = (np.arange(h, dtype=np.float32) / max(1, h - 1))[:, None]
    aspect = np.float32(w / h)
    sun_x = sun[0] if sun else 0.5
    if light.band > 0:  # sunsets: a warm band along the horizon, brightest under the sun
        near = np.exp(-(((v - horizon) / (0.16 * max(horizon, 0.2))) ** 2))
        across = 0.55 + 0.45 * np.exp(-(((u - sun_x) * aspect / 0.55) ** 2))
        warm = np.asarray(mix(light.sky[2], (255, 236, 190), 0.35), dtype=np.float32)
        amount = (near * across * np.float32(light.band * 0.75))[..., None]
        field = np.asarray(field + (warm - field) * amount, dtype=np.float32)
    if light.clouds >= 0.6:  # a deck of cloud: noise thresholded by how much of the sky is cloud
        noise = fractal_noise(2.4)
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        texel = 48.0 / max(w, h)
        n = sample(noise, xs * texel * 2 + offset[0] * 256, ys * texel * 5 + offset[1] * 256)
        cover = np.clip((n + (light.clouds - 0.6) * 5) * 0.45, 0, 1) * np.clip(1.2 - v / max(horizon, 0.1), 0, 1)
        cover = cover * np.float32(min(1.0, light.clouds))
        lit, shade = (np.asarray(c, dtype=np.float32) for c in light.cloud)
        deck = shade + (lit - shade) * np.clip(0.5 + n * 0.35, 0, 1)[..., None]
        field = np.asarray(field + (deck - field) * cover[..., None], dtype=np.float32)
    if sun is not None and (light.sun is not None or light.moon):
        sx, sy = sun
        d = np.sqrt(((u - sx) * aspect) ** 2 + (v - sy) ** 2)
        color = np.asarray(light.sun or (200, 210, 235), dtype=np.float32)
        reach_halo = 0.09 if light.sun else 0.05
        halo = np.exp(-((d / reach_halo) ** 2)) * 0.55 + np.exp(-((d / (reach_halo * 4)) ** 2)) * 0.22
        field = field + (color - field) * halo[..., None].astype(np.float32)
    return field


def sun_position(light: Light, horizon: float, rng: random.Random, disc: Point | None,
                 avoid: tuple[Box, ...] = ()) -> Point | None:
    """Where the sun or moon stands (canvas fractions), or None when the sky shows neither: to one side, at the
    height of the time of day, on the side where it stays clear of the text if one does."""
    if light.sun is None and not light.moon:
        return None
    if disc is not None:
        return disc
    y = max(0.08, horizon * (1 - light.sun_height * 0.85) - 0.02)
    sides = [side + rng.uniform(-0.06, 0.06) for side in rng.sample((0.2, 0.78), 2)]
    clear = [x for x in sides if not any(b[0] - 0.08 < x < b[2] + 0.08 and b[1] - 0.1 < y < b[3] + 0.1
                                         for b in avoid)]
    return ((clear or sides)[0], y)


def draw_stars(image: Image.Image, light: Light, horizon: float, rng: random.Random,
               cover: Image.Image | None = None, margins: Sequence[PixelBox] = ()) -> None:
    """Stars thinning toward the horizon, none behind a cloud (`cover`: where clouds are, any size) nor in `margins`
    (round the words: word_margins); a few bright ones with a cross of light."""
    if light.stars <= 0:
        return
    hidden = None
    if cover is not None:
        hidden = np.asarray(cover) > 60
        sx, sy = cover.width / image.width, cover.height / max(1.0, horizon * image.height)
    width, height = image.size
    draw = ImageDraw.Draw(image, "RGBA")
    unit = max(1.0, min(width, height) / 1024)
    count = int(width * height / unit**2 * 0.00016 * light.stars)
    top = horizon * height
    for _ in range(count):
        x, y = rng.uniform(0, width), top * rng.random() ** 1.4
        if hidden is not None and hidden[min(hidden.shape[0] - 1, int(y * sy)), min(hidden.shape[1] - 1, int(x * sx))]:
            continue
        fade = 1 - y / max(1.0, top)
        r = rng.choice((0.6, 0.8, 1.0, 1.3, 1.8)) * unit
        alpha = round(255 * light.stars * fade * rng.uniform(0.45, 1.0))
        if not clear_of(margins, x - r, y - r, x + r, y + r):
            continue
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 250, 236, alpha))
    for _ in range(max(1, count // 60)):
        x, y = rng.uniform(0, width), top * 0.7 * rng.random()
        r = rng.uniform(5, 9) * unit
        alpha = round(200 * light.stars)
        if not clear_of(margins, x - r, y - r, x + r, y + r):
            continue  # a cross of light beside a word reads as "+"
        draw.line((x - r, y, x + r, y), fill=(255, 255, 245, alpha), width=max(1, round(unit)))
        draw.line((x, y - r, x, y + r), fill=(255, 255, 245, alpha), width=max(1, round(unit)))


def disc_radius(light: Light, size: tuple[int, int]) -> float:
    """The sun's or moon's radius in pixels on a canvas of `size`; low suns look bigger."""
    return (0.045 if light.sun is None else 0.06) * min(size) * (1.25 if light.sun_height < 0.2 else 1.0)


def draw_disc(image: Image.Image, light: Light, at: Point, horizon: float, radius: float) -> None:
    """The sun (a plain disc) or the moon (pale, with soft craters), anti-aliased, cut off at the horizon."""
    width, height = image.size
    moon = light.sun is None
    cx, cy = at[0] * width, at[1] * height
    size = int(radius * 2) + 4
    x0, y0 = int(cx - radius) - 2, int(cy - radius) - 2
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    ox, oy = (cx - x0) * 4, (cy - y0) * 4
    r4 = radius * 4
    color = (238, 236, 222) if moon else (light.sun or (255, 250, 230))
    draw.ellipse((ox - r4, oy - r4, ox + r4, oy + r4), fill=(*color, 255))
    if moon:
        for fx, fy, fr in ((-0.35, -0.2, 0.22), (0.25, 0.3, 0.16), (0.3, -0.35, 0.1), (-0.15, 0.45, 0.09),
                           (0.05, 0.0, 0.12)):
            cr = fr * r4
            draw.ellipse((ox + fx * r4 - cr, oy + fy * r4 - cr, ox + fx * r4 + cr, oy + fy * r4 + cr),
                         fill=(205, 204, 196, 255))
        shade = Image.new("L", big.size, 0)
        ImageDraw.Draw(shade).ellipse((ox - r4 * 0.7, oy - r4 * 1.1, ox + r4 * 1.5, oy + r4 * 1.1), fill=60)
        dark = Image.new("RGBA", big.size, (120, 130, 160, 255))
        mask = Image.new("L", big.size, 0)
        ImageDraw.Draw(mask).ellipse((ox - r4, oy - r4, ox + r4, oy + r4), fill=255)
        big.paste(dark, (0, 0), ImageChops.multiply(mask, shade))
    cut = (horizon * height - y0) * 4
    if cut < big.height:
        ImageDraw.Draw(big).rectangle((0, max(0.0, cut), big.width, big.height), fill=(0, 0, 0, 0))
    small = big.reduce(4)
    image.paste(small, (x0, y0), small)
