"""Lay a pictogram into a photo so that it sits in it: lit from above, dimmed and tinted by the photo's light around
it, its edges as soft and its surface as grainy as the photo's, standing on a soft contact shadow.

Why: a flat, evenly coloured pictogram with crisp edges reads as a sticker on a photo whatever its place; the same
shape shaded top to bottom, in the scene's own light and grain, reads as a (drawn) thing in the scene.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from openbanana.engines.draft.photo.arrays import U8, f32, u8
from openbanana.engines.draft.pictograms import drop_shadow, fit_subject, is_plate, place_subject
from openbanana.imaging.drawing.glyphs import draw_sprite
from openbanana.plan import Subject

TOP_LIGHT, BOTTOM_SHADE = 1.08, 0.78  # lit from above: the top a little brighter, the underside in shade
CAST = 0.3  # how much of the surrounding light's colour the thing takes on


def lay_in(rgb: U8, subject: Subject, *, shadow: bool, seed: int) -> tuple[U8, tuple[int, int, int, int]] | None:
    """The photo with the subject's pictogram laid in (and the box it covers), or None when it has no picture."""
    canvas = Image.fromarray(rgb)
    if is_plate(subject):  # drawn as a plate, already shaded
        box = place_subject(canvas, subject, shadow=shadow)
        return (np.asarray(canvas), box) if box is not None else None
    fitted = fit_subject(subject, canvas.size)
    if fitted is None:
        return None
    made, x, y = fitted
    if shadow:
        drop_shadow(canvas, made, x, y, sticker=False)
    w, h = made.size
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))  # the sprite's own size: no full-frame layer per thing laid
    draw_sprite(layer, made, (0, 0))
    box = (x, y, x + w, y + h)
    height, width = rgb.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(width, x + w), min(height, y + h)
    if x1 <= x0 or y1 <= y0:
        return None
    ink = f32(np.asarray(layer, np.float32)[y0 - y:y1 - y, x0 - x:x1 - x])
    colour, alpha = ink[..., :3], f32(ink[..., 3] / 255)
    rows = np.linspace(0, 1, y1 - y0, dtype=np.float32)[:, None, None] * np.ones((1, x1 - x0, 1), np.float32)
    colour = f32(colour * (TOP_LIGHT + (BOTTOM_SHADE - TOP_LIGHT) * rows))
    around = _light_around(rgb, (x0, y0, x1, y1))
    level = float(np.clip(0.55 + 0.45 * around.mean() / 150, 0.55, 1.1))  # a dark scene dims what is in it
    tint = around / max(float(around.mean()), 1.0)
    colour = f32(colour * level * (1 - CAST + CAST * tint))
    soft = max(0.5, min(w, h) / 160)  # the photo's own softness: no edge crisper than its
    cover = f32(cv2.GaussianBlur(alpha, (0, 0), soft))[..., None]
    grain = np.random.default_rng(seed).normal(0, 3.0, colour.shape).astype(np.float32)
    out = np.array(canvas)  # the photo with the contact shadow; only the thing's box is worked in floats
    out[y0:y1, x0:x1] = u8(out[y0:y1, x0:x1].astype(np.float32) * (1 - cover) + np.clip(colour + grain, 0, 255) * cover)
    return out, box


def _light_around(rgb: U8, box: tuple[int, int, int, int]) -> np.ndarray:
    """The mean colour of the photo in a ring round the box: the light the thing stands in."""
    x0, y0, x1, y1 = box
    height, width = rgb.shape[:2]
    pad = max(4, (x1 - x0) // 2)
    patch = rgb[max(0, y0 - pad):min(height, y1 + pad), max(0, x0 - pad):min(width, x1 + pad)]
    return np.asarray(patch.reshape(-1, 3).mean(axis=0), np.float32)
