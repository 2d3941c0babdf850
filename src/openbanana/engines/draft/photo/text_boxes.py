"""Text in a photo (a stock photo's credit line, a camera's date stamp, the lines of a page) found and painted out.

The PP-OCR text detector that ships inside the rapidocr wheel (Apache-2.0) finds where text is, run directly by
onnxruntime; only its ink is removed, not its whole box, and each stroke is filled from the pixels around it, so the
wood or paper under a date stamp stays wood or paper. Without rapidocr installed, nothing is found and the answer
says so.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from openbanana.embedding.runtime import cpu_session
from openbanana.engines.draft.photo.arrays import U8, Mask, resize_to

DETECT_SHORT_SIDE = 736  # the detector's own working size (rapidocr's default)
DETECT_LONG_SIDE = 1280
FILL_LONG_SIDE = 1024
LINE_RATIO = 1.5  # a run of text is at least this much wider than it is tall
MOST_OF_PHOTO = 0.15  # no one run of text covers more of the photo than this
EDGE_BAND = 0.2  # a watermark's credit or a date stamp lies within this share of the photo's edges
_LOCK = threading.Lock()


@cache
def _detector() -> Any | None:
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or spec.origin is None:
        return None
    found = sorted((Path(spec.origin).parent / "models").glob("*det*.onnx"))
    if not found:
        return None
    return cpu_session(found[0])


def text_available() -> bool:
    """Whether the text detector is installed."""
    return _detector() is not None


def text_boxes(rgb: U8) -> list[tuple[int, int, int, int]]:
    """Boxes around each run of text, in `rgb`'s pixels, grown to hold the whole letters."""
    session = _detector()
    if session is None:
        return []
    height, width = rgb.shape[:2]
    scale = min(DETECT_SHORT_SIDE / min(height, width), DETECT_LONG_SIDE / max(height, width))
    w, h = max(32, round(width * scale / 32) * 32), max(32, round(height * scale / 32) * 32)
    small = cv2.resize(rgb[..., ::-1], (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)
    batch = ((small / 255.0 - 0.5) / 0.5).transpose(2, 0, 1)[None]
    with _LOCK:
        probability = session.run(None, {session.get_inputs()[0].name: batch})[0][0, 0]
    found = (probability > 0.3).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(found)
    boxes = []
    for label, (x, y, bw, bh, area) in enumerate(stats[1:count], start=1):
        if area < 12 or not _line_shaped(bw, bh, w * h):
            continue  # a speck, or a patch of fur, petals or wood grain that the detector took for text
        if float(probability[y:y + bh, x:x + bw][labels[y:y + bh, x:x + bw] == label].mean()) < 0.6:
            continue
        grow = 1.0 * min(bw, bh)  # the detector's regions are the letters' cores: widen them to the whole ink
        boxes.append((max(0, round((x - grow) * width / w)), max(0, round((y - grow) * height / h)),
                      min(width, round((x + bw + grow) * width / w)), min(height, round((y + bh + grow) * height / h))))
    return boxes


def _line_shaped(width: int, height: int, image_area: int) -> bool:
    """Whether a detected region has the shape of a run of text: a line much wider than tall (or a vertical one),
    and not a large part of the picture."""
    return (width >= LINE_RATIO * height or height >= 3 * width) and width * height <= MOST_OF_PHOTO * image_area


def near_edges(boxes: list[tuple[int, int, int, int]], width: int, height: int) -> list[tuple[int, int, int, int]]:
    """The boxes within the photo's edge band: where a credit line or a date stamp is printed."""
    return [b for b in boxes if b[0] < EDGE_BAND * width or b[2] > (1 - EDGE_BAND) * width
            or b[1] < EDGE_BAND * height or b[3] > (1 - EDGE_BAND) * height]


def ink(rgb: U8, boxes: list[tuple[int, int, int, int]]) -> Mask:
    """The letters' own pixels in the boxes: what differs from the box's smoothed background (light text on a dark
    ground or dark on light alike), grown a little to take their antialiased rims."""
    height, width = rgb.shape[:2]
    mask = np.zeros((height, width), np.float32)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    colour = rgb.astype(np.float32)
    for x0, y0, x1, y1 in boxes:
        patch = gray[y0:y1, x0:x1]
        ground = _background(patch)
        size = max(3, (min(x1 - x0, y1 - y0) // 2) | 1)
        ground_colour = cv2.blur(colour[y0:y1, x0:x1], (size, size))
        differs = (np.abs(patch - ground) > 20) | (np.abs(colour[y0:y1, x0:x1] - ground_colour).max(axis=2) > 60)
        rim = max(1, round(min(x1 - x0, y1 - y0) * 0.1))  # soft, enlarged letters have wide grey rims
        grown = cv2.dilate(differs.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_ELLIPSE,
                                                                               (2 * rim + 1, 2 * rim + 1)))
        mask[y0:y1, x0:x1] = np.maximum(mask[y0:y1, x0:x1], grown.astype(np.float32))
    return mask


def _background(patch: np.ndarray) -> np.ndarray:
    """The box's paper or ground without its letters: a median over half the line's height, taken on a copy whose
    short side is at most 64 px (a wide median at full size costs seconds)."""
    height, width = patch.shape
    scale = min(1.0, 64 / min(height, width))
    small = cv2.resize(np.clip(patch, 0, 255).astype(np.uint8), (max(1, round(width * scale)),
                                                                  max(1, round(height * scale))),
                       interpolation=cv2.INTER_AREA)
    ground = cv2.medianBlur(small, max(3, (min(small.shape) // 2) | 1))
    return np.asarray(resize_to(ground, width, height), np.float32)


def paint_out(rgb: U8, mask: Mask) -> U8:
    """The masked strokes filled from around them (OpenCV's Telea inpainting, at ≤ 1K, only over the masked box)."""
    ys, xs = np.nonzero(mask > 0.5)
    if xs.size == 0:
        return rgb
    height, width = rgb.shape[:2]
    pad = max(8, round(max(height, width) / 60))
    x0, y0 = max(0, int(xs.min()) - pad), max(0, int(ys.min()) - pad)
    x1, y1 = min(width, int(xs.max()) + pad + 1), min(height, int(ys.max()) + pad + 1)
    region, hole = rgb[y0:y1, x0:x1], (mask[y0:y1, x0:x1] > 0.5).astype(np.uint8)
    scale = min(1.0, FILL_LONG_SIDE / max(x1 - x0, y1 - y0))
    if scale < 1.0:
        size = (max(1, round((x1 - x0) * scale)), max(1, round((y1 - y0) * scale)))
        small = cv2.inpaint(cv2.resize(region, size, interpolation=cv2.INTER_AREA),
                            (cv2.resize(hole, size, interpolation=cv2.INTER_AREA) > 0).astype(np.uint8), 3,
                            cv2.INPAINT_TELEA)
        filled = resize_to(small, x1 - x0, y1 - y0)
    else:
        filled = cv2.inpaint(region, hole, 3, cv2.INPAINT_TELEA)
    out = rgb.copy()
    out[y0:y1, x0:x1] = np.where(hole[..., None] > 0, filled, region)
    return out
