"""Confetti falling over a photo ("add confetti falling all around her"): small paper bits in festive colours,
scattered across the frame, each turned a different way, the nearer ones bigger and softer, none on a face.

Why: a party-popper pictogram in a corner is not confetti in the scene; bits spread over the whole photo, two-toned
as they flip and blurred by their fall, read as confetti caught by the camera.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import f32, u8
from openbanana.engines.draft.photo.placing import face_boxes
from openbanana.engines.draft.photo.steps import Photo
from openbanana.plan import PhotoEdit

COLORS = ((239, 68, 68), (250, 204, 21), (34, 197, 94), (59, 130, 246), (236, 72, 153), (168, 85, 247),
          (249, 115, 22), (255, 255, 255))
PIECES = 260  # how thick the fall is, at any size (each bit is sized by the frame)


def add_confetti(photo: Photo, edit: PhotoEdit) -> str | None:
    height, width = photo.rgb.shape[:2]
    faces = face_boxes(photo.faces, width, height, margin=0.15)
    layer, alpha = np.zeros((height, width, 3), np.float32), np.zeros((height, width), np.float32)
    short = min(width, height)
    for _ in range(PIECES):
        x, y = photo.rng.uniform(0, width), photo.rng.uniform(0, height)
        if any(x0 <= x / width <= x1 and y0 <= y / height <= y1 for x0, y0, x1, y1 in faces):
            continue  # never over a face
        near = photo.rng.random() ** 3  # a few bits close to the camera, most further off
        long_side = short * (0.008 + 0.022 * near)
        size = (long_side, long_side * photo.rng.uniform(0.35, 0.7))
        corners = cv2.boxPoints(((x, y), size, photo.rng.uniform(0, 180))).astype(np.int32)
        color = np.asarray(COLORS[photo.rng.randrange(len(COLORS))], np.float32)
        shade = photo.rng.uniform(0.7, 1.05)  # the bit's side to the light, or away from it, as it flips
        cv2.fillConvexPoly(layer, corners, tuple(float(c) for c in np.clip(color * shade, 0, 255)), cv2.LINE_AA)
        cv2.fillConvexPoly(alpha, corners, 0.95, cv2.LINE_AA)
    soft = max(0.6, short * 0.0015)  # caught mid-fall: a touch of blur
    layer, alpha = f32(cv2.GaussianBlur(layer, (0, 0), soft)), f32(cv2.GaussianBlur(alpha, (0, 0), soft))
    covered = np.maximum(alpha, 1e-6)[..., None]
    colour = layer / covered  # undo the blur's darkening of the colour at the edges
    photo.changed(u8(f32(photo.rgb) * (1 - alpha[..., None]) + colour * alpha[..., None]))
    return None
