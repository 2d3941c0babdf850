"""Pictogram glyphs: vector colour emoji (Twemoji as a COLRv0 font), rasterised layer by layer at any size.

Each emoji is a stack of flat-colour layers; every layer's outline is reachable through a private-use code point
(built by scripts/build_draft_assets.py). FreeType rasterises each outline as an anti-aliased mask at the exact pixel
size, so a 2000-px pictogram is as crisp as a 20-px one, and the masks are pasted straight onto the canvas in their
colours. Masks are cached per (emoji, size, tint): the same subject at the same size costs only the pastes.
"""

from __future__ import annotations

import colorsys
import json
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from threading import Lock

from PIL import Image, ImageChops, ImageFont

from openbanana.imaging.drawing.fonts import PICTOGRAM_FONT, asset_path
from openbanana.plan import RGB

RGBA = tuple[int, int, int, int]
REFERENCE_SIZE = 512  # font units per em: bounding boxes are measured once at this size
CACHE_PIXELS = 24_000_000  # ~24 MB of cached layer masks


@dataclass(frozen=True)
class Layer:
    mask: Image.Image  # "L", cropped to its ink
    offset: tuple[int, int]  # from the glyph's top-left ink corner
    color: RGBA


@dataclass(frozen=True)
class Sprite:
    layers: tuple[Layer, ...]
    size: tuple[int, int]  # the ink box of the whole glyph

    @property
    def pixels(self) -> int:
        return sum(layer.mask.width * layer.mask.height for layer in self.layers)


@dataclass(frozen=True)
class _Table:
    base: int
    palette: tuple[RGBA, ...]
    glyphs: dict[str, tuple[tuple[int, int], ...]]


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = json.loads(files("openbanana.assets.pictograms").joinpath("layers.json").read_text(encoding="utf-8"))
    palette = tuple((int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), int(h[6:8], 16)) for h in raw["palette"])
    glyphs = {seq: tuple((int(o), int(c)) for o, c in layers) for seq, layers in raw["glyphs"].items()}
    return _Table(int(raw["layer_base"]), palette, glyphs)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return _load(asset_path(PICTOGRAM_FONT), size)


@lru_cache(maxsize=256)
def _load(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.BASIC)


def normalise(glyph: str) -> str | None:
    """The key under which the font has this emoji (with or without VS16), or None when it has none."""
    glyphs = _table().glyphs
    for candidate in (glyph, glyph.replace("\ufe0f", ""), glyph + "\ufe0f"):
        if candidate in glyphs:
            return candidate
    return None


def has_pictogram(glyph: str) -> bool:
    return normalise(glyph) is not None


@lru_cache(maxsize=4096)
def ink_box(glyph: str) -> tuple[float, float, float, float]:
    """The glyph's ink box in ems (left, top, right, bottom, from the baseline-left origin)."""
    key = normalise(glyph)
    if key is None:
        return (0.0, -0.875, 1.0, 0.125)
    table, font = _table(), _font(REFERENCE_SIZE)
    boxes = [font.getbbox(chr(table.base + o), anchor="ls") for o, _ in table.glyphs[key]]
    boxes = [b for b in boxes if b[2] > b[0] and b[3] > b[1]]
    if not boxes:
        return (0.0, -0.875, 1.0, 0.125)
    return (min(b[0] for b in boxes) / REFERENCE_SIZE, min(b[1] for b in boxes) / REFERENCE_SIZE,
            max(b[2] for b in boxes) / REFERENCE_SIZE, max(b[3] for b in boxes) / REFERENCE_SIZE)


_Key = tuple[str, int, RGB | None, float]


class _SpriteCache:
    def __init__(self, budget: int) -> None:
        self._items: OrderedDict[_Key, Sprite] = OrderedDict()
        self._pixels, self._budget, self._lock = 0, budget, Lock()

    def get(self, key: _Key) -> Sprite | None:
        with self._lock:
            sprite = self._items.get(key)
            if sprite is not None:
                self._items.move_to_end(key)
            return sprite

    def put(self, key: _Key, sprite: Sprite) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = sprite
            self._pixels += sprite.pixels
            while self._pixels > self._budget and len(self._items) > 1:
                _, old = self._items.popitem(last=False)
                self._pixels -= old.pixels


_CACHE = _SpriteCache(CACHE_PIXELS)


WATER_STRIP = (85, 172, 238)  # the blue of the strip of water Twemoji draws under its boats and swimmers
AFLOAT_GLYPHS = frozenset("⛵🚣🏊🛶🚤🤽")


