"""Find the sky: smooth, sky-coloured regions that reach the top edge, grown by a colour model learned from them.

Works on a 256 px copy: a seed of low-texture pixels whose colour can be sky (blue of any depth, bright greys,
evening warm tones high up), kept only where connected to the top edge; the seed's colours (a Gaussian in Lab) then
decide the rest above its lowest reach. The mask is upscaled with a guided filter so that it hugs rooftops and
branches. Returns None when there is no credible sky.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import F32, U8, Mask, guided_refine, resize_to, shrink

SKY_LONG_SIDE = 256
REFINE_LONG_SIDE = 768
DARK_SKY = 0.4  # a sky darker than this (brightness) must not be darker than the land: a night or dusk sky
GREY_SKY = 0.12  # a sky this colourless (saturation) could as well be a wall
MIN_SHARE = 0.04  # less sky than this is not worth replacing, and is more likely a wall


@dataclass(frozen=True)
class Sky:
    mask: Mask  # at the photo's size, in [0, 1]
    horizon: F32  # per column of the photo: the fraction of the height where the sky ends
    share: float  # of the photo's area

    @property
    def line(self) -> float:
        """The typical horizon height, as a fraction of the photo's height."""
        return float(np.median(self.horizon))


def find_sky(rgb: U8) -> Sky | None:
    small = shrink(rgb, SKY_LONG_SIDE)
    height, width = small.shape[:2]
    smooth = _smoothness(small)
    seed = _top_connected((smooth > 0.55) & _sky_colored(small, height), min_area=0.01 * height * width)
    if seed.sum() < 0.02 * height * width or seed[0].mean() < 0.15 or not _credible(small, seed):
        return None
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    samples = lab[seed]
    mean = samples.mean(axis=0)
    covariance = np.cov(samples.T) + np.eye(3, dtype=np.float32) * 16
    offsets = lab - mean
    distance = np.einsum("hwi,ij,hwj->hw", offsets, np.linalg.inv(covariance).astype(np.float32), offsets)
    rows = np.nonzero(seed.any(axis=1))[0]
    floor = int(min(height, rows.max() + height * 0.05))
    grown = (distance < 9.0) & (smooth > 0.35)
    grown[floor:] = False
    sky = _top_connected(grown | seed, min_area=0.01 * height * width)
    sky = cv2.morphologyEx(sky.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)).astype(bool)
    if sky.mean() < MIN_SHARE:
        return None
    mask = _refine(rgb, sky)
    return Sky(mask, _horizon(sky, rgb.shape[1]), float(sky.mean()))


