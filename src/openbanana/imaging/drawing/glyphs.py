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

from PIL import Image, ImageFont

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
    if tint is not None:
        colors = retint(colors, tint)
    raw: list[tuple[Image.Image, tuple[int, int], RGBA]] = []
    for (offset, _), color in zip(table.glyphs[key], colors, strict=True):
        core, (x, y) = font.getmask2(chr(table.base + offset), mode="L")
        mask = Image.Image()._new(core)
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


def fitted_size(glyph: str, box_w: float, box_h: float, squash: float = 1.0) -> int:
    left, top, right, bottom = ink_box(glyph)
    return quantise(min(box_w / max(1e-6, right - left), box_h / max(1e-6, (bottom - top) * squash)))


def retint(colors: list[RGBA], target: RGB) -> list[RGBA]:
    """Recolour an emoji: the dominant chromatic hue family takes the target's hue; shading keeps its contrast."""
    hsv = [colorsys.rgb_to_hsv(c[0] / 255, c[1] / 255, c[2] / 255) for c in colors]
    chromatic = [i for i, (_, s, v) in enumerate(hsv) if s > 0.25 and v > 0.2]
    if not chromatic:
        return colors
    counts: dict[int, int] = {}
    for i in chromatic:
        bucket = round(hsv[i][0] * 12) % 12
        counts[bucket] = counts.get(bucket, 0) + 1
    family = max(counts, key=lambda b: (counts[b], -b))
    th, ts, tv = colorsys.rgb_to_hsv(*(c / 255 for c in target))
    ref = [hsv[i] for i in chromatic if round(hsv[i][0] * 12) % 12 == family]
    ref_s = sum(s for _, s, _ in ref) / len(ref)
    ref_v = sum(v for _, _, v in ref) / len(ref)
    out: list[RGBA] = []
    for color, (h, s, v) in zip(colors, hsv, strict=True):
        distance = min(abs(h - ref[0][0]), 1 - abs(h - ref[0][0]))
        if s > 0.25 and v > 0.2 and distance < 0.12:
            ns = min(1.0, s * ts / max(ref_s, 1e-6)) if ts > 0.08 else s * 0.1
            nv = min(1.0, max(0.0, v * tv / max(ref_v, 1e-6)))
            r, g, b = colorsys.hsv_to_rgb(th, ns, nv)
            out.append((round(r * 255), round(g * 255), round(b * 255), color[3]))
        else:
            out.append(color)
    return out
