"""Smoke billowing from the foot of a thing ("add smoke at the bottom of the rocket"): soft grey-white billows piled
along the ground at its base and spreading to either side, lit from above, drawn over the photo.

Why: a launch, a train or a bonfire is asked for with smoke where the thing meets the ground; a sticker of a cloud
beside it reads as a sticker, while billows that rise from its base and thin out upwards read as smoke in the scene.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import F32, bounding_box, f32, resize_to, shrink, u8
from openbanana.engines.draft.photo.found import Found
from openbanana.engines.draft.photo.locate import find_target
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

DRAW_LONG_SIDE = 640  # the billows are drawn and blurred on a copy this size
SOURCE = r"(?:at the (?:bottom|base|foot) of|from|under|below|beneath|around|behind|coming (?:out of|from))\s+(.+)$"
BILLOWS = 26
FLAME_RISE = 3.0  # flames stand taller and narrower than smoke
SPREAD = 1.6  # how far the smoke spreads to each side of the thing, as a share of its width (at least a fifth of
# the frame)


def add_smoke(photo: Photo, edit: PhotoEdit) -> str | None:
    target, found, box = _source(photo, edit)
    small = shrink(photo.rgb, DRAW_LONG_SIDE)
    h, w = small.shape[:2]
    density, noise, base, reach = _billows(photo, box, small.shape[1] / photo.rgb.shape[1], (h, w), 1.0)
    top_lit = f32(np.clip(-np.gradient(cv2.GaussianBlur(density, (0, 0), max(2.0, w * 0.02)), axis=0) * w * 0.5,
                          -0.25, 0.25))  # each billow's upper side catches the light, its underside is in shade
    around = float(small[max(0, int(base - reach * 0.6)):int(base) + 1].mean())  # the scene's light there
    grey = f32(np.clip((around * 0.55 + 105) * (0.85 + top_lit + 0.06 * noise), 0, 255))
    shade = f32(np.clip(density * (1.3 + 0.25 * noise), 0, 0.9))
    _lay_over(photo, np.repeat(grey[..., None], 3, axis=2), shade)
    if edit.name == "fire":  # flames under the smoke: hot at the foot, licking upwards, glowing on what is near
        flames, _, _, _ = _billows(photo, box, small.shape[1] / photo.rgb.shape[1], (h, w), FLAME_RISE)
        heat = f32(np.clip(flames * (1.1 + 0.5 * noise), 0, 1) ** 1.5)
        hot = f32(np.stack([235 + 20 * heat, 60 + 190 * heat ** 2, 10 + 170 * heat ** 4], axis=2))
        _lay_over(photo, hot, f32(np.clip(heat * 1.3, 0, 0.95)))
        glow = f32(cv2.GaussianBlur(heat, (0, 0), max(4.0, w * 0.05)))
        lit = f32(photo.rgb) + f32(resize_to(glow, photo.rgb.shape[1], photo.rgb.shape[0]))[..., None] * np.asarray(
            [120, 60, 10], np.float32)
        photo.changed(u8(lit))
    what = "the fire" if edit.name == "fire" else "the smoke"
    if target and found is None:  # said as not done: the smoke is not where it was asked for
        return not_done(edit, f"I could not find {target} in the photo, so I drew {what} along the bottom of the "
                              "middle of the photo instead.")
    if found is None:
        return None
    if not found.exact and target in ("it", "this", "them"):  # "with fire under it": the photo's subject
        return f"{what[0].upper()}{what[1:]} billows from the foot of {found.how} of the photo."
    if not found.exact:
        return (f"I cannot recognise {target} as such, so {what} billows from the foot of {found.how} of the "
                f"photo, taking it to be {target}.")
    return None



def _source(photo: Photo, edit: PhotoEdit) -> tuple[str, Found | None, tuple[int, int, int, int]]:
    """What the smoke rises from (its words, how it was found, its box in pixels): the named thing, or the bottom of
    the middle of the photo."""
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
    return target, found, box


def _billows(photo: Photo, box: tuple[int, int, int, int], scale: float, shape: tuple[int, int],
             rise: float) -> tuple[F32, F32, float, float]:
    """Soft billows piled at the foot of `box` (drawn at `scale` on a `shape` copy), higher in the middle; `rise`
    stretches them upwards (flames lick higher and spread less). Their density, a noise field, the base line and
    how far they reach to each side."""
    h, w = shape
    x0, _y0, x1, y1 = (v * scale for v in box)
    reach = min(max((x1 - x0) * SPREAD, w * 0.2), w * 0.45) / rise
    base = min(float(y1), h * 0.98)
    density = np.zeros((h, w), np.float32)
    for _ in range(BILLOWS):
        t = photo.rng.uniform(-1, 1)
        cx = (x0 + x1) / 2 + t * reach
        size = w * (0.035 + 0.05 * (1 - abs(t)) * photo.rng.uniform(0.6, 1.2)) / rise ** 0.5
        cy = base - size * photo.rng.uniform(0.2, 1.6) * (1.4 - abs(t)) * rise  # piled higher in the middle
        cv2.circle(density, (round(cx), round(cy)), max(2, round(size)), 1.0, -1)
    density = f32(cv2.GaussianBlur(density, (0, 0), max(2.0, w * 0.012)))
    noise = f32(cv2.GaussianBlur(np.random.default_rng(photo.rng.randrange(2**32)).random((h, w), np.float32),
                                 (0, 0), max(1.5, w * 0.01)))
    return density, (noise - noise.mean()) / max(float(noise.std()), 1e-6), base, reach


def _lay_over(photo: Photo, tone: F32, alpha: F32) -> None:
    """`tone` over the photo with `alpha`, both drawn small and scaled up to it."""
    height, width = photo.rgb.shape[:2]
    full = f32(resize_to(alpha, width, height))[..., None]
    photo.changed(u8(f32(photo.rgb) * (1 - full) + f32(resize_to(tone, width, height)) * full))
