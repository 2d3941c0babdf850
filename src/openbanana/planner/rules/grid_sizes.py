"""A grid's size said inside the phrase that lays a group out: "nine cupcakes arranged in a 3 by 3 grid", "in a
4x4 grid", "in a two-by-two grid". The layout phrase ("in a grid") was split by the size, so the group kept no
layout and the grid became a thing of three; the group's own count says how many there are, so the size is dropped
and the phrase read as the layout it names."""

from __future__ import annotations

import re

_SIDE = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
SIZED_GRID = re.compile(rf"\bin an? {_SIDE}(?:\s*(?:by|x|×)\s*|-by-){_SIDE}\s+(grid|square|matrix)\b")


def unsized_grids(lowered: str) -> str:
    """The lower-cased prose with "in a 3 by 3 grid" said as "in a grid"."""
    return SIZED_GRID.sub(r"in a \1", lowered)
