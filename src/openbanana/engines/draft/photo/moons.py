"""A moon put into a photo's sky ("add a crescent moon in the sky", "add a full moon"): a disc or a crescent of
moonlight with faint grey seas on it, in open sky clear of what rises into it where the sky is darkest, white by
day and cream with a soft glow against a dark sky.

Why: the moon pictogram is a cartoon (a yellow crescent with round craters, which read as a slice of cheese over a
photo's sky). A real moon is light added to the sky: by day a washed-out disc the sky's own blue shows through, by
night a cream disc with a halo.
"""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import f32, shrink, u8
from openbanana.engines.draft.photo.sky import find_sky
from openbanana.engines.draft.photo.sky_spots import clear_spot
from openbanana.engines.draft.photo.steps import Photo, not_done
from openbanana.plan import PhotoEdit

MOONS = frozenset({"moon", "full moon", "crescent moon"})
RADIUS = 0.06  # the moon's radius, as a share of the photo's short side
DARK_SKY = 110  # a sky darker than this (mean grey level) is a night sky: the moon glows
SPOTS = {"top_left": (0.2, 0.2), "top_right": (0.8, 0.2), "left": (0.2, 0.3), "right": (0.8, 0.3)}


def add_moon(photo: Photo, edit: PhotoEdit) -> str | None:
    sky = find_sky(photo.scene)
    if sky is None:
        return not_done(edit, "I could not find any sky in the photo to put it in, so it is unchanged.")
    height, width = photo.rgb.shape[:2]
    spot = _darkest_spot(photo, sky.mask, [SPOTS[edit.placement]] if edit.placement in SPOTS else [
        (x, min(0.25, sky.line * 0.4)) for x in (0.72, 0.28, 0.5)])
    if spot is None:
        return not_done(edit, "the sky in the photo has no open room for a moon, so it is unchanged.")
    short = min(width, height)
    radius = max(4.0, short * RADIUS)
    reach = round(radius * 3)  # the moon and its halo: only this window is worked on (a full 2K frame took 6 s)
    x, y = round(spot[0] * width), round(spot[1] * height)
    x0, y0, x1, y1 = max(0, x - reach), max(0, y - reach), min(width, x + reach), min(height, y + reach)
    centre, size = (spot[0] * width - x0, spot[1] * height - y0), (y1 - y0, x1 - x0)
    crescent = edit.name == "crescent moon"
    lit = _shape(*size, centre, radius, crescent=crescent)
    seas = np.zeros_like(lit) if crescent else _seas(*size, centre, radius, photo)  # on a crescent: smudges
    dark = float(photo.scene[sky.mask > 0.5].mean()) < DARK_SKY
    moonlight = np.asarray((250, 246, 228) if dark else (255, 255, 255), np.float32)
    alpha = lit
    if dark:
        halo = f32(cv2.GaussianBlur(lit, (0, 0), radius * 0.5)) * 0.35
        alpha = np.maximum(alpha, halo)
    colour = moonlight[None, None, :] * (1 - seas[..., None] * (0.16 if dark else 0.3))  # by day its seas show more
    out = photo.rgb.copy()
    base = f32(out[y0:y1, x0:x1])
    out[y0:y1, x0:x1] = u8(base * (1 - alpha[..., None]) + colour * alpha[..., None])
    photo.changed(out)
    return None


def _darkest_spot(photo: Photo, sky: np.ndarray, wanted: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Of the open spots nearest to each wanted one, the one where the sky is darkest: a pale moon shows best
    against the bluer part of a hazy day sky (drawn in its whitest part, it was hardly seen)."""
    spots = [spot for spot in (clear_spot(sky, at, RADIUS) for at in wanted) if spot is not None]
    if not spots:
        return None
    gray = shrink(photo.scene, 256).astype(np.float32).mean(axis=2)
    height, width = gray.shape

    def light(at: tuple[float, float]) -> float:
        x, y = min(width - 1, round(at[0] * width)), min(height - 1, round(at[1] * height))
        reach = max(2, round(RADIUS * min(width, height)))
        return float(gray[max(0, y - reach):y + reach, max(0, x - reach):x + reach].mean())

    return min(spots, key=light)


def _shape(height: int, width: int, centre: tuple[float, float], radius: float, *, crescent: bool) -> np.ndarray:
    """The moon's lit part (soft-edged): the whole disc, or a crescent (the disc less a slightly offset one)."""
    lit = np.zeros((height, width), np.float32)
    point = (round(centre[0] * 4), round(centre[1] * 4))  # drawn with sub-pixel centres (shift 2)
    cv2.circle(lit, point, round(radius * 4), 1.0, -1, cv2.LINE_AA, 2)
    if crescent:
        cut = (round((centre[0] + radius * 0.55) * 4), round((centre[1] - radius * 0.2) * 4))
        cv2.circle(lit, cut, round(radius * 0.86 * 4), 0.0, -1, cv2.LINE_AA, 2)
    return f32(cv2.GaussianBlur(lit, (0, 0), max(0.6, radius * 0.02)))


def _seas(height: int, width: int, centre: tuple[float, float], radius: float, photo: Photo) -> np.ndarray:
    """The full moon's faint grey seas: a few soft blotches on its face, placed by the photo's seed."""
    seas = np.zeros((height, width), np.float32)
    for _ in range(6):
        angle, reach = photo.rng.uniform(0, 2 * np.pi), photo.rng.uniform(0.1, 0.6)
        x = centre[0] + np.cos(angle) * reach * radius
        y = centre[1] + np.sin(angle) * reach * radius
        size = radius * photo.rng.uniform(0.15, 0.32)
        cv2.circle(seas, (round(x), round(y)), max(1, round(size)), 1.0, -1, cv2.LINE_AA)
    return f32(cv2.GaussianBlur(seas, (0, 0), max(1.0, radius * 0.08)))
