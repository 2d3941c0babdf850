"""Sketch: graphite outlines where colours meet, cross-hatching where the picture is dark, a faint wash of the
original colours, on paper. Everything after the edge finding is a handful of 8-bit Pillow operations."""

from __future__ import annotations

import math
import random
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageFilter

from openbanana.engines.draft.styles.paper import paper_mask, tiled

GRAPHITE = (48, 50, 60)
PAPER = (248, 245, 236)
MIDDLE = 0.74  # where the lifted picture's median luminance lands: mostly paper, shading where it is darker
WASH = 0.3  # how much of the picture's colour tints the paper
LINE_LEVELS = [min(255, max(0, (v - 8) * 5)) for v in range(256)]  # edge strength to line darkness
PAPER_LEVELS = [[round(v * c / 255) for v in range(256)] for c in PAPER]  # the tooth in the paper's colour
WASH_LEVELS = [round(255 * (1 - WASH) + v * WASH) for v in range(256)] * 3


@lru_cache(maxsize=8)
def _hatch(period: int, direction: int) -> np.ndarray:
    """A 256² tile of pencil strokes on the diagonal (direction 1: /, -1: \\), uint8, slightly uneven."""
    ys, xs = np.mgrid[0:256, 0:256].astype(np.float32)
    phase = (xs * direction + ys) * (2 * np.pi / period)
    strokes = np.clip(np.cos(phase) * 1.8 - 0.6, 0, 1)
    wobble = 0.75 + 0.25 * np.cos(xs * 0.05 + ys * 0.031 * direction)
    return np.asarray(strokes * wobble * 255, dtype=np.uint8)


@lru_cache(maxsize=8)
def _ramp(start: float, span: float, strength: float) -> list[int]:
    """A look-up from luminance to hatching density: none above `start`, full `strength` `span` below it."""
    return [round(255 * strength * min(1.0, max(0.0, (start - v / 255) / span))) for v in range(256)]


def _outlines(image: Image.Image) -> Image.Image:
    """Edge strength from every colour band (a hue change draws a line even at equal brightness), as an L mask;
    found on a half-size copy and scaled up, which also gives the line a pencil's soft edge. A median first drops
    hairlines (rain, ripples, grass blades), which would otherwise grey the whole sheet."""
    half = image.reduce(2) if min(image.size) >= 128 else image
    quiet = Image.fromarray(cv2.medianBlur(np.asarray(half), 3))  # OpenCV's median: ~300× Pillow's here
    r, g, b = quiet.filter(ImageFilter.FIND_EDGES).split()
    edges = ImageChops.lighter(ImageChops.lighter(r, g), b).point(LINE_LEVELS)
    return edges.resize(image.size, Image.Resampling.BILINEAR) if edges.size != image.size else edges


def _lift(luma: Image.Image) -> list[int]:
    """A tone curve that stretches the picture's own range and lifts its middle to a light grey: a night or a
    storm is sketched as shading on white paper, its darkest parts hatched, not as one grey sheet."""
    low, middle, high = _percentiles(luma.histogram(), (0.02, 0.5, 0.98))
    high = max(high, low + 1)
    centre = min(0.999, max(0.001, (middle - low) / (high - low)))
    gamma = min(1.0, max(0.45, math.log(MIDDLE) / math.log(centre)))
    return [round(255 * min(1.0, max(0.0, (v - low) / (high - low))) ** gamma) for v in range(256)]


def _percentiles(histogram: list[int], shares: tuple[float, ...]) -> list[int]:
    """The luminance values below which each share of the pixels lies."""
    total, seen, found = sum(histogram), 0, []
    wanted = list(shares)
    for value, count in enumerate(histogram):
        seen += count
        while wanted and seen >= total * wanted[0]:
            found.append(value)
            wanted.pop(0)
    return found + [255] * len(wanted)


def sketch(image: Image.Image, rng: random.Random) -> Image.Image:
    size = image.size
    lift = _lift(image.convert("L"))
    image = image.point(lift * 3)
    luma = image.convert("L")
    period = max(6, round(min(size) / 110))
    offset = (rng.randrange(256), rng.randrange(256))
    single = Image.fromarray(tiled(_hatch(period, 1), size, offset), "L")
    cross = Image.fromarray(tiled(_hatch(period, -1), size, offset), "L")
    hatching = ImageChops.lighter(ImageChops.multiply(luma.point(_ramp(0.72, 0.32, 0.55)), single),
                                  ImageChops.multiply(luma.point(_ramp(0.45, 0.28, 0.55)), cross))
    tooth = paper_mask(size, offset, 14)
    ink = ImageChops.multiply(ImageChops.lighter(_outlines(image), hatching), tooth)  # graphite catches the tooth
    sheet = Image.merge("RGB", [tooth.point(levels) for levels in PAPER_LEVELS])
    tint = image.point(WASH_LEVELS)
    return Image.composite(Image.new("RGB", size, GRAPHITE), ImageChops.multiply(sheet, tint), ink)
