"""BlazeFace decoding: SSD anchors, box and keypoint regression, weighted non-maximum suppression.

Runs MediaPipe's short-range (128 px, close faces) and full-range (192 px, faces further off) detectors on a
letterboxed copy of the photo and returns faces in the photo's pixels, with six keypoints each: the eyes as seen
(left of the picture first), the nose tip, the mouth centre and the two ear points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8
from openbanana.engines.draft.photo.models import CLOSE_FACE_DETECTOR, FACE_DETECTOR, load
from openbanana.geometry import intersection_area

Point = tuple[float, float]


@dataclass(frozen=True)
class Detection:
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in the photo's pixels
    keypoints: tuple[Point, ...]  # picture-left eye, picture-right eye, nose, mouth, picture-left ear, right ear
    score: float


@dataclass(frozen=True)
class _Spec:
    model: str
    strides: tuple[int, ...]
    per_cell: tuple[int, ...]
    threshold: float


_SPECS = (_Spec(CLOSE_FACE_DETECTOR, (8, 16), (2, 6), 0.75), _Spec(FACE_DETECTOR, (4,), (1,), 0.75))


@cache
def _anchors(size: int, strides: tuple[int, ...], per_cell: tuple[int, ...]) -> F32:
    centres: list[tuple[float, float]] = []
    for stride, count in zip(strides, per_cell, strict=True):
        grid = math.ceil(size / stride)
        for y in range(grid):
            for x in range(grid):
                centres.extend([((x + 0.5) / grid, (y + 0.5) / grid)] * count)
    return np.asarray(centres, dtype=np.float32)


def detect(rgb: U8) -> list[Detection]:
    """Faces found by either detector, on the whole photo and on square tiles across a wide or tall one (so faces
    stay large enough for the detectors), merged; an empty list when LiteRT is missing or nothing scores."""
    height, width = rgb.shape[:2]
    side = min(width, height)
    found: list[tuple[F32, float]] = []
    for x0, y0 in _tiles(width, height):
        tile = _raw_detections(rgb[y0:y0 + side, x0:x0 + side] if (x0, y0) != (-1, -1) else rgb)
        if tile is None:
            return []
        shift = _offset(max(x0, 0), max(y0, 0))
        found.extend((values + shift, score) for values, score in tile)
    return _suppress(found)


def _tiles(width: int, height: int) -> list[tuple[int, int]]:
    """(-1, -1) for the whole photo, then the corners of overlapping squares along its long side."""
    side, long = min(width, height), max(width, height)
    if long < side * 1.3:
        return [(-1, -1)]
    count = math.ceil((long - side) / (side * 0.5)) + 1
    starts = [round(i * (long - side) / (count - 1)) for i in range(count)]
    return [(-1, -1), *((s, 0) if width >= height else (0, s) for s in starts)]


def _raw_detections(rgb: U8) -> list[tuple[F32, float]] | None:
    height, width = rgb.shape[:2]
    side = max(width, height)
    pad_x, pad_y = (side - width) // 2, (side - height) // 2
    square = cv2.copyMakeBorder(rgb, pad_y, side - height - pad_y, pad_x, side - width - pad_x, cv2.BORDER_CONSTANT,
                                value=(0, 0, 0))
    found: list[tuple[F32, float]] = []
    for spec in _SPECS:
        model = load(spec.model)
        if model is None:
            return None
        size = model.size[0]
        batch = cv2.resize(square, (size, size), interpolation=cv2.INTER_AREA).astype(np.float32) / 127.5 - 1
        outputs = model.run(batch[None])
        raw = next(o for o in outputs if o.shape[-1] == 16)[0]
        logits = next(o for o in outputs if o.shape[-1] == 1)[0, :, 0]
        scores = 1 / (1 + np.exp(-np.clip(logits, -80, 80)))
        anchors = _anchors(size, spec.strides, spec.per_cell)
        shift = _offset(-pad_x, -pad_y)
        for index in np.nonzero(scores > spec.threshold)[0]:
            values = raw[index] / size
            values[0::2] = values[0::2] + np.where(np.arange(8) == 1, 0, anchors[index, 0])
            values[1::2] = values[1::2] + np.where(np.arange(8) == 1, 0, anchors[index, 1])
            found.append((values * side + shift, float(scores[index])))
    return found


def _offset(dx: float, dy: float) -> F32:
    """A shift of every position in a raw detection (centre and keypoints; not the width and height)."""
    shift = np.tile(np.asarray([dx, dy], dtype=np.float32), 8)
    shift[2:4] = 0
    return shift


def _box(values: F32) -> tuple[float, float, float, float]:
    cx, cy, w, h = (float(v) for v in values[:4])
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    inter = intersection_area(a, b)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _suppress(found: list[tuple[F32, float]]) -> list[Detection]:
    """Weighted NMS: overlapping detections are averaged by score into one face."""
    remaining = sorted(found, key=lambda item: -item[1])
    faces: list[Detection] = []
    while remaining:
        best = _box(remaining[0][0])
        group = [item for item in remaining if _iou(best, _box(item[0])) > 0.3]
        remaining = [item for item in remaining if _iou(best, _box(item[0])) <= 0.3]
        weights = np.asarray([score for _, score in group], dtype=np.float32)
        values = np.average(np.stack([v for v, _ in group]), axis=0, weights=weights)
        points = tuple((float(values[4 + 2 * k]), float(values[5 + 2 * k])) for k in range(6))
        faces.append(Detection(_box(values), points, float(weights.max())))
    return faces