def _credible(rgb: U8, seed: npt.NDArray[np.bool_]) -> bool:
    """Whether a smooth region at the top can be sky: not darker than the land under it unless it is a night sky
    (out-of-focus dark leaves are smooth and teal too), and, when it is a colourless grey, spanning most of the top
    edge (a patch of pale wall beside a head is not a sky)."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV).astype(np.float32) / 255
    value, saturation = hsv[..., 2], hsv[..., 1]
    sky_value, rest_value = float(value[seed].mean()), float(value[~seed].mean()) if (~seed).any() else 0.0
    if sky_value < DARK_SKY and sky_value < rest_value * 0.85:
        return False
    return not (float(saturation[seed].mean()) < GREY_SKY and float(seed[0].mean()) < 0.85)


def _refine(rgb: U8, sky: npt.NDArray[np.bool_]) -> Mask:
    """The coarse mask widened a little and snapped to the photo's edges, then decided pixel by pixel at full size by
    how close each colour is to the sky's colour at that place: masts, wires and branches thinner than the coarse
    grid stay, and no rim of the old sky is left around them."""
    guide = shrink(rgb, REFINE_LONG_SIDE)
    coarse = cv2.dilate(sky.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(np.float32)
    snapped = guided_refine(guide, resize_to(coarse, guide.shape[1], guide.shape[0]), radius=4, eps=1e-4)
    near = np.clip((resize_to(snapped, rgb.shape[1], rgb.shape[0]) - 0.05) / 0.3, 0, 1)
    coarse_guide = shrink(guide, SKY_LONG_SIDE)  # the sky's colour changes slowly: learn it on the coarse grid
    lab_small = cv2.cvtColor(coarse_guide, cv2.COLOR_RGB2LAB).astype(np.float32)
    inside = resize_to(sky.astype(np.float32), coarse_guide.shape[1], coarse_guide.shape[0])
    inside = (inside > 0.99).astype(np.float32)
    spread = coarse_guide.shape[1] / 16
    weight = cv2.GaussianBlur(inside, (0, 0), spread) + 1e-4
    expected = cv2.GaussianBlur(lab_small * inside[..., None], (0, 0), spread) / weight[..., None]
    expected = resize_to(expected, rgb.shape[1], rgb.shape[0])
    difference = np.linalg.norm(cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB).astype(np.float32) - expected, axis=2)
    likeness = np.clip((24.0 - difference) / 12.0, 0, 1)
    return np.asarray(near * likeness * (1 - thin_dark(rgb)), dtype=np.float32)


def thin_dark(rgb: U8) -> F32:
    """How surely each pixel is part of a thin dark structure against a lighter surround (a lattice tower's
    girders, a mast, wires): the grey black-hat (a closing about a hundredth of the long side, minus the photo),
    0 under 6 levels, 1 from 14. Why: against a dark evening sky the girders' colour is close enough to the sky's
    that the colour test alone takes them for sky, and a new sky breaks the tower into dashes."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    side = max(5, round(max(rgb.shape[:2]) / 100)) | 1
    hat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (side, side)))
    return np.asarray(np.clip((hat.astype(np.float32) - 6.0) / 8.0, 0, 1), dtype=np.float32)


def _smoothness(rgb: U8) -> F32:
    """1 where the photo is flat, falling to 0 where it has texture or edges."""
    gray = cv2.GaussianBlur(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32), (3, 3), 0.8)
    gradient = np.hypot(cv2.Sobel(gray, cv2.CV_32F, 1, 0), cv2.Sobel(gray, cv2.CV_32F, 0, 1))
    local = cv2.blur(gradient, (5, 5))
    return np.asarray(np.exp(-local / 28.0), dtype=np.float32)


def _sky_colored(rgb: U8, height: int) -> npt.NDArray[np.bool_]:
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, saturation, value = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    blue = (hue > 180) & (hue < 260) & (saturation > 0.08) & (value > 0.12)
    pale = (saturation < 0.22) & (value > 0.55)
    high = (np.arange(height, dtype=np.float32) / height)[:, None] < 0.45
    evening = high & (value > 0.45) & ((hue < 50) | (hue > 280)) & (saturation > 0.15)
    return np.asarray(blue | pale | evening)


def _top_connected(mask: npt.NDArray[np.bool_], min_area: float) -> npt.NDArray[np.bool_]:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=4)
    keep = [i for i in range(1, count) if stats[i, cv2.CC_STAT_TOP] == 0 and stats[i, cv2.CC_STAT_AREA] >= min_area]
    return np.isin(labels, keep)


def _horizon(sky: npt.NDArray[np.bool_], width: int) -> F32:
    """Per column, how far down the sky reaches (a fraction of the height), smoothed and brought to `width`."""
    height = sky.shape[0]
    reach = np.where(sky.any(axis=0), height - np.argmax(sky[::-1], axis=0), 0).astype(np.float32) / height
    known = reach > 0
    if known.any():
        reach[~known] = float(np.median(reach[known]))
    reach = cv2.GaussianBlur(reach[None], (1, 9), 3)[0]
    return np.asarray(cv2.resize(reach[None], (width, 1), interpolation=cv2.INTER_LINEAR)[0], dtype=np.float32)
