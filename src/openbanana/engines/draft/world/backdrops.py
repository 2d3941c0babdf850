"""What closes the view at the horizon: mountains, hills, a city skyline, a treeline, dunes, stage curtains.

Each is two or three layers of silhouettes; the farther a layer, the more it fades into the haze (atmospheric
perspective). Faces turned from the sun are shaded; high peaks carry snow.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import Point, circle, mix, paste_shape, scale, to_image, work_size
from openbanana.engines.draft.world.light import Light
from openbanana.plan import RGB
from openbanana.scene import Season

SHADE: RGB = (10, 12, 40)


@dataclass(frozen=True)
class View:
    """The canvas being painted and what the backdrop needs to know of the scene."""

    image: Image.Image
    horizon: int  # the horizon's row, in pixels
    light: Light
    season: Season | None
    snow: bool
    sun_left: bool  # light comes from the left: faces turned right are in shade


def _layer(view: View, color: RGB, distance: float) -> RGB:
    """A layer's colour under the light, faded toward the haze by its distance (0 near, 1 far)."""
    lit = scale(color, view.light.ambient)
    return mix(lit, view.light.haze, min(0.95, distance * (0.45 + 0.5 * view.light.haze_strength)))


def _ridge(rng: random.Random, count: int = 65, roughness: float = 0.55) -> list[float]:
    """Heights in 0..1 along a ridge by midpoint displacement."""
    heights = [0.0] * count
    heights[0], heights[-1] = rng.random(), rng.random()
    step, spread = count - 1, 1.0
    while step > 1:
        half = step // 2
        for i in range(half, count - 1, step):
            heights[i] = (heights[i - half] + heights[i + half]) / 2 + rng.uniform(-spread, spread)
        step, spread = half, spread * roughness
    low, high = min(heights), max(heights)
    return [(h - low) / max(1e-6, high - low) for h in heights]


def _faces(points: list[Point], base: float, sun_left: bool, least: float) -> list[list[Point]]:
    """For each peak that drops at least `least` pixels, the face turned from the sun: down the ridge to the next
    valley, then back up a spine line from the base toward the peak. A bump on a slope already in shade is part
    of that face, not a face of its own."""
    faces = []
    step = 1 if sun_left else -1
    covered: set[int] = set()
    order = range(1, len(points) - 1) if sun_left else range(len(points) - 2, 0, -1)
    for i in order:
        if i in covered or not (points[i][1] <= points[i - 1][1] and points[i][1] <= points[i + 1][1]):
            continue
        j = i
        while 0 < j + step < len(points) - 1 and points[j + step][1] >= points[j][1] - least * 0.25:
            j += step
        if points[j][1] - points[i][1] < least:
            continue
        covered.update(range(min(i, j), max(i, j) + 1))
        foot = points[i][0] + (points[j][0] - points[i][0]) * 0.35
        ridge = points[min(i, j):max(i, j) + 1][::step]
        faces.append([*ridge, (points[j][0], base), (foot, base)])
    return faces


def _range(rng: random.Random, width: int, top: int, span: float) -> list[Point]:
    """A mountain ridge: a few broad peaks (coarse midpoint displacement) roughened with small steps."""
    coarse = _ridge(rng, 9, 0.6)
    xs = np.linspace(-0.05 * width, 1.05 * width, 65)
    heights = np.interp(np.linspace(0, len(coarse) - 1, len(xs)), np.arange(len(coarse)), coarse)
    rough = np.asarray(_ridge(rng, 65, 0.7)) - 0.5
    heights = np.clip(heights + rough * 0.12, 0, 1)
    return [(float(x), top - span * (0.1 + 0.9 * h)) for x, h in zip(xs, heights, strict=True)]


def mountains(view: View, rng: random.Random) -> None:
    """Two ranges, the far one tall, pale and snow-capped, then forested foothills."""
    width, top = view.image.width, view.horizon
    for distance, reach, rock, snowy in ((1.0, 0.55, (124, 132, 158), True), (0.6, 0.36, (100, 108, 126), view.snow)):
        span = reach * top * rng.uniform(0.8, 1.0)
        points = _range(rng, width, top, span)
        paste_shape(view.image, _layer(view, rock, distance), [[*points, (1.05 * width, top + 2),
                                                                (-0.05 * width, top + 2)]])
        if snowy:
            peak = min(y for _, y in points)
            line = peak + (top - peak) * (0.45 if view.snow else 0.32)
            bottom = [(x, max(y, line + rng.uniform(-0.05, 0.05) * span)) for x, y in points]
            paste_shape(view.image, _layer(view, (246, 248, 252), distance * 0.8), [[*points, *reversed(bottom)]],
                        rim=False)
        paste_shape(view.image, SHADE, _faces(points, top + 2, view.sun_left, span * 0.12), opacity=0.2)
    _rolling(view, rng, (70, 110, 74) if not view.snow else (226, 232, 242), 0.25, 0.14)


