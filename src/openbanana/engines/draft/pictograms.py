"""Subjects as pictograms on the canvas: fitted into their boxes, grounded by shadows, mirrored or recoloured, and
the plate a dish is served on. The glyphs themselves are rasterised by imaging/drawing/glyphs.py."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

from openbanana.imaging.drawing.glyph_fit import fitted_size
from openbanana.imaging.drawing.glyphs import (
    RGBA,
    Layer,
    Sprite,
    draw_sprite,
    has_pictogram,
    sprite,
    union_mask,
)
from openbanana.plan import Subject

PLATE = "🍽"


def is_plate(subject: Subject) -> bool:
    """A plate laid flat on a table is drawn as a shape, not as its pictogram."""
    return subject.glyph == PLATE and subject.squash < 1.0


def pixel_box(subject: Subject, size: tuple[int, int]) -> tuple[int, int, int, int]:
    left, top, right, bottom = subject.box
    return (round(left * size[0]), round(top * size[1]), round(right * size[0]), round(bottom * size[1]))


def fit_subject(subject: Subject, size: tuple[int, int]) -> tuple[Sprite, int, int] | None:
    """The glyph scaled into its box (keeping its ratio) and its top-left: standing on the box's bottom edge (a
    common ground line), or centred for stickers. None when the font has no such pictogram."""
    width, height = size
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * width, (bottom - top) * height
    if subject.glyph is None or not has_pictogram(subject.glyph):
        return None
    made = sprite(subject.glyph, fitted_size(subject.glyph, box_w, box_h, subject.squash), subject.tint,
                  subject.squash)
    if made is None:
        return None
    x = round(left * width + (box_w - made.size[0]) / 2)
    y = round(top * height + (box_h - made.size[1]) / 2)
    if subject.role in ("hero", "support", "decor"):
        y = round(top * height + box_h - made.size[1])
    return made, x, y


def place_subject(canvas: Image.Image, subject: Subject, *, shadow: bool = True) -> tuple[int, int, int, int] | None:
    """Scale the glyph into its box, grounded by a soft shadow; returns the ink box drawn."""
    if is_plate(subject):
        return draw_plate(canvas, pixel_box(subject, canvas.size), subject.tint)
    fitted = fit_subject(subject, canvas.size)
    if fitted is None:
        return None
    made, x, y = fitted
    if shadow:
        drop_shadow(canvas, made, x, y, sticker=subject.role == "sticker")
    draw_sprite(canvas, made, (x, y))
    return (x, y, x + made.size[0], y + made.size[1])


def transformed(made: Sprite, transpose: Image.Transpose, recolor: Callable[[RGBA], RGBA] | None = None) -> Sprite:
    """The sprite mirrored (left-right or top-bottom), its layer colours optionally changed."""
    width, height = made.size
    layers = []
    for layer in made.layers:
        x, y = layer.offset
        if transpose == Image.Transpose.FLIP_LEFT_RIGHT:
            x = width - x - layer.mask.width
        else:
            y = height - y - layer.mask.height
        layers.append(Layer(layer.mask.transpose(transpose), (x, y), recolor(layer.color) if recolor else layer.color))
    return Sprite(tuple(layers), made.size)


def recolored(made: Sprite, recolor: Callable[[RGBA], RGBA]) -> Sprite:
    return Sprite(tuple(Layer(layer.mask, layer.offset, recolor(layer.color)) for layer in made.layers), made.size)


def draw_plate(canvas: Image.Image, box: tuple[int, int, int, int],
               tint: tuple[int, int, int] | None = None) -> tuple[int, int, int, int]:
    """A dinner plate lying on the table, seen at an angle: rim, well and a soft shadow, drawn 2x and reduced; a
    named colour ("a blue plate") is its glaze, the well a lighter shade of it."""
    x0, y0, x1, y1 = box
    w, h = max(8, x1 - x0), max(4, y1 - y0)
    pad = max(2, w // 12)
    shadow = shadow_blob().resize((w + 2 * pad, h), Image.Resampling.BILINEAR)
    canvas.paste((0, 0, 0), (x0 - pad, y0 + h // 3), shadow)
    big = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    edge, rim, well, floor = ((196, 200, 210), (244, 245, 248), (226, 229, 236), (236, 238, 243)) if tint is None else (
        _shade(tint, 0.75), tint, _shade(tint, 1.12), _shade(tint, 1.2))
    draw.ellipse((0, h * 0.08, w * 2 - 1, h * 2 - 1), fill=(*edge, 255))  # the plate's edge, in shade
    draw.ellipse((0, 0, w * 2 - 1, h * 1.9), fill=(*rim, 255))  # the rim
    draw.ellipse((w * 0.36, h * 0.3, w * 1.64, h * 1.55), fill=(*well, 255))  # the well
    draw.ellipse((w * 0.42, h * 0.42, w * 1.58, h * 1.55), fill=(*floor, 255))
    plate = big.reduce(2)
    canvas.paste(plate, (x0, y0), plate)
    return (x0, y0, x0 + w, y0 + h)


def _shade(color: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return (min(255, round(color[0] * factor)), min(255, round(color[1] * factor)), min(255, round(color[2] * factor)))


def drop_shadow(canvas: Image.Image, made: Sprite, x: int, y: int, *, sticker: bool) -> None:
    """A contact shadow under the glyph and a soft offset silhouette, both made small and scaled up."""
    w, h = made.size
    if sticker:  # a white die-cut border, like a real sticker
        scale = 0.25
        small_border = max(1, round(max(8, w // 24) * scale))
        border = round(small_border / scale)
        small = union_mask(made, scale)
        padded = Image.new("L", (small.width + 2 * small_border, small.height + 2 * small_border), 0)
        padded.paste(small, (small_border, small_border))
        grown = padded.filter(ImageFilter.MaxFilter(2 * small_border + 1))
        size = (w + 2 * border, h + 2 * border)
        shade = grown.filter(ImageFilter.GaussianBlur(small_border)).resize(size, Image.Resampling.BILINEAR)
        canvas.paste((0, 0, 0), (x - border + border // 3, y - border + border // 2), shade.point(lambda v: v // 3))
        silhouette = grown.resize(size, Image.Resampling.BILINEAR).point(lambda v: min(255, max(0, (v - 64) * 3)))
        canvas.paste((255, 255, 255), (x - border, y - border), silhouette)
        return
    pad = max(4, w // 5)
    shadow_h = max(4, w // 9)
    layer = shadow_blob().resize((w + 2 * pad, shadow_h * 2), Image.Resampling.BILINEAR)
    canvas.paste((0, 0, 0), (x - pad, y + h - shadow_h), layer)


@lru_cache(maxsize=1)
def shadow_blob() -> Image.Image:
    """A soft elliptical shadow that fades to nothing well inside its box (no visible edges when stretched)."""
    layer = Image.new("L", (96, 32), 0)
    ImageDraw.Draw(layer).ellipse((18, 10, 78, 22), fill=120)
    return layer.filter(ImageFilter.GaussianBlur(4))