def sprite(glyph: str, font_size: int, tint: RGB | None = None, squash: float = 1.0) -> Sprite | None:
    """The emoji as coloured layer masks at `font_size` px per em (scaled by `squash` vertically), or None."""
    key = normalise(glyph)
    if key is None or font_size < 1:
        return None
    cached = _CACHE.get((key, font_size, tint, squash))
    if cached is not None:
        return cached
    table, font = _table(), _font(font_size)
    colors = [table.palette[c] for _, c in table.glyphs[key]]
    masks: list[tuple[Image.Image, tuple[int, int]]] = []
    for offset, _ in table.glyphs[key]:
        core, at = font.getmask2(chr(table.base + offset), mode="L")
        masks.append((Image.Image()._new(core), at))
    if tint is not None:
        areas = _visible_areas(masks)
        if glyph[:1] in AFLOAT_GLYPHS:  # "a blue rowboat": the hull takes the colour, never the strip of water
            areas = [0.0 if color[:3] == WATER_STRIP else area for color, area in zip(colors, areas, strict=True)]
        colors = retint(colors, tint, areas)
    raw: list[tuple[Image.Image, tuple[int, int], RGBA]] = []
    for (mask, (x, y)), color in zip(masks, colors, strict=True):
        box = mask.getbbox()
        if box is None or color[3] == 0:
            continue
        mask = mask.crop(box)
        if squash != 1.0:
            y0, y1 = round((y + box[1]) * squash), round((y + box[3]) * squash)
            mask = mask.resize((mask.width, max(1, y1 - y0)), Image.Resampling.BILINEAR)
            box = (box[0], y0 - y, box[2], y1 - y)
        if color[3] < 255:
            mask = mask.point(lambda v, a=color[3]: v * a // 255)
        raw.append((mask, (x + box[0], y + box[1]), color))
    if not raw:
        return None
    left, top = min(p[1][0] for p in raw), min(p[1][1] for p in raw)
    right = max(p[1][0] + p[0].width for p in raw)
    bottom = max(p[1][1] + p[0].height for p in raw)
    made = Sprite(tuple(Layer(m, (x - left, y - top), c) for m, (x, y), c in raw), (right - left, bottom - top))
    _CACHE.put((key, font_size, tint, squash), made)
    return made


def draw_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int]) -> None:
    """Paste every layer in its colour; on an RGB canvas this is an exact 'over' for opaque colours."""
    x0, y0 = origin
    for layer in made.layers:
        x, y = x0 + layer.offset[0], y0 + layer.offset[1]
        canvas.paste(layer.color[:3] if canvas.mode == "RGB" else layer.color,
                     (x, y, x + layer.mask.width, y + layer.mask.height), layer.mask)


def union_mask(made: Sprite, scale: float = 1.0) -> Image.Image:
    """The glyph's silhouette (for shadows), optionally at a reduced scale."""
    width, height = max(1, round(made.size[0] * scale)), max(1, round(made.size[1] * scale))
    mask = Image.new("L", (width, height), 0)
    for layer in made.layers:
        small = layer.mask if scale == 1.0 else layer.mask.resize(
            (max(1, round(layer.mask.width * scale)), max(1, round(layer.mask.height * scale))),
            Image.Resampling.BILINEAR)
        mask.paste(255, (round(layer.offset[0] * scale), round(layer.offset[1] * scale)), small)
    return mask