def _rolling(view: View, rng: random.Random, color: RGB, distance: float, reach: float) -> list[Point]:
    """A smooth rolling ridge along the horizon (hills, foothills); returns its outline."""
    width, top = view.image.width, view.horizon
    phases = [rng.uniform(0, math.tau) for _ in range(3)]
    span = reach * top
    xs = np.linspace(0, width, 48)
    points = [(float(x), top - span * (0.55 + 0.28 * math.sin(x / width * 4.1 + phases[0])
                                       + 0.14 * math.sin(x / width * 9.3 + phases[1])
                                       + 0.05 * math.sin(x / width * 21 + phases[2]))) for x in xs]
    paste_shape(view.image, _layer(view, color, distance), [[*points, (width, top + 2), (0, top + 2)]])
    return points


def hills(view: View, rng: random.Random) -> None:
    """Three rolling ridges in the season's green, with a few round trees along the nearest."""
    top = view.horizon
    greens = {"autumn": (150, 140, 70), "winter": (226, 232, 242) if view.snow else (120, 130, 100),
              "spring": (110, 176, 80)}
    green = greens.get(view.season or "", (88, 150, 72))
    for distance, reach in ((1.0, 0.3), (0.65, 0.22), (0.3, 0.13)):
        points = _rolling(view, rng, green, distance, reach)
        if distance < 0.5:
            trees = []
            for _ in range(rng.randint(3, 7)):
                x, y = points[rng.randrange(len(points))]
                r = top * 0.018 * rng.uniform(0.8, 1.3)
                trees.append(circle(x, y - r * 0.6, r, r * 1.15))
            paste_shape(view.image, _layer(view, mix(green, (20, 60, 20), 0.45), distance), trees)


def city(view: View, rng: random.Random) -> None:
    """Two rows of buildings; the near row has windows, lit at dusk and night."""
    width, top = view.image.width, view.horizon
    night = view.light.lit_windows
    draw = ImageDraw.Draw(view.image)
    for distance, reach, facades in ((1.0, 0.42, ((120, 130, 150),)),
                                     (0.25, 0.3, ((150, 156, 170), (186, 176, 160), (120, 138, 168), (170, 150, 140)))):
        x = -rng.uniform(0, 0.04) * width
        while x < width:
            w = width * rng.uniform(0.035, 0.085)
            h = top * reach * rng.uniform(0.35, 1.0)
            facade = facades[rng.randrange(len(facades))]
            color = _layer(view, mix(facade, (26, 30, 46), 0.6) if night else facade, distance)
            y = top - h
            shapes = [[(x, y), (x + w, y), (x + w, top + 2), (x, top + 2)]]
            if rng.random() < 0.2:  # a spire or an antenna
                shapes.append([(x + w * 0.4, y), (x + w * 0.5, y - h * 0.18), (x + w * 0.6, y)])
            for shape in shapes:  # upright edges: no anti-aliasing needed
                draw.polygon(shape, fill=color)
            if distance < 0.5:
                _windows(draw, (x, y, x + w, top), color, night, rng, max(1.0, width / 1024))
            x += w * rng.uniform(0.85, 1.05)


