"""Faces in a photo: where they are, which way they lean, and the points accessories hang on.

BlazeFace finds the faces; MediaPipe's face mesh then places 468 landmarks on each (eyes, brows, nose, lips, jaw),
from which the eye line, forehead, mouth and chin are read. Without LiteRT, OpenCV's Haar cascades find frontal
faces and the points are estimated from the box. Cats' faces come from OpenCV's cat-face cascade.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, U8, shrink
from openbanana.engines.draft.photo.blazeface import Detection, Point, detect
from openbanana.engines.draft.photo.models import FACE_DETECTOR, FACE_LANDMARKS, load

DETECT_LONG_SIDE = 1024
_MESH = 192
# Face-mesh indices: eye corners, the hairline's middle, chin, nose tip, lips, the cheeks at ear height.
_EYE_OUTER_RIGHT, _EYE_INNER_RIGHT, _EYE_INNER_LEFT, _EYE_OUTER_LEFT = 33, 133, 362, 263
_FOREHEAD, _CHIN, _NOSE_TIP, _UNDER_NOSE, _UPPER_LIP, _LOWER_LIP = 10, 152, 1, 2, 0, 17
_MOUTH_RIGHT, _MOUTH_LEFT, _CHEEK_RIGHT, _CHEEK_LEFT = 61, 291, 234, 454


@dataclass(frozen=True)
class Face:
    """One face, in the photo's pixels. "left"/"right" are as seen in the picture."""

    box: tuple[float, float, float, float]
    eye_left: Point
    eye_right: Point
    nose: Point
    mouth: Point
    forehead: Point  # the hairline's middle
    chin: Point
    cheek_left: Point
    cheek_right: Point
    under_nose: Point
    score: float
    kind: str = "person"  # or "cat"

    @property
    def roll(self) -> float:
        """The eye line's angle in degrees, clockwise positive (image y points down)."""
        return math.degrees(math.atan2(self.eye_right[1] - self.eye_left[1], self.eye_right[0] - self.eye_left[0]))

    @property
    def eye_distance(self) -> float:
        return math.dist(self.eye_left, self.eye_right)

    @property
    def width(self) -> float:
        return max(math.dist(self.cheek_left, self.cheek_right), self.box[2] - self.box[0])

    @property
    def height(self) -> float:
        return max(math.dist(self.forehead, self.chin), self.box[3] - self.box[1])

    @property
    def centre(self) -> Point:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    def scaled(self, factor: float) -> Face:
        def s(p: Point) -> Point:
            return p[0] * factor, p[1] * factor

        return Face(tuple(v * factor for v in self.box), s(self.eye_left), s(self.eye_right),  # type: ignore[arg-type]
                    s(self.nose), s(self.mouth), s(self.forehead), s(self.chin), s(self.cheek_left),
                    s(self.cheek_right), s(self.under_nose), self.score, self.kind)


def find_faces(rgb: U8) -> list[Face]:
    """People's faces, largest first, in `rgb`'s pixels."""
    small = shrink(rgb, DETECT_LONG_SIDE)
    factor = rgb.shape[1] / small.shape[1]
    # Without LiteRT on this platform, OpenCV's frontal-face cascade instead.
    found = _haar_faces(small) if load(FACE_DETECTOR) is None else [_with_landmarks(small, d) for d in detect(small)]
    faces = [f for f in found if f.box[2] - f.box[0] >= 8]
    return sorted((f.scaled(factor) for f in faces), key=lambda f: -(f.box[2] - f.box[0]) * (f.box[3] - f.box[1]))


