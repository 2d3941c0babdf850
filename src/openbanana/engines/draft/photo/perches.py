"""Where a small added thing sits on a part of a thing's top ("a bird on the horse's back", "a cat on the car's
roof", "a hat on the dog's head"): standing on the outline's upper edge there, at a size that fits the thing.

Why: the part was looked for as a thing of its own, not found, and the bird was put at the bottom right instead
(said as not done). The back, top, seat or roof of a thing seen from the side is its outline's upper edge near the
middle; the head, where the outline stands highest. A bird sitting there has its feet on that edge.
"""

from __future__ import annotations

import re

import numpy as np

from openbanana.engines.draft.photo.arrays import Mask, shrink

Box = tuple[float, float, float, float]

MIDDLE_PARTS = frozenset({"back", "top", "seat", "saddle", "roof", "lid", "shoulders"})
HIGH_PARTS = frozenset({"head"})
SHARE = 0.28  # the most of the thing's height the sitter may be, as a small bird on a horse's back
_OWNED = re.compile(r"^(.+?)(?:'s|s')\s+([a-z]+)$")
_LONG_SIDE = 384


def perch_part(target: str) -> str | None:
    """The part named in "the horse's back" (one a thing can be sat on), else None."""
    owned = _OWNED.match(target.strip().lower())
    part = owned.group(2) if owned else None
    return part if part in MIDDLE_PARTS | HIGH_PARTS else None


def perched(target: str, mask: Mask, size: tuple[float, float]) -> Box | None:
    """The box (fractions of the photo) of a thing `size` big sitting on the part of the masked thing that
    `target` names, its foot on the outline's upper edge; None when no such part is named or the mask is empty."""
    part = perch_part(target)
    small = shrink(mask, _LONG_SIDE) > 0.5
    if part is None or not small.any():
        return None
    height, width = small.shape
    columns = np.flatnonzero(small.any(axis=0))
    rows = np.flatnonzero(small.any(axis=1))
    tops = np.argmax(small, axis=0).astype(np.float32)  # the first row of the mask in each column
    left, right = int(columns[0]), int(columns[-1])
    if part in HIGH_PARTS:
        x = int(columns[np.argmin(tops[columns])])
    else:  # the middle of its length: the lowest point of the upper edge there (a horse's back, a saddle)
        middle = np.arange(left + (right - left) * 2 // 5, left + (right - left) * 3 // 5 + 1)
        middle = middle[small[:, middle].any(axis=0)]
        if middle.size == 0:
            return None
        x = int(middle[np.argmax(tops[middle])])
    foot = float(tops[x]) / height
    tall = (rows[-1] - rows[0] + 1) / height
    scale = min(1.0, SHARE * tall / max(size[1], 1e-6))
    w, h = size[0] * scale, size[1] * scale
    centre_x = (x + 0.5) / width
    bottom = foot + h * 0.08  # its feet a little into the edge it stands on, not floating above it
    return centre_x - w / 2, bottom - h, centre_x + w / 2, bottom
