"""What the back wall of a named room shows, so that the room reads as that room at a glance: a kitchen's wall
cupboards, tiled splashback and worktop, a cafe's chalkboard menu and hanging lamps, a workshop's pegboard of tools
and its bench, a classroom's blackboard, a library's or a bookshop's shelves, a bathroom's tiles. Without them every
room was the same plaster wall with a picture on it, and "baking in a kitchen", "working in a cafe" or "sawing in
his workshop" stood in a bare room. The fittings are the wall's, painted behind everything (they stand in for no
thing the prompt named); the picture or shelf of `rooms.paint_decor` is left out where they fill the wall."""

from __future__ import annotations

import random
from collections.abc import Callable

from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import mix, scale
from openbanana.engines.draft.world.light import Light
from openbanana.engines.draft.world.rooms import PixelBox, indoor
from openbanana.geometry import overlaps
from openbanana.plan import RGB

BOOKS: tuple[RGB, ...] = ((180, 60, 50), (60, 100, 160), (220, 180, 80), (90, 140, 90), (150, 90, 140))
WOOD: RGB = (150, 104, 66)
CUPBOARDS: RGB = (164, 194, 182)  # a kitchen's doors: a soft sage that reads against any plaster


class Wall:
    """The back wall being fitted: where it ends, its light, what to keep clear of (the window, the text)."""

    def __init__(self, image: Image.Image, light: Light, horizon: int, avoid: list[PixelBox], base: bool) -> None:
        self.image, self.horizon, self.avoid, self.base = image, horizon, avoid, base
        self.width = image.width
        self.ambient = indoor(light)
        self.draw = ImageDraw.Draw(image)

    def lit(self, color: RGB) -> RGB:
        return scale(color, self.ambient)

    def clear(self, box: PixelBox) -> bool:
        return not any(overlaps(box, other) for other in self.avoid)

    def runs(self, y0: float, y1: float, margin: float = 0.0) -> list[tuple[float, float]]:
        """The stretches of the wall's width between y0 and y1 that keep clear of what to avoid."""
        cuts = sorted((max(0.0, b[0] - margin), min(float(self.width), b[2] + margin)) for b in self.avoid
                      if b[1] < y1 and b[3] > y0)
        spans, x = [], 0.0
        for a, b in cuts:
            if a > x:
                spans.append((x, a))
            x = max(x, b)
        if x < self.width:
            spans.append((x, float(self.width)))
        return [(a, b) for a, b in spans if b - a > self.width * 0.08]


def _cupboards(wall: Wall, y0: float, y1: float, color: RGB) -> None:
    """A row of cupboard doors with small handles along each clear stretch of wall."""
    door = wall.width * 0.09
    for a, b in wall.runs(y0, y1, wall.width * 0.02):
        wall.draw.rectangle((a, y0, b, y1), fill=wall.lit(mix(color, (0, 0, 0), 0.12)))
        n = max(1, round((b - a) / door))
        step = (b - a) / n
        for i in range(n):
            x = a + i * step
            wall.draw.rectangle((x + step * 0.05, y0 + (y1 - y0) * 0.06, x + step * 0.95, y1 - (y1 - y0) * 0.06),
                                fill=wall.lit(color))
            hx = x + step * (0.8 if i % 2 else 0.2)
            wall.draw.rectangle((hx - step * 0.02, (y0 + y1) / 2 - (y1 - y0) * 0.12, hx + step * 0.02,
                                 (y0 + y1) / 2 + (y1 - y0) * 0.12), fill=wall.lit((120, 120, 125)))


def _base_run(wall: Wall, height: float, top: RGB, front: RGB) -> float:
    """A worktop or bench along the foot of the wall, its front in doors; returns where its top is."""
    if not wall.base:
        return float(wall.horizon)
    y = wall.horizon - height
    _cupboards(wall, y + height * 0.12, wall.horizon, front)
    wall.draw.rectangle((0, y, wall.width, y + height * 0.12), fill=wall.lit(top))
    return y


