"""Find a thing by its named colour ("the red cup"): the largest region of that colour, inside the named part of
the photo.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from openbanana.engines.draft.photo.arrays import U8, feather, largest_component, resize_to, shrink, u8
from openbanana.engines.draft.photo.found import Found
from openbanana.plan import RGB
from openbanana.scene import Placement

REGIONS: dict[str, tuple[float, float, float, float]] = {
    "left": (0.0, 0.0, 0.5, 1.0), "right": (0.5, 0.0, 1.0, 1.0), "top": (0.0, 0.0, 1.0, 0.5),
    "bottom": (0.0, 0.5, 1.0, 1.0), "center": (0.2, 0.15, 0.8, 0.85), "top_left": (0.0, 0.0, 0.55, 0.55),
    "top_right": (0.45, 0.0, 1.0, 0.55), "bottom_left": (0.0, 0.45, 0.55, 1.0),
    "bottom_right": (0.45, 0.45, 1.0, 1.0),
}
MIN_SHARE, MAX_SHARE = 0.003, 0.75
LIKE_PIECES = 3  # a plural's things: at least this many separate pieces of the colour, each a third of the largest


def color_match(rgb: U8, color: RGB, tolerance: float = 22.0) -> npt.NDArray[np.float32]:
    """How well each pixel matches a named colour, in [0, 1]: by hue (within `tolerance` degrees) for colours, by
    brightness for neutrals."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, sat, val = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    target = cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2HSV)[0, 0].astype(np.float32)
    t_hue, t_sat, t_val = float(target[0]) * 2, float(target[1]) / 255, float(target[2]) / 255
    if t_sat < 0.2 or t_val < 0.15:  # a near-black's hue and saturation are noise: black is by brightness
        if t_val > 0.75:
            score = np.clip((0.3 - sat) / 0.15, 0, 1) * np.clip((val - 0.62) / 0.13, 0, 1)
        elif t_val < 0.3:
            score = np.clip((0.3 - val) / 0.12, 0, 1)
        else:
            score = np.clip((0.2 - sat) / 0.1, 0, 1) * np.clip(1 - np.abs(val - t_val) / 0.25, 0, 1)
    else:
        distance = np.abs((hue - t_hue + 180) % 360 - 180)
        score = np.clip((tolerance - distance) / 10, 0, 1) * np.clip((sat - 0.3) / 0.15, 0, 1) * np.clip(
            (val - 0.12) / 0.1, 0, 1)
    return np.asarray(score, np.float32)


def find_by_color(rgb: U8, color: RGB, placement: Placement) -> Found | None:
    """The largest region of the named colour (inside the named part of the photo), holes closed."""
    small = shrink(rgb, 384)
    score = cv2.GaussianBlur(color_match(small, color), (5, 5), 0)
    solid = score > 0.5
    if placement != "auto":
        x0, y0, x1, y1 = REGIONS[placement]
        h, w = solid.shape
        region = np.zeros_like(solid)
        region[int(y0 * h):int(y1 * h), int(x0 * w):int(x1 * w)] = True
        solid &= region
    solid = cv2.morphologyEx(solid.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8)).astype(bool)
    if not solid.any():
        return None
    component = largest_component(solid)
    closed = u8(cv2.morphologyEx(component.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8)))
    share = float(closed.mean())
    if not MIN_SHARE <= share <= MAX_SHARE:
        return None
    soft = feather(closed.astype(np.float32), 1.0)
    full = np.asarray(resize_to(soft, rgb.shape[1], rgb.shape[0]), np.float32)
    detail = color_match(rgb, color)
    return Found(np.clip(np.maximum(full * 0.85, full * detail), 0, 1), True, "its colour")


def find_every(rgb: U8, color: RGB) -> Found | None:
    """Every pixel of the named colour, wherever it is ("the black squares", "the white stripes"), when it lies in
    several separate pieces of a like size: a plural then names all of them, not the largest one. None otherwise
    (the blue jeans under a blue sky are one thing of that colour, found as usual)."""
    score = color_match(rgb, color)
    solid = (shrink(score, 384) > 0.5).astype(np.uint8)
    if not MIN_SHARE <= float(solid.mean()) <= MAX_SHARE:
        return None
    _count, _labels, stats, _centres = cv2.connectedComponentsWithStats(solid, connectivity=4)
    areas = stats[1:, cv2.CC_STAT_AREA]
    if len(areas) < LIKE_PIECES or int((areas >= 0.3 * areas.max()).sum()) < LIKE_PIECES:
        return None
    return Found(score, True, "its colour")