def find_cat_faces(rgb: U8) -> list[Face]:
    """Cats' faces (OpenCV's frontal cat-face cascades), largest first, with their points estimated from the box.

    A close-up whose face fills the frame is also searched on small copies with their borders repeated around them:
    the cascades only see a face whose whole box lies inside the image, ears and chin included."""
    small = shrink(rgb, 512)
    factor = rgb.shape[1] / small.shape[1]
    gray = np.asarray(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
    boxes = [(float(x), float(y), float(x + w), float(y + h)) for x, y, w, h in
             _cascade("haarcascade_frontalcatface_extended.xml").detectMultiScale(cv2.equalizeHist(gray), 1.1, 4,
                                                                                   minSize=(24, 24))]
    close = _close_up_cat_boxes(gray)
    if close:
        boxes.append(tuple(float(v) for v in np.median(np.asarray(close), axis=0)))  # type: ignore[arg-type]
    faces = [_face_from_box(box, 0.5, "cat") for box in boxes]
    return [f.scaled(factor) for f in sorted(faces, key=lambda f: -(f.box[2] - f.box[0]))]


def _close_up_cat_boxes(gray: U8) -> list[tuple[float, float, float, float]]:
    """Cat faces at least half the photo's short side, found on padded copies of 160 and 240 px (in `gray`'s
    pixels); one close-up face is found by several of the eight searches, each box a little different."""
    height, width = gray.shape
    boxes = []
    for side in (160, 240):
        scale = min(1.0, side / max(height, width))
        small = cv2.resize(gray, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
        least = round(min(small.shape) * 0.5)
        for pad in (max(small.shape) // 3, max(small.shape) // 4):
            padded = cv2.copyMakeBorder(small, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
            for name in ("haarcascade_frontalcatface.xml", "haarcascade_frontalcatface_extended.xml"):
                found = _cascade(name).detectMultiScale(padded, 1.05, 2, minSize=(least, least))
                boxes += [((x - pad) / scale, (y - pad) / scale, (x - pad + w) / scale, (y - pad + h) / scale)
                          for x, y, w, h in found]
    return [b for b in boxes if _mostly_inside(b, width, height)]


def _mostly_inside(box: tuple[float, float, float, float], width: int, height: int) -> bool:
    """Whether at least three quarters of a box found on a padded copy lies in the photo itself."""
    x0, y0, x1, y1 = box
    inside = max(0.0, min(x1, width) - max(x0, 0.0)) * max(0.0, min(y1, height) - max(y0, 0.0))
    return inside >= 0.75 * (x1 - x0) * (y1 - y0)


@cache
def _cascade(name: str) -> cv2.CascadeClassifier:
    return cv2.CascadeClassifier(cv2.data.haarcascades + name)  # type: ignore[attr-defined]


def _haar_faces(rgb: U8) -> list[Face]:
    small = shrink(rgb, 512)
    factor = rgb.shape[1] / small.shape[1]
    gray = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY))
    found = _cascade("haarcascade_frontalface_default.xml").detectMultiScale(gray, 1.1, 5, minSize=(20, 20))
    return [_face_from_box((float(x), float(y), float(x + w), float(y + h)), 0.5).scaled(factor)
            for x, y, w, h in found]


def _face_from_box(box: tuple[float, float, float, float], score: float, kind: str = "person") -> Face:
    """A face's points at their usual places in a frontal face box."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0

    def at(u: float, v: float) -> Point:
        return x0 + u * w, y0 + v * h

    if kind == "cat":  # a cat-face box runs from between the ears to the chin; the eyes sit half-way down
        return Face(box, at(0.3, 0.5), at(0.7, 0.5), at(0.5, 0.7), at(0.5, 0.82), at(0.5, 0.15), at(0.5, 0.97),
                    at(0.12, 0.6), at(0.88, 0.6), at(0.5, 0.75), score, kind)
    return Face(box, at(0.32, 0.4), at(0.68, 0.4), at(0.5, 0.6), at(0.5, 0.8), at(0.5, 0.05), at(0.5, 1.0),
                at(0.05, 0.5), at(0.95, 0.5), at(0.5, 0.68), score, kind)


def _with_landmarks(rgb: U8, detection: Detection) -> Face:
    """The face mesh on a crop turned so the eyes are level; the detector's points when the mesh is unsure."""
    model = load(FACE_LANDMARKS)
    (lx, ly), (rx, ry) = detection.keypoints[0], detection.keypoints[1]
    x0, y0, x1, y1 = detection.box
    angle = math.atan2(ry - ly, rx - lx)
    size = max(x1 - x0, y1 - y0) * 1.5
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    cos, sin = math.cos(angle) * size / _MESH, math.sin(angle) * size / _MESH
    half = _MESH / 2
    to_photo = np.asarray([[cos, -sin, cx - half * (cos - sin)], [sin, cos, cy - half * (sin + cos)]],
                          dtype=np.float64)  # mesh-crop pixels → photo pixels
    if model is None:
        return _from_detection(detection)
    crop = cv2.warpAffine(rgb, to_photo, (_MESH, _MESH), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                          borderMode=cv2.BORDER_REPLICATE)
    outputs = model.run((crop.astype(np.float32) / 255.0)[None])
    mesh = next(o for o in outputs if o.size == 1404).reshape(468, 3)[:, :2]
    presence = 1 / (1 + math.exp(-float(next(o for o in outputs if o.size == 1).ravel()[0])))
    if presence < 0.5:
        return _from_detection(detection)
    points: F32 = (np.c_[mesh, np.ones(468, dtype=np.float32)] @ to_photo.T).astype(np.float32)

    def p(i: int) -> Point:
        return float(points[i, 0]), float(points[i, 1])

    def mid(i: int, j: int) -> Point:
        return (points[i, 0] + points[j, 0]) / 2, (points[i, 1] + points[j, 1]) / 2

    box = (float(points[:, 0].min()), float(points[:, 1].min()), float(points[:, 0].max()),
           float(points[:, 1].max()))
    return Face(box, mid(_EYE_OUTER_RIGHT, _EYE_INNER_RIGHT), mid(_EYE_OUTER_LEFT, _EYE_INNER_LEFT),
                p(_NOSE_TIP), mid(_UPPER_LIP, _LOWER_LIP), p(_FOREHEAD), p(_CHIN), p(_CHEEK_RIGHT),
                p(_CHEEK_LEFT), p(_UNDER_NOSE), detection.score)


def _from_detection(detection: Detection) -> Face:
    base = _face_from_box(detection.box, detection.score)
    eye_l, eye_r, nose, mouth = detection.keypoints[:4]
    return Face(base.box, eye_l, eye_r, nose, mouth, base.forehead, base.chin, detection.keypoints[4],
                detection.keypoints[5], ((nose[0] + mouth[0]) / 2, (nose[1] + mouth[1]) / 2), detection.score)
