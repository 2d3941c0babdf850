"""Sizes: the model's native resolution for a requested ratio, then the exact target pixels."""

from __future__ import annotations

import math

from PIL import Image

from openbanana.imaging.fitting import cover_fit


def native_size(width: int, height: int, max_pixels: int, multiple: int) -> tuple[int, int]:
    """The largest size near `max_pixels` with the target's ratio, both sides multiples of `multiple`.

    E.g. 16:9 (1376×768) at 1 MP and ×16 gives 1360×768; the small ratio error is cropped away by `to_target`.
    """
    ratio = width / height
    native_h = math.sqrt(max_pixels / ratio)
    native_w = native_h * ratio
    return _snap(native_w, multiple), _snap(native_h, multiple)


def to_target(image: Image.Image, width: int, height: int) -> Image.Image:
    """Exactly width×height: Lanczos down- or upscale (cover fit: no distortion, a sliver cropped at most)."""
    image = image.convert("RGB")
    if image.size == (width, height):
        return image
    return cover_fit(image, width, height)


def _snap(value: float, multiple: int) -> int:
    return max(multiple, round(value / multiple) * multiple)