def find_leaves(rgb: U8) -> Found | None:
    """Every green leaf in the photo ("the trees", "the bushes"), by its hue: yellow-green to blue-green, not grey."""
    hsv = cv2.cvtColor(shrink(rgb, 384), cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, sat, val = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    leafy = (hue > 50) & (hue < 175) & (sat > 0.18) & (val > 0.08)
    green = cv2.morphologyEx(leafy.astype(np.uint8), cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    if not MIN_SHARE <= float(green.mean()) <= MAX_SHARE:
        return None
    soft = feather(green.astype(np.float32), 1.0)
    full = np.asarray(resize_to(soft, rgb.shape[1], rgb.shape[0]), np.float32)
    return Found(full, False, "the commonest green leaves")  # recoloured by their commonest hue, so not all of them


PART_WORDS = frozenset({"part", "parts", "bit", "bits", "area", "areas", "section", "sections", "side", "half",
                        "portion", "stripe", "stripes", "segment", "segments"})
PART_REACH = 70.0  # how far (degrees of hue) the photo's own colour may be from the named one and still be "its part"


def find_color_part(rgb: U8, color: RGB) -> Found | None:
    """Every pixel of the named colour's hue ("the green part" of a logo, "the blue part" of a colour wheel): the
    named hue ±30° where the photo has it, else the photo's own colour nearest to it (a yellow-green is the green
    part of a green-and-orange logo). All of it, not one region, with soft edges across the hue."""
    small = shrink(rgb, 384)
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV).astype(np.float32)
    hue, sat, val = hsv[..., 0] * 2, hsv[..., 1] / 255, hsv[..., 2] / 255
    vivid = (sat > 0.25) & (val > 0.15)
    named = float(cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2HSV)[0, 0, 0]) * 2
    if float(cv2.cvtColor(np.asarray([[color]], np.uint8), cv2.COLOR_RGB2HSV)[0, 0, 1]) < 50 or not vivid.any():
        return None  # a grey, white or black "part" has no hue to go by
    counts = np.bincount((hue[vivid] // 10).astype(np.int64) % 36, minlength=36).astype(np.float64)
    centre, how = named, "its colour"
    if _share_near(counts, named, 30.0) < MIN_SHARE * vivid.size:
        peaks = [b for b in range(36) if counts[b] >= MIN_SHARE * vivid.size and counts[b] >= counts[b - 1]
                 and counts[b] >= counts[(b + 1) % 36]]
        near = [(_hue_gap(b * 10 + 5, named), b) for b in peaks if _hue_gap(b * 10 + 5, named) <= PART_REACH]
        if not near:
            return None
        centre, how = float(min(near)[1] * 10 + 5), "its colour (the photo's own colour nearest to the one named)"
    score = np.clip((30.0 - _hue_gap(hue, centre)) / 10, 0, 1) * np.clip((sat - 0.2) / 0.1, 0, 1) * np.clip(
        (val - 0.1) / 0.08, 0, 1)
    if not MIN_SHARE <= float((score > 0.5).mean()) <= MAX_SHARE:
        return None
    full = np.asarray(resize_to(score.astype(np.float32), rgb.shape[1], rgb.shape[0]), np.float32)
    detail = np.clip((30.0 - _hue_gap(cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[..., 0].astype(np.float32) * 2, centre))
                     / 10, 0, 1)
    return Found(np.asarray(np.minimum(full, np.maximum(detail, full * 0.5)), np.float32), True, how)


def _hue_gap(hue: npt.NDArray[np.float32] | float, centre: float) -> npt.NDArray[np.float32]:
    return np.asarray(np.abs((np.asarray(hue, np.float32) - centre + 180) % 360 - 180), np.float32)


def _share_near(counts: npt.NDArray[np.float64], centre: float, reach: float) -> float:
    """How many vivid pixels have a hue within `reach` degrees of `centre` (by 10° bins)."""
    return float(sum(counts[b] for b in range(36) if float(_hue_gap(b * 10 + 5, centre)) <= reach))
