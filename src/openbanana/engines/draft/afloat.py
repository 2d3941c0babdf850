"""Subjects in the water: a swimmer half under the surface with rings of ripples around it, and boats and
swimmers drawn without the flat blue block of water Twemoji puts under them, in the scene's own water."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from openbanana.imaging.drawing.glyphs import WATER_STRIP, Layer, Sprite

UNDER = 0.38  # how much of a swimming animal or person is under the surface


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


def without_patch(made: Sprite) -> tuple[Sprite, int]:
    """A boat's or swimmer's pictogram less its strip or square of water (the scene's own water shows instead),
    and the row where it meets the water, in the sprite's pixels."""
    width, height = made.size
    kept = tuple(layer for layer in made.layers if not (
        layer.color[:3] == WATER_STRIP and layer.mask.width >= 0.8 * width
        and layer.offset[1] + layer.mask.height >= height - 1))
    if len(kept) == len(made.layers) or not kept:
        return made, height
    waterline = min(layer.offset[1] for layer in made.layers if layer not in kept)
    return Sprite(kept, (width, height)), waterline


OWN_WATER_KEPT = 0.3  # the share of a coloured boat's own strip of water kept where the scene has none


def thin_patch(made: Sprite) -> Sprite:
    """A boat's pictogram with only the top of its strip of water: where the scene has no water of its own (a
    postcard's plain page), a boat in the colour asked keeps a line of water under its hull without the blue
    block outweighing the hull's colour."""
    width, height = made.size
    layers = []
    for layer in made.layers:
        if layer.color[:3] == WATER_STRIP and layer.mask.width >= 0.8 * width \
                and layer.offset[1] + layer.mask.height >= height - 1:
            rows = max(1, round(layer.mask.height * OWN_WATER_KEPT))
            layer = Layer(layer.mask.crop((0, 0, layer.mask.width, rows)), layer.offset, layer.color)
        layers.append(layer)
    return Sprite(tuple(layers), (width, height))


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
