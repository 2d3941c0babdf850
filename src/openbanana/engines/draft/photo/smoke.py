"""Smoke billowing from the foot of a thing ("add smoke at the bottom of the rocket"): soft grey-white billows piled
along the ground at its base and spreading to either side, lit from above, drawn over the photo.

Why: a launch, a train or a bonfire is asked for with smoke where the thing meets the ground; a sticker of a cloud
beside it reads as a sticker, while billows that rise from its base and thin out upwards read as smoke in the scene.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import bounding_box, f32, resize_to, shrink, u8
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

DRAW_LONG_SIDE = 640  # the billows are drawn and blurred on a copy this size
SOURCE = r"(?:at the (?:bottom|base|foot) of|from|under|below|beneath|around|behind|coming (?:out of|from))\s+(.+)$"
BILLOWS = 26
SPREAD = 1.6  # how far the smoke spreads to each side of the thing, as a share of its width (at least a fifth of
# the frame)


def add_smoke(photo: Photo, edit: PhotoEdit) -> str | None:
    named = re.search(SOURCE, edit.destination.lower())
    target = named.group(1).strip() if named else ""
    found = find_target(photo.rgb, target, None, "auto", stand_in=True) if target else None
    box = bounding_box(found.mask, 0.5) if found is not None else None
    height, width = photo.rgb.shape[:2]
    if box is not None and box[2] - box[0] > width * 0.5:  # a main subject as wide as the photo: its middle
        middle = (box[0] + box[2]) / 2
        box = (round(middle - width * 0.08), box[1], round(middle + width * 0.08), box[3])
    if box is None:  # no thing named, or none found: the smoke rolls along the bottom of the middle of the photo
        box = (round(width * 0.4), round(height * 0.3), round(width * 0.6), round(height * 0.97))
    small = shrink(photo.rgb, DRAW_LONG_SIDE)
    scale = small.shape[1] / width
    x0, _y0, x1, y1 = (v * scale for v in box)
    h, w = small.shape[:2]
    reach = min(max((x1 - x0) * SPREAD, w * 0.2), w * 0.45)
    base = min(float(y1), h * 0.98)
    density = np.zeros((h, w), np.float32)
    for _ in range(BILLOWS):
        t = photo.rng.uniform(-1, 1)
        cx = (x0 + x1) / 2 + t * reach
        size = w * (0.035 + 0.05 * (1 - abs(t)) * photo.rng.uniform(0.6, 1.2))  # bigger billows in the middle
        cy = base - size * photo.rng.uniform(0.2, 1.6) * (1.4 - abs(t))  # piled higher in the middle
        cv2.circle(density, (round(cx), round(cy)), max(2, round(size)), 1.0, -1)
    density = f32(cv2.GaussianBlur(density, (0, 0), max(2.0, w * 0.012)))
    noise = f32(cv2.GaussianBlur(np.random.default_rng(photo.rng.randrange(2**32)).random((h, w), np.float32),
                                 (0, 0), max(1.5, w * 0.01)))
    noise = (noise - noise.mean()) / max(float(noise.std()), 1e-6)
    top_lit = f32(np.clip(-np.gradient(cv2.GaussianBlur(density, (0, 0), max(2.0, w * 0.02)), axis=0) * w * 0.5,
                          -0.25, 0.25))  # each billow's upper side catches the light, its underside is in shade
    around = float(small[max(0, int(base - reach * 0.6)):int(base) + 1].mean())  # the scene's light there
    grey = f32(np.clip((around * 0.55 + 105) * (0.85 + top_lit + 0.06 * noise), 0, 255))
    shade = f32(np.clip(density * (1.3 + 0.25 * noise), 0, 0.9))
    alpha = f32(resize_to(shade, width, height))[..., None]
    tone = f32(resize_to(grey, width, height))[..., None]
    photo.changed(u8(f32(photo.rgb) * (1 - alpha) + tone * alpha))
    if target and found is None:  # said as not done: the smoke is not where it was asked for
        return not_done(edit, f"I could not find {target} in the photo, so I drew the smoke along the bottom of the "
                              "middle of the photo instead.")
    if found is None:
        return None
    if not found.exact:
        return (f"I cannot recognise {target} as such, so the smoke billows from the foot of {found.how} of the "
                f"photo, taking it to be {target}.")
    return None