def _kitchen(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    worktop = _base_run(wall, h * 0.2, (205, 200, 192), CUPBOARDS)
    tile = max(6.0, h * 0.045)
    for a, b in wall.runs(worktop - h * 0.16, worktop, 0):
        y = worktop - h * 0.16
        wall.draw.rectangle((a, y, b, worktop), fill=wall.lit((214, 226, 230)))
        x = a
        while x < b:
            wall.draw.line((x, y, x, worktop), fill=wall.lit((186, 200, 206)), width=1)
            x += tile
        for row in range(1, 4):
            wall.draw.line((a, y + row * tile, b, y + row * tile), fill=wall.lit((186, 200, 206)), width=1)
    _cupboards(wall, h * 0.12, h * 0.4, CUPBOARDS)
    if wall.base:  # a hob on the worktop: two dark rings
        x = wall.width * rng.uniform(0.55, 0.75)
        for dx in (0.0, h * 0.09):
            wall.draw.ellipse((x + dx, worktop - h * 0.012, x + dx + h * 0.07, worktop + h * 0.012),
                              fill=wall.lit((60, 60, 64)))


def _board(wall: Wall, w: float, h: float, y: float, color: RGB, frame: RGB) -> PixelBox | None:
    """A framed board as large as fits where it keeps clear, centred if it can be; its inner box."""
    for x in (wall.width / 2 - w / 2, wall.width * 0.06, wall.width * 0.94 - w):
        box = (x, y, x + w, y + h)
        if wall.clear(box):
            pad = max(2.0, w * 0.025)
            wall.draw.rectangle(box, fill=wall.lit(frame))
            inner = (x + pad, y + pad, x + w - pad, y + h - pad)
            wall.draw.rectangle(inner, fill=wall.lit(color))
            return inner
    return None


def _chalk(wall: Wall, inner: PixelBox, rng: random.Random, rows: int) -> None:
    """Lines of chalk writing (scribbles the length of words) on a board."""
    x0, y0, x1, y1 = inner
    step = (y1 - y0) / (rows + 1)
    for row in range(rows):
        y, x = y0 + step * (row + 1), x0 + (x1 - x0) * 0.1
        end = x0 + (x1 - x0) * rng.uniform(0.55, 0.9)
        while x < end:
            word = (x1 - x0) * rng.uniform(0.06, 0.16)
            wall.draw.line((x, y, min(end, x + word), y), fill=wall.lit((236, 236, 226)), width=max(1, round(step / 5)))
            x += word + (x1 - x0) * 0.04


def _cafe(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    _base_run(wall, h * 0.2, (120, 80, 52), (150, 104, 66))
    inner = _board(wall, wall.width * 0.3, h * 0.3, h * 0.16, (44, 52, 48), (120, 84, 56))
    if inner is not None:
        _chalk(wall, inner, rng, 4)
    for fx in (0.2, 0.5, 0.8):
        x = wall.width * fx
        if not wall.clear((x - h * 0.05, 0, x + h * 0.05, h * 0.14)):
            continue
        wall.draw.line((x, 0, x, h * 0.08), fill=wall.lit((60, 60, 60)), width=max(1, round(h * 0.006)))
        wall.draw.pieslice((x - h * 0.05, h * 0.06, x + h * 0.05, h * 0.16), 180, 360, fill=wall.lit((50, 70, 60)))
        wall.draw.ellipse((x - h * 0.015, h * 0.1, x + h * 0.015, h * 0.125), fill=(255, 236, 170))


def _workshop(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    _base_run(wall, h * 0.22, (170, 120, 70), (140, 96, 60))
    inner = _board(wall, wall.width * 0.42, h * 0.34, h * 0.18, (206, 172, 124), (150, 110, 70))
    if inner is None:
        return
    x0, y0, x1, y1 = inner
    dot = max(1.0, h * 0.004)
    for gx in range(1, 16):
        for gy in range(1, 8):
            px, py = x0 + (x1 - x0) * gx / 16, y0 + (y1 - y0) * gy / 8
            wall.draw.ellipse((px - dot, py - dot, px + dot, py + dot), fill=wall.lit((150, 120, 84)))
    size = (y1 - y0) * 0.6
    for i in range(5):
        _tool(wall, (i + rng.randrange(3)) % 3, x0 + (x1 - x0) * (i + 0.5) / 5, y0 + (y1 - y0) * 0.2, size)


def _tool(wall: Wall, kind: int, x: float, y: float, s: float) -> None:
    """A hammer, a saw's blade or a spanner hung on the pegboard, `s` tall from its top at (x, y)."""
    steel, draw = wall.lit((150, 156, 164)), wall.draw
    if kind == 0:
        draw.rectangle((x - s * 0.05, y, x + s * 0.05, y + s), fill=wall.lit((170, 60, 40)))
        draw.rectangle((x - s * 0.25, y, x + s * 0.25, y + s * 0.18), fill=steel)
    elif kind == 1:
        draw.polygon([(x - s * 0.2, y), (x + s * 0.1, y), (x + s * 0.2, y + s), (x - s * 0.2, y + s * 0.85)],
                     fill=steel)
    else:
        draw.line((x, y + s * 0.15, x, y + s), fill=steel, width=max(2, round(s * 0.1)))
        draw.ellipse((x - s * 0.16, y, x + s * 0.16, y + s * 0.3), outline=steel, width=max(2, round(s * 0.08)))


def _classroom(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    inner = _board(wall, wall.width * 0.5, h * 0.36, h * 0.2, (46, 84, 66), (150, 110, 70))
    if inner is not None:
        _chalk(wall, inner, rng, 3)
        wall.draw.rectangle((inner[0], inner[3], inner[2], inner[3] + h * 0.02), fill=wall.lit((150, 110, 70)))


def _shelves(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    for a, b in wall.runs(h * 0.1, h, wall.width * 0.02):
        wall.draw.rectangle((a, h * 0.1, b, h), fill=wall.lit(mix(WOOD, (0, 0, 0), 0.25)))
        shelf = h * 0.18
        y = h * 0.1 + shelf
        while y <= h + 1:
            x = a + h * 0.01
            while x < b - h * 0.04:
                bw = h * rng.uniform(0.025, 0.04)
                top = y - shelf * rng.uniform(0.6, 0.85)
                wall.draw.rectangle((x, top, x + bw, y), fill=wall.lit(BOOKS[rng.randrange(len(BOOKS))]))
                x += bw * 1.06
            wall.draw.rectangle((a, y - h * 0.012, b, y + h * 0.004), fill=wall.lit(WOOD))
            y += shelf


def _tiles(wall: Wall, rng: random.Random) -> None:
    h = wall.horizon
    y0, tile = h * 0.45, max(6.0, h * 0.06)
    wall.draw.rectangle((0, y0, wall.width, h), fill=wall.lit((226, 238, 240)))
    y = y0
    while y < h:
        wall.draw.line((0, y, wall.width, y), fill=wall.lit((190, 206, 210)), width=1)
        y += tile
    x = rng.uniform(0, tile)
    while x < wall.width:
        wall.draw.line((x, y0, x, h), fill=wall.lit((190, 206, 210)), width=1)
        x += tile


FITTINGS: dict[str, Callable[[Wall, random.Random], None]] = {
    "kitchen": _kitchen, **dict.fromkeys(("cafe", "café", "coffee shop", "bakery", "diner", "bar"), _cafe),
    **dict.fromkeys(("workshop", "garage", "shed", "carpentry workshop"), _workshop), "classroom": _classroom,
    **dict.fromkeys(("library", "bookstore", "bookshop", "book shop", "study"), _shelves), "bathroom": _tiles,
}


def paint_fittings(image: Image.Image, light: Light, horizon: int, place: str, avoid: list[PixelBox],
                   rng: random.Random, base: bool = True) -> bool:
    """The named room's fittings on its back wall (`base`: a worktop or bench may stand along its foot: not where
    a table top hides the floor or the room's counter is drawn as a thing); False for a room with none."""
    fit = FITTINGS.get(place.lower().strip())
    if fit is None or horizon < image.height * 0.2:
        return False
    fit(Wall(image, light, horizon, avoid, base), rng)
    return True
