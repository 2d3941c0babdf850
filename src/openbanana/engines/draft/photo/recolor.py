"""Recolour one region: turn its hue to the new colour in Lab, keeping its shading, highlights and texture.

A coloured region is rotated round the Lab colour wheel and its chroma scaled, so that white highlights and dark
folds stay white and dark; a grey, white or black region is given the new colour's chroma at its own lightness. To
white, black or grey a region is moved all the way to that lightness, its shading kept: a black horse made white is
white, not the mid grey three quarters of the way would leave. Holes a segmenter leaves in a coloured thing are
filled where the pixels are of the thing's own colour (`own_colour.py`); a mask picked by colour keeps its holes (a
dahlia's red heart in its orange petals is another colour).
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, blend
from openbanana.engines.draft.photo.own_colour import fill_own_colour
from openbanana.plan import RGB

CHROMATIC = 14.0  # mean Lab chroma above which a region counts as coloured
OWN_HUE, OWN_HUE_RAMP = 50.0, 25.0  # degrees from the region's hue where another colour starts to be kept, and fully
NEUTRAL_RANGE = (8.0, 92.0)  # the Lab lightness a region turned black or white is centred on: still shows its shape
TOWARD_TARGET = 0.85  # how far a coloured region's lightness moves toward the new colour's (highlights keep theirs)


def _lab(color: RGB) -> tuple[float, float, float]:
    lab = cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2LAB)[0, 0].astype(np.float32)
    return float(lab[0]) * 100 / 255, float(lab[1]) - 128, float(lab[2]) - 128


def _own_hue(a: np.ndarray, b: np.ndarray, chroma: np.ndarray, mean_a: float, mean_b: float) -> np.ndarray:
    """1 where a pixel is of the region's own hue (or nearly grey), falling to 0 for a clearly other colour: a patch,
    a logo or a print on the thing keeps its colours instead of being turned round the wheel with it. The angle to
    the region's hue is compared by its cosine (a dot product: no per-pixel arctangent at 2K)."""
    length = max(float(np.hypot(mean_a, mean_b)), 1e-6)
    cosine = (a * (mean_a / length) + b * (mean_b / length)) / np.maximum(chroma, 1e-6)
    near, far = np.cos(np.radians(OWN_HUE)), np.cos(np.radians(OWN_HUE + OWN_HUE_RAMP))
    vivid = np.clip((chroma - CHROMATIC) / CHROMATIC, 0, 1)  # a nearly grey pixel is the thing's own shading
    return np.asarray(1 - np.clip((near - cosine) / (near - far), 0, 1) * vivid, np.float32)


def _at_half(work: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray], *planes: np.ndarray) -> np.ndarray:
    """`work` done on half-size copies of `planes` and scaled back up, for a photo over a megapixel (a soft weight
    loses nothing by it, and costs a quarter)."""
    height, width = planes[0].shape
    if height * width <= 1_000_000:
        return work(*planes)
    half = [cv2.resize(p, (width // 2, height // 2), interpolation=cv2.INTER_AREA) for p in planes]
    return np.asarray(cv2.resize(work(*half), (width, height), interpolation=cv2.INTER_LINEAR), np.float32)


def recolor(rgb: U8, mask: Mask, color: RGB, *, fill_holes: bool = False) -> U8:
    """`rgb` with the region in `mask` turned to `color`; with `fill_holes` (a mask found by a segmenter, not
    picked by colour) its holes of the thing's own colour are recoloured too."""
    lab = cv2.cvtColor(rgb.astype(np.float32) / 255, cv2.COLOR_RGB2LAB)  # L 0..100, a/b about −128..127
    lightness, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    chroma = np.hypot(a, b)
    if fill_holes:
        mask = fill_own_colour(mask, a, b, chroma, CHROMATIC)
    weight = mask[..., None].astype(np.float32)
    total = float(mask.sum()) or 1.0
    mean_l = float((lightness * mask).sum() / total)
    mean_a, mean_b = float((a * mask).sum() / total), float((b * mask).sum() / total)
    mean_chroma = float((chroma * mask).sum() / total)
    t_l, t_a, t_b = _lab(color)
    t_chroma = float(np.hypot(t_a, t_b))
    out = lab.copy()
    if mean_chroma > CHROMATIC and t_chroma > 8:
        turn = np.arctan2(t_b, t_a) - np.arctan2(mean_b, mean_a)
        scale = min(2.5, t_chroma / max(mean_chroma, 1.0))
        cos, sin = np.cos(turn) * scale, np.sin(turn) * scale
        out[..., 1], out[..., 2] = a * cos - b * sin, a * sin + b * cos
        colourful = np.clip(chroma / max(mean_chroma, 1.0), 0, 1)  # highlights and deep shade keep their lightness
        out[..., 0] = lightness + (t_l - mean_l) * TOWARD_TARGET * colourful
        weight = weight * _at_half(lambda x, y, c: _own_hue(x, y, c, mean_a, mean_b), a, b, chroma)[..., None]
    else:
        out[..., 1] = a * 0.2 + t_a * 0.9
        out[..., 2] = b * 0.2 + t_b * 0.9
        out[..., 0] = lightness + (t_l - mean_l) * 0.45
    if t_chroma <= 8:  # to a neutral (black, white, grey): drain the colour, and take its lightness
        out[..., 1], out[..., 2] = a * 0.1, b * 0.1
        out[..., 0] = lightness + float(np.clip(t_l, *NEUTRAL_RANGE)) - mean_l
    out[..., 0] = np.clip(out[..., 0], 0, 100)
    recoloured = cv2.cvtColor(out, cv2.COLOR_LAB2RGB) * 255
    return blend(rgb, recoloured, weight[..., 0])