def quantise(size: float) -> int:
    """Round a pixel size down to a ~3% step, so nearby layouts share cached sprites."""
    if size < 48:
        return max(1, int(size))
    step = max(2, int(size) // 32)
    return int(size) // step * step


def _visible_areas(masks: list[tuple[Image.Image, tuple[int, int]]]) -> list[float]:
    """Ink of each layer that the layers drawn after it leave showing: a bus's grey body panel is mostly covered
    by its side, so the side is what a named colour must paint."""
    if not masks:
        return []
    left = min(at[0] for _, at in masks)
    top = min(at[1] for _, at in masks)
    width = max(at[0] + mask.width for mask, at in masks) - left
    height = max(at[1] + mask.height for mask, at in masks) - top
    covered = Image.new("L", (max(1, width), max(1, height)), 0)
    areas: list[float] = []
    for mask, (x, y) in reversed(masks):
        layer = Image.new("L", covered.size, 0)
        layer.paste(mask, (x - left, y - top))
        areas.append(_area(ImageChops.subtract(layer, covered)))
        covered = ImageChops.lighter(covered, layer)
    return areas[::-1]


def _area(mask: Image.Image) -> float:
    """Ink of one mask (what later layers cover is subtracted by the caller, `_visible_areas`)."""
    histogram = mask.histogram()
    return float(sum(count * value for value, count in enumerate(histogram))) / 255.0


NEUTRAL_SATURATION = 0.25  # below it a layer is grey, white or black, whatever its faint hue
CHROMATIC_SHARE = 0.15  # a chromatic or light family this big (of the ink) takes a chromatic colour before a dark one
LIGHT = ("grey", 2)  # light greys and whites, one family: a bus's panels, a sail, a mug


def retint(colors: list[RGBA], target: RGB, areas: list[float] | None = None) -> list[RGBA]:
    """Recolour an emoji: its body (the biggest family of layers by ink: one hue, or one grey) takes the target's
    hue, saturation and value; shading inside the family keeps its contrast. A named colour chooses between
    families: a chromatic one prefers the biggest chromatic or light family (a green tractor's paint, not its
    black wheels), an achromatic one (white, black, grey) the biggest family of all (a grey rabbit's fur, a black
    cat's coat). Other grey layers lose their tinge. Without `areas` every layer counts the same; `areas` are what
    shows of each layer (`_visible_areas`), and light greys and whites are one family: a bus's panels of three
    light greys outweigh its blue windows, so a yellow bus is yellow where it is painted."""
    weights = areas if areas is not None else [1.0] * len(colors)
    hsv = [colorsys.rgb_to_hsv(c[0] / 255, c[1] / 255, c[2] / 255) for c in colors]
    families: dict[tuple[str, int], float] = {}
    for (h, s, v), weight, color in zip(hsv, weights, colors, strict=True):
        if color[3] == 0 or weight <= 0:
            continue
        family = _family(h, s, v)
        families[family] = families.get(family, 0.0) + weight
    if not families:
        return colors
    th, ts, tv = colorsys.rgb_to_hsv(*(c / 255 for c in target))
    total = sum(families.values())
    paintable = {f: a for f, a in families.items() if f[0] == "hue" or f == LIGHT}
    if ts > 0.08 and paintable and max(paintable.values()) >= CHROMATIC_SHARE * total:
        body = max(paintable, key=lambda f: (paintable[f], f[0] == "hue", -f[1]))
    else:
        body = max(families, key=lambda f: (families[f], f[0] == "hue", -f[1]))
    members = [i for i, (h, s, v) in enumerate(hsv) if _family(h, s, v) == body or (
        body[0] == "hue" and s > NEUTRAL_SATURATION and v > 0.2 and _hue_gap(h, body[1] / 12) < 0.07)]
    ref_w = sum(weights[i] for i in members) or 1.0
    ref_s = sum(hsv[i][1] * weights[i] for i in members) / ref_w
    ref_v = sum(hsv[i][2] * weights[i] for i in members) / ref_w
    out = [_neutral(c) if i not in members and hsv[i][1] < NEUTRAL_SATURATION else c for i, c in enumerate(colors)]
    for i in members:
        _, s, v = hsv[i]
        keeps_shading = ts > 0.08 and ref_s > NEUTRAL_SATURATION  # white, black, grey: no hue left
        ns = min(1.0, s * ts / ref_s) if keeps_shading else ts
        nv = min(1.0, max(0.0, v * tv / max(ref_v, 1e-6)))
        r, g, b = colorsys.hsv_to_rgb(th, ns, nv)
        out[i] = (round(r * 255), round(g * 255), round(b * 255), colors[i][3])
    return out


def _neutral(color: RGBA) -> RGBA:
    """The set's slate greys (41, 47, 51) carry a faint blue: beside a named colour they are plain grey, so the
    named colour is the only hue the thing shows."""
    grey = round(0.3 * color[0] + 0.59 * color[1] + 0.11 * color[2])
    return (*mix3(color[:3], (grey, grey, grey), 0.7), color[3])


def mix3(a: tuple[int, ...], b: tuple[int, ...], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _hue_gap(a: float, b: float) -> float:
    return min(abs(a - b), 1 - abs(a - b))


def _family(h: float, s: float, v: float) -> tuple[str, int]:
    """A layer's colour family: a hue twelfth for chromatic layers, a value band for neutral ones."""
    if s > NEUTRAL_SATURATION and v > 0.2:
        return ("hue", round(h * 12) % 12)
    return ("grey", min(2, int(v * 4)))
