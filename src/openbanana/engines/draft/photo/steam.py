"""Steam rising from a hot drink or dish: soft white wisps drawn up from the top of the named thing (the cup found by
its colour or as the photo's main subject, which the answer then says), screened over the photo so they lighten and
never darken it."""

from __future__ import annotations

import math
import re

import cv2
import numpy as np
from PIL import Image, ImageDraw

from openbanana.engines.draft.photo.arrays import bounding_box, f32, resize_to, shrink, u8
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

DRAW_LONG_SIDE = 768
SOURCE = r"(?:out of|from|off|over|above|rising from|coming (?:out of|from|off))\s+(.+)$"


def add_steam(photo: Photo, edit: PhotoEdit) -> str | None:
    named = re.search(SOURCE, edit.destination.lower())
    target = named.group(1).strip() if named else "the cup"
    found = find_target(photo.rgb, target, None, "auto", stand_in=True)
    box = bounding_box(found.mask, 0.5) if found is not None else None
    if found is None or box is None:
        return not_done(edit, f"I could not find {target} in the photo for the steam to rise from.")
    height, width = photo.rgb.shape[:2]
    small = shrink(photo.rgb, DRAW_LONG_SIDE)
    scale = small.shape[1] / width
    x0, y0, x1, y1 = (v * scale for v in box)
    layer = Image.new("L", (small.shape[1], small.shape[0]), 0)
    draw = ImageDraw.Draw(layer)
    start = y0 + (y1 - y0) * 0.4  # over the drink inside the rim, seen from above or the side
    rise = max(start * 0.92, small.shape[0] * 0.25)  # up to near the top of the picture
    for i, offset in enumerate((-0.16, 0.0, 0.15)):
        base = ((x0 + x1) / 2 + offset * (x1 - x0), start)
        sway, phase = (x1 - x0) * 0.07, photo.rng.uniform(0, math.tau)
        points = [(base[0] + sway * math.sin(phase + t * 5.5 + i), base[1] - rise * t) for t in np.linspace(0, 1, 40)]
        draw.line(points, fill=255, width=max(3, round((x1 - x0) * 0.07)), joint="curve")
    wisps = cv2.GaussianBlur(f32(np.asarray(layer)) / 255, (0, 0), max(2.0, (x1 - x0) * 0.03))
    rows = np.linspace(0, 1, small.shape[0], dtype=np.float32)[:, None]
    fade = np.clip((rows * small.shape[0] - (start - rise)) / max(rise, 1.0), 0, 1) ** 0.7  # fainter higher up
    alpha = f32(resize_to(np.clip(wisps * fade * 1.1, 0, 0.8), width, height))[..., None]
    photo.changed(u8(255 - (255 - f32(photo.rgb)) * (1 - alpha)))
    if not found.exact:
        return (f"I cannot recognise {target} as such, so the steam rises from {found.how} of the photo, taking it to "
                f"be {target}.")
    return None
