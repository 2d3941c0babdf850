"""A thing made gold, silver, bronze or copper: its shading mapped onto a metal's ramp, from a dark shade through the
metal's own colour to a pale, near-white highlight, with the contrast a polished surface has. Turned round the colour
wheel like a paint, a golden thing came out flat yellow, patchy where the thing had several colours; a metal is read
by its bright highlights and dark reflections, not by its hue."""

from __future__ import annotations

import cv2
import numpy as np

from openbanana.engines.draft.photo.arrays import U8, Mask, blend, bounding_box
from openbanana.engines.draft.photo.recolor import recolor
from openbanana.plan import RGB

# each metal's ramp, from its deepest reflection to its highlight
RAMPS: dict[str, tuple[RGB, ...]] = {
    "gold": ((74, 40, 6), (176, 112, 20), (232, 172, 46), (252, 222, 126), (255, 248, 214)),
    "golden": ((74, 40, 6), (176, 112, 20), (232, 172, 46), (252, 222, 126), (255, 248, 214)),
    "silver": ((40, 42, 46), (112, 116, 122), (176, 180, 186), (216, 220, 226), (250, 251, 253)),
    "bronze": ((46, 26, 10), (118, 72, 30), (176, 116, 56), (214, 164, 104), (246, 220, 180)),
    "copper": ((52, 20, 8), (138, 60, 30), (196, 104, 62), (232, 156, 116), (252, 222, 200)),
}
LOW, HIGH = 4.0, 97.0  # the percentiles of the thing's own lightness stretched over the whole ramp ...
FLATTEST = 80.0  # ... unless they are closer than this: a flat black silhouette takes the metal's middle, not a
# stretch of its anti-aliased rim into speckled highlights


def recolor_named(name: str, rgb: U8, mask: Mask, color: RGB, *, fill_holes: bool = False) -> U8:
    """`rgb` with the region in `mask` turned to the colour `name`: a metal by its ramp, any other colour by hue."""
    ramp = RAMPS.get(name)
    return recolor(rgb, mask, color, fill_holes=fill_holes) if ramp is None else metallic(rgb, mask, ramp)


def metallic(rgb: U8, mask: Mask, ramp: tuple[RGB, ...]) -> U8:
    """The region's lightness, stretched between its own darkest and lightest round the ramp's middle, mapped onto
    `ramp` (worked on the region's bounding box only)."""
    window = bounding_box(mask, 1 / 512)
    if window is None:
        return rgb
    x0, y0, x1, y1 = window
    gray = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY).astype(np.float32)
    inside = gray[mask[y0:y1, x0:x1] > 0.5]
    if inside.size == 0:
        return rgb
    low, high = np.percentile(inside, [LOW, HIGH])
    middle, spread = float(low + high) / 2, max(float(high - low), FLATTEST)
    t = np.clip(0.5 + (gray - middle) / spread, 0, 1)
    stops = np.asarray(ramp, np.float32)
    scaled = t * (len(stops) - 1)
    index = np.minimum(scaled.astype(np.int32), len(stops) - 2)
    f = (scaled - index)[..., None]
    out = rgb.copy()
    out[y0:y1, x0:x1] = blend(rgb[y0:y1, x0:x1], stops[index] * (1 - f) + stops[index + 1] * f, mask[y0:y1, x0:x1])
    return out