def _windows(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], facade: RGB, night: bool,
             rng: random.Random, unit: float) -> None:
    x0, y0, x1, y1 = box
    size = max(2.0, 7 * unit)
    gap = size * 0.8
    lit, dark = (255, 214, 120), mix(facade, (20, 30, 60) if night else (200, 220, 240), 0.5)
    columns = max(1, int((x1 - x0 - gap) // (size + gap)))
    margin = (x1 - x0 - columns * (size + gap) + gap) / 2
    y = y0 + gap * 1.5
    while y + size < y1 - gap:
        for c in range(columns):
            wx = x0 + margin + c * (size + gap)
            color = lit if night and rng.random() < 0.45 else dark
            draw.rectangle((wx, y, wx + size, y + size * 1.3), fill=color)
        y += size * 1.3 + gap


def forest(view: View, rng: random.Random) -> None:
    """A treeline: pointed conifers and round broadleaves, lit on the sun's side, in the season's colours."""
    width, top = view.image.width, view.horizon
    broadleaf = ((196, 96, 36), (214, 150, 40), (170, 60, 40)) if view.season == "autumn" else ((74, 130, 60),)
    side = -1 if view.sun_left else 1
    for distance, reach in ((1.0, 0.16), (0.45, 0.26)):
        conifers: list[list[Point]] = []
        lit: list[list[Point]] = []
        crowns: dict[RGB, list[list[Point]]] = {color: [] for color in broadleaf}
        glints: list[list[Point]] = []
        x = -rng.uniform(0, 0.03) * width
        while x < width * 1.02:
            h = top * reach * rng.uniform(0.55, 1.0)
            w = h * rng.uniform(0.32, 0.42)
            if rng.random() < 0.6 or view.season == "winter":
                conifers.append([(x - w / 2, top + 2), (x, top - h), (x + w / 2, top + 2)])
                lit.append([(x, top - h), (x + side * w / 2, top + 2), (x, top + 2)])
            else:
                r = w * 0.7
                crowns[broadleaf[rng.randrange(len(broadleaf))]].extend(
                    [circle(x, top - h + r, r, r * 1.1), [(x - r, top - h + r), (x + r, top - h + r),
                                                          (x + r, top + 2), (x - r, top + 2)]])
                glints.append(circle(x + side * r * 0.25, top - h + r * 0.8, r * 0.6))
            x += w * rng.uniform(0.45, 0.8)
        conifer = _layer(view, (46, 96, 62), distance)
        for color, shapes in crowns.items():
            paste_shape(view.image, _layer(view, color, distance), shapes)
        paste_shape(view.image, _layer(view, (250, 236, 170), distance), glints, opacity=0.16)
        floor = top - top * reach * 0.25
        paste_shape(view.image, conifer, [*conifers, [(0, floor), (width, floor), (width, top + 2), (0, top + 2)]])
        paste_shape(view.image, mix(conifer, (230, 240, 200), 0.15), lit, opacity=0.9)
        if view.snow:
            caps = [[p[1], (p[1][0] - (p[1][0] - p[0][0]) * 0.3, p[1][1] + (p[0][1] - p[1][1]) * 0.3),
                     (p[1][0] + (p[2][0] - p[1][0]) * 0.3, p[1][1] + (p[2][1] - p[1][1]) * 0.3)] for p in conifers]
            paste_shape(view.image, _layer(view, (244, 246, 252), distance * 0.7), caps)


def dunes(view: View, rng: random.Random) -> None:
    """Sand dunes with sharp crests: the side toward the sun lit, the other in shade."""
    width, top = view.image.width, view.horizon
    for distance, reach in ((1.0, 0.22), (0.6, 0.16), (0.25, 0.1)):
        phase, freq = rng.uniform(0, math.tau), rng.uniform(2.2, 3.6)
        xs = np.linspace(0, width, 90)
        span = reach * top
        points = [(float(x), top - span * (0.35 + 0.65 * abs(math.sin(x / width * freq * math.pi + phase)) ** 1.6))
                  for x in xs]
        paste_shape(view.image, _layer(view, (232, 192, 132), distance), [[*points, (width, top + 2), (0, top + 2)]])
        paste_shape(view.image, (120, 70, 40), _faces(points, top + 2, view.sun_left, span * 0.2), opacity=0.28)


def curtains(view: View, rng: random.Random) -> None:
    """A stage's red curtain: folds shaded across, a scalloped pelmet at the top, drapes gathered at the sides."""
    image = view.image
    w, h = work_size(image.width, view.horizon)
    u = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    v = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    folds = 0.55 + 0.45 * np.abs(np.sin(u * math.pi * 14 + 0.3 * np.sin(v * 3))) ** 0.7
    red = np.asarray(scale((160, 24, 36), view.light.ambient), dtype=np.float32)
    spot = 1 + 0.55 * np.exp(-(((u - 0.5) / 0.16) ** 2)) * (0.4 + 0.6 * v)  # the spotlight falls mid-stage
    field = red * (folds * (0.62 + 0.25 * v) * spot)[..., None]
    image.paste(to_image(field).resize((image.width, view.horizon), Image.Resampling.BILINEAR), (0, 0))
    pelmet = [(0.0, 0.0), (float(image.width), 0.0)]
    scallops = 9
    for i in range(scallops, -1, -1):
        x = image.width * i / scallops
        pelmet.append((x, view.horizon * (0.13 if i % 1 == 0 else 0.1)))
        if i:
            pelmet.append((x - image.width / scallops / 2, view.horizon * 0.18))
    paste_shape(image, scale((130, 16, 28), view.light.ambient), [pelmet])
    gold = scale((220, 170, 60), view.light.ambient)
    ImageDraw.Draw(image).line([(0, view.horizon * 0.02), (image.width, view.horizon * 0.02)], fill=gold,
                               width=max(2, image.height // 150))


BACKDROPS = {"mountains": mountains, "hills": hills, "city": city, "forest": forest, "dunes": dunes}
