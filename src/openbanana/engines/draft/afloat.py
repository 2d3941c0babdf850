"""Subjects in the water: a swimmer half under the surface with rings of ripples around it, and the flat blue
block of water that Twemoji draws under its boats and swimmers turned into the colour of the water it is on."""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw

from openbanana.imaging.drawing.glyphs import WATER_STRIP as TWEMOJI_WATER
from openbanana.imaging.drawing.glyphs import Layer, Sprite

UNDER = 0.38  # how much of a swimming animal or person is under the surface


def water_block(made: Sprite, layer: Layer) -> bool:
    """Whether a layer is the pictogram's own strip of water: Twemoji's water blue, the full width, at the bottom."""
    return (layer.color[:3] == TWEMOJI_WATER and layer.mask.width >= made.size[0] * 0.9
            and layer.offset[1] + layer.mask.height >= made.size[1] - 2)


def tinted_water(made: Sprite, canvas: Image.Image, at: tuple[int, int]) -> Sprite:
    """The sprite with its own strip of water in the colour of the water beside it on the canvas."""
    blocks = {id(layer) for layer in made.layers if water_block(made, layer)}
    if not blocks:
        return made
    x, y = at
    top = min(layer.offset[1] for layer in made.layers if id(layer) in blocks)
    row = min(canvas.height - 1, max(0, y + top + max(1, made.size[1] // 24)))  # the water at the waterline
    samples = [canvas.getpixel((min(canvas.width - 1, max(0, px)), row))
               for px in (x - 3, x + made.size[0] + 2)]
    colors = [s for s in samples if isinstance(s, tuple)]
    if not colors:
        return made
    r, g, b = (round(sum(c[i] for c in colors) / len(colors)) for i in range(3))
    return Sprite(tuple(Layer(_fading(layer.mask), layer.offset, (r, g, b, layer.color[3])) if id(layer) in blocks
                        else layer for layer in made.layers), made.size)


def _fading(mask: Image.Image) -> Image.Image:
    """The strip's mask, solid along its top (where it hides the hull or the swimmer's body) and fading out
    below, so the painted water's own ripples show through instead of a flat rectangle."""
    ramp = Image.linear_gradient("L").rotate(180).resize((1, mask.height))  # 255 at the top, 0 at the bottom
    ramp = ramp.point(lambda v: min(255, v * 2))
    return ImageChops.multiply(mask, ramp.resize(mask.size))


def submerged(made: Sprite) -> tuple[Sprite, int]:
    """The part of the sprite above the surface, and how far down to move it so it sits in the water."""
    width, height = made.size
    keep = max(1, round(height * (1 - UNDER)))
    layers = []
    for layer in made.layers:
        x, y = layer.offset
        if y >= keep:
            continue
        rows = min(layer.mask.height, keep - y)
        layers.append(Layer(layer.mask.crop((0, 0, layer.mask.width, rows)), (x, y), layer.color))
    return Sprite(tuple(layers), (width, keep)), round(height * UNDER * 0.5)


SWIM_GLYPHS = frozenset("🏊🤽")  # the font draws these with a square of water under them
PATCH: tuple[int, int, int] = (85, 172, 238)


def without_patch(made: Sprite) -> tuple[Sprite, int]:
    """A swimmer's pictogram less its square of water (the scene's own water shows instead), and the row where
    the swimmer meets the water, in the sprite's pixels."""
    width, height = made.size
    kept = tuple(layer for layer in made.layers if not (layer.color[:3] == PATCH and layer.mask.width >= 0.8 * width
                                                         and layer.offset[1] + layer.mask.height >= height - 1))
    if len(kept) == len(made.layers) or not kept:
        return made, height
    waterline = min(layer.offset[1] for layer in made.layers if layer not in kept)
    return Sprite(kept, (width, height)), waterline


def draw_rings(canvas: Image.Image, x: int, waterline: int, width: int) -> None:
    """Two flat rings of ripples around where the swimmer meets the water."""
    draw = ImageDraw.Draw(canvas, "RGBA")
    line = max(1, round(width / 60))
    for grow, alpha in ((0.15, 170), (0.4, 90)):
        half_w = width * (0.5 + grow)
        half_h = max(2.0, half_w * 0.12 * (1 + math.sin(grow)))
        centre = x + width / 2
        draw.ellipse((centre - half_w, waterline - half_h, centre + half_w, waterline + half_h),
                     outline=(255, 255, 255, alpha), width=line)
