"""How busy the picture is right under a line of type: the share of sharp steps in it, read before the text is set.

A plain ground's luminance spread (typography's `Ground.busy`) misses what breaks reading most: a window frame, a
picture edge or plank seams running through the words. Those are edges, not spread: a light wall with one window
edge has little spread but many steps where the letters stand. The count is made at about EDGE_PX_PER_EM pixels to
the em (fine grain and antialiasing fall below a step there, whatever the picture's size), so it means the same on
a 1K draft and a 4K render.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

EDGE_PX_PER_EM = 24  # the scale the steps are counted at
EDGE_STEP = 0.05  # a luminance step (0..1) between neighbours at that scale that reads as an edge
BUSY_EDGES = 0.075  # a share of edge pixels above this asks for a calm backing behind the line


def edge_density(canvas: Image.Image, box: tuple[int, int, int, int], size: int) -> float:
    """The share of pixels under `box` where the ground steps by more than EDGE_STEP to a neighbour, read at
    EDGE_PX_PER_EM pixels to the em of type `size` pixels tall."""
    x0, y0, x1, y1 = box
    region = canvas.crop((max(0, x0), max(0, y0), min(canvas.width, x1), min(canvas.height, y1))).convert("L")
    factor = max(1, round(size / EDGE_PX_PER_EM))
    small = region.reduce(factor) if factor > 1 else region
    luma = np.asarray(small, dtype=np.float32) / 255
    if luma.shape[0] < 2 or luma.shape[1] < 2:
        return 0.0
    across = np.abs(np.diff(luma, axis=1))[:-1, :]
    down = np.abs(np.diff(luma, axis=0))[:, :-1]
    return float((np.maximum(across, down) > EDGE_STEP).mean())


def busy_under(canvas: Image.Image, box: tuple[int, int, int, int], size: int) -> bool:
    """Whether the ground under a line has so many edges that the line needs a backing to read."""
    return edge_density(canvas, box, size) > BUSY_EDGES
