"""What the draft engine can honestly do to a photo: reframing, and global tone, colour and focus changes."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

from openbanana.engines.draft.background import apply_vignette, gradient
from openbanana.plan import Box, EditOp

VIGNETTE = 0.6  # an asked-for vignette: the corners keep 0.4 of their light (at 0.4 they kept 0.6: barely seen)


def _sepia(image: Image.Image) -> Image.Image:
    gray = ImageOps.grayscale(image)
    return ImageOps.colorize(gray, black=(40, 26, 13), white=(255, 240, 200), mid=(160, 120, 80))


def _tint(image: Image.Image, color: tuple[int, int, int], amount: float) -> Image.Image:
    return Image.blend(image, Image.new("RGB", image.size, color), amount)


def _dramatic(image: Image.Image) -> Image.Image:
    """Storm light: lower saturation, more contrast, a dark sky band at the top, heavy vignette."""
    moody = ImageEnhance.Contrast(ImageEnhance.Color(image).enhance(0.7)).enhance(1.35)
    sky = gradient(((25, 28, 40), (90, 95, 110), (140, 140, 150)), *image.size)
    mask = gradient(((170, 170, 170), (40, 40, 40), (0, 0, 0)), *image.size).convert("L")
    return apply_vignette(Image.composite(sky, moody, mask), 0.45)


def _blur_background(image: Image.Image) -> Image.Image:
    """Keep a centred ellipse sharp and blur the rest, a cheap stand-in for depth of field."""
    small = image.reduce(4) if min(image.size) >= 256 else image
    blurred = small.filter(ImageFilter.GaussianBlur(max(2, min(small.size) // 90))).resize(image.size)
    mask = Image.new("L", (256, 256), 0)
    ImageDraw.Draw(mask).ellipse((48, 32, 208, 224), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(24)).resize(image.size, Image.Resampling.BILINEAR)
    return Image.composite(image, blurred, mask)


def _night(image: Image.Image) -> Image.Image:
    dark = ImageEnhance.Brightness(ImageEnhance.Color(image).enhance(0.55)).enhance(0.55)
    return apply_vignette(_tint(dark, (20, 40, 110), 0.28), 0.35)


def _golden(image: Image.Image) -> Image.Image:
    warm = _tint(ImageEnhance.Color(image).enhance(1.15), (255, 170, 60), 0.16)
    glow = gradient(((255, 200, 120), (255, 150, 80), (120, 60, 40)), *image.size)
    return Image.blend(warm, glow, 0.12)


def _soft(image: Image.Image) -> Image.Image:
    small = image.reduce(4) if min(image.size) >= 256 else image
    haze = small.filter(ImageFilter.GaussianBlur(max(2, min(small.size) // 60))).resize(image.size)
    return Image.blend(ImageEnhance.Contrast(image).enhance(0.9), haze, 0.35)


def _grain(image: Image.Image) -> Image.Image:
    """Film grain: fine, slightly clumped noise in the light only (no colour speckle), the same on every render."""
    rgb = np.asarray(image, np.float32)
    noise = cv2.GaussianBlur(np.random.default_rng(0).normal(0, 1, rgb.shape[:2]).astype(np.float32), (0, 0), 0.7)
    noise = noise * np.float32(14 / max(float(noise.std()), 1e-6))
    return Image.fromarray(np.clip(rgb + noise[..., None], 0, 255).astype(np.uint8))


def _pastel(image: Image.Image) -> Image.Image:
    return _tint(ImageEnhance.Color(image).enhance(0.7), (255, 235, 245), 0.25)


EDITS: dict[EditOp, Callable[[Image.Image], Image.Image]] = {
    "brighter": lambda im: ImageEnhance.Brightness(im).enhance(1.25),
    "darker": lambda im: ImageEnhance.Brightness(im).enhance(0.75),
    "grayscale": lambda im: ImageOps.grayscale(im).convert("RGB"),
    "sepia": _sepia,
    "warmer": lambda im: _tint(im, (255, 150, 60), 0.12),
    "cooler": lambda im: _tint(im, (60, 130, 255), 0.12),
    "dramatic": _dramatic,
    "blur_background": _blur_background,
    "vivid": lambda im: ImageEnhance.Color(im).enhance(1.4),
    "muted": lambda im: ImageEnhance.Color(im).enhance(0.6),
    "contrast": lambda im: ImageEnhance.Contrast(im).enhance(1.3),
    "sharpen": lambda im: im.filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=2)),
    "soft": _soft,
    "night": _night,
    "golden": _golden,
    "vignette": lambda im: apply_vignette(im, VIGNETTE),
    "pastel": _pastel,
    "mirror": ImageOps.mirror,
    "flip": ImageOps.flip,
    "grain": _grain,
}


def apply_edits(image: Image.Image, ops: tuple[EditOp, ...]) -> Image.Image:
    for op in ops:
        image = EDITS[op](image)
    return image


def crop_box(image: Image.Image, box: Box) -> Image.Image:
    """The part of the image inside `box` (fractions of it), at least one pixel."""
    left, top, right, bottom = box
    x0, y0 = round(left * image.width), round(top * image.height)
    x1, y1 = max(x0 + 1, round(right * image.width)), max(y0 + 1, round(bottom * image.height))
    return image.crop((x0, y0, x1, y1))
