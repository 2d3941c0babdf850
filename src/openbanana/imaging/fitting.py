"""Bring any image to an exact size without distortion."""

from __future__ import annotations

from PIL import Image


def cover_fit(image: Image.Image, width: int, height: int) -> Image.Image:
    """Scale to cover width×height and crop the centre: the reference fills the canvas, nothing is stretched."""
    scale = max(width / image.width, height / image.height)
    new_w, new_h = max(width, round(image.width * scale)), max(height, round(image.height * scale))
    left, top = (new_w - width) // 2, (new_h - height) // 2
    box = (left / scale, top / scale, (left + width) / scale, (top + height) / scale)
    return image.resize((width, height), Image.Resampling.LANCZOS, box=box)


def contain_fit(image: Image.Image, width: int, height: int) -> Image.Image:
    """Scale to fit inside width×height, keeping the ratio (for tiles and thumbnails)."""
    scale = min(width / image.width, height / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def to_target(image: Image.Image, width: int, height: int) -> Image.Image:
    """Exactly width×height in RGB: Lanczos down- or upscale (cover fit: no distortion, a sliver cropped at most)."""
    image = image.convert("RGB")
    if image.size == (width, height):
        return image
    return cover_fit(image, width, height)
