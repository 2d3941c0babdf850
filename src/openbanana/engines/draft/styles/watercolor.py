"""Watercolour: washes that bleed past their edges and dry unevenly, pigment pooled darker along them, granulation
in the paper's tooth, colours paler and a little less saturated, on textured paper.

A watercolour has no hard detail, so the washes are worked at half size (the bleed, the blotches and the pooled
rims at an eighth) and scaled up once; only the paper's tooth is laid on at full size.
"""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageChops, ImageEnhance, ImageFilter

from openbanana.engines.draft.styles.paper import paper_mask
from openbanana.engines.draft.world.fields import fractal_noise, sample

PAPER_WHITE = (250, 246, 236)


def _bleed(small: Image.Image, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """The picture pushed about by noise and blurred at a small size: colours running into each other."""
    w, h = small.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ox, oy = rng.uniform(0, 256), rng.uniform(0, 256)
    noise = fractal_noise(2.0)
    push = max(1.0, w / 150)
    dx = sample(noise, xs * 0.8 + ox, ys * 0.8 + oy) * push
    dy = sample(noise, xs * 0.8 + oy + 91, ys * 0.8 + ox + 47) * push
    pixels = np.asarray(small)
    warped = pixels[np.clip(ys + dy, 0, h - 1).astype(np.int32), np.clip(xs + dx, 0, w - 1).astype(np.int32)]
    soft = Image.fromarray(warped, "RGB").filter(ImageFilter.GaussianBlur(max(1.0, w / 350)))
    return soft.resize(size, Image.Resampling.BILINEAR)


def _pooling(small: Image.Image, size: tuple[int, int], rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """Where pigment pooled (darker rims where washes meet, to multiply by) and where it ran thin (blotches where
    the wash dried unevenly and the paper shows through, to lighten by); dark washes stay dark."""
    bands = [np.asarray(band.filter(ImageFilter.FIND_EDGES), dtype=np.float32) for band in small.split()]
    rims = 255 - np.clip(np.maximum.reduce(bands) * 0.9, 0, 60)
    w, h = small.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    blotches = sample(fractal_noise(2.2), xs * 0.8 + rng.uniform(0, 256), ys * 0.8 + rng.uniform(0, 256))
    light = np.asarray(small.convert("L"), dtype=np.float32) / 255
    thin = np.clip(blotches * 0.45, 0, 1) * 70 * light**1.5
    pooled = Image.fromarray(rims.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.8))
    bare = Image.fromarray(thin.astype(np.uint8), "L")
    return (pooled.resize(size, Image.Resampling.BILINEAR), bare.resize(size, Image.Resampling.BILINEAR))


def watercolor(image: Image.Image, rng: random.Random) -> Image.Image:
    size = image.size
    half = image.reduce(2) if min(size) >= 128 else image
    small = half.reduce(4) if min(half.size) >= 128 else half
    washed = Image.blend(half, _bleed(small, half.size, rng), 0.38)
    washed = ImageEnhance.Color(washed).enhance(0.85)
    pooled, bare = _pooling(small, half.size, rng)
    paper = Image.new("RGB", half.size, PAPER_WHITE)
    washed = Image.composite(paper, Image.blend(washed, paper, 0.12), bare)
    washed = ImageChops.multiply(washed, Image.merge("RGB", (pooled, pooled, pooled)))
    if washed.size != size:
        washed = washed.resize(size, Image.Resampling.BILINEAR)
    tooth = paper_mask(size, (rng.randrange(256), rng.randrange(256)), 10)
    return ImageChops.multiply(washed, Image.merge("RGB", (tooth, tooth, tooth)))
