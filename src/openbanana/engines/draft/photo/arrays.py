"""Array plumbing shared by the photo edits: PIL ↔ numpy, working sizes, soft masks and their refinement."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

U8 = npt.NDArray[np.uint8]
F32 = npt.NDArray[np.float32]
Mask = F32  # H×W in [0, 1]: how much each pixel belongs to the region


def u8(array: npt.ArrayLike) -> U8:
    """Clipped to 0..255 and rounded down to bytes."""
    return np.asarray(np.clip(array, 0, 255), dtype=np.uint8)


def f32(array: npt.ArrayLike) -> F32:
    return np.asarray(array, dtype=np.float32)


LUMA = np.asarray([0.299, 0.587, 0.114], np.float32)  # Rec. 601 weights: how bright each channel looks


def luma(rgb: npt.NDArray[Any]) -> F32:
    """The perceived brightness of each pixel of a float RGB array, in its own units (0-255 or 0-1)."""
    return np.asarray(rgb @ LUMA, np.float32)


def rgb_array(image: Image.Image) -> U8:
    return np.asarray(image.convert("RGB"), dtype=np.uint8)


def to_image(array: npt.NDArray[Any]) -> Image.Image:
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8), "RGB")


def work_size(width: int, height: int, long_side: int) -> tuple[int, int]:
    """The size to work at: the long side at most `long_side`, the aspect kept."""
    scale = min(1.0, long_side / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def shrink(array: npt.NDArray[Any], long_side: int) -> npt.NDArray[Any]:
    """Downscale (area average) so that the long side is at most `long_side`; smaller arrays come back as they are."""
    height, width = array.shape[:2]
    size = work_size(width, height, long_side)
    if size == (width, height):
        return array
    return np.asarray(cv2.resize(array, size, interpolation=cv2.INTER_AREA))


def resize_to(array: npt.NDArray[Any], width: int, height: int) -> npt.NDArray[Any]:
    """Resize to exactly width×height: smooth upscaling, area averaging down."""
    if array.shape[1] == width and array.shape[0] == height:
        return array
    shrinking = array.shape[1] > width
    return np.asarray(cv2.resize(array, (width, height),
                                 interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR))


def feather(mask: Mask, radius: float) -> Mask:
    """Soften a mask's edge by a Gaussian of about `radius` pixels."""
    if radius < 0.5:
        return mask
    size = int(radius * 3) | 1
    return np.asarray(cv2.GaussianBlur(mask.astype(np.float32), (size, size), radius), dtype=np.float32)


def dilate(mask: Mask, pixels: int) -> Mask:
    """Grow a mask by a disc of `pixels`; a wide disc is applied to a reduced copy (a big kernel at 2K costs
    seconds), which only softens the grown edge by a pixel or two."""
    if pixels < 1:
        return mask
    height, width = mask.shape
    factor = max(1, pixels // 6)
    small = f32(cv2.resize(mask, (max(1, width // factor), max(1, height // factor)), interpolation=cv2.INTER_AREA))
    radius = max(1, round(pixels / factor))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    grown = f32(cv2.dilate(small, kernel))
    return f32(np.clip(resize_to(grown, width, height), 0, 1)) if factor > 1 else grown


def guided_refine(guide: U8, mask: Mask, radius: int, eps: float = 1e-3) -> Mask:
    """He et al.'s guided filter on the grey guide: the mask's edges snap to the photo's edges (box filters only)."""
    g = f32(cv2.cvtColor(guide, cv2.COLOR_RGB2GRAY)) / np.float32(255)
    p = f32(mask)
    size = (2 * radius + 1, 2 * radius + 1)

    def box(x: F32) -> F32:
        return np.asarray(cv2.boxFilter(x, -1, size), dtype=np.float32)

    mean_g, mean_p = box(g), box(p)
    var_g = box(g * g) - mean_g * mean_g
    cov = box(g * p) - mean_g * mean_p
    a = f32(cov / (var_g + np.float32(eps)))
    b = f32(mean_p - a * mean_g)
    return np.clip(box(a) * g + box(b), 0, 1).astype(np.float32)


def blend(base: U8, top: npt.NDArray[Any], alpha: Mask) -> U8:
    """base × (1 − α) + top × α, per pixel; only the window where α is not zero is computed."""
    a = alpha[..., 0] if alpha.ndim == 3 else alpha
    window = bounding_box(a, 1 / 512)
    if window is None:
        return base.copy()
    x0, y0, x1, y1 = window
    out = base.copy()
    part = base[y0:y1, x0:x1].astype(np.float32)
    weight = a[y0:y1, x0:x1, None]
    out[y0:y1, x0:x1] = u8(part + (top[y0:y1, x0:x1].astype(np.float32) - part) * weight + 0.5)
    return out


def bounding_box(mask: Mask, threshold: float = 0.5) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) of the pixels above `threshold`, or None when there are none."""
    ys, xs = np.nonzero(mask > threshold)
    if xs.size == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def largest_component(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    if count <= 1:
        return mask
    biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return np.asarray(labels == biggest)
