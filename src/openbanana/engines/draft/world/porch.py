"""A porch: the front of a house seen from its boards, so "on the front porch" is not a deck under an open sky.

The read place is a floor outdoors; by itself that paints boards to a far horizon under the sky, which reads as
a pier. A porch closes the view with the house: clapboard siding down to the boards, a window with the sky in it,
the front door, a white post at each side under the eave's beam, in the outdoor light of the time of day.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from openbanana.engines.draft.world.fields import mix, scale
from openbanana.engines.draft.world.light import Light
from openbanana.engines.draft.world.rooms import PixelBox, paint_window
from openbanana.geometry import overlaps
from openbanana.plan import RGB

PORCHES = frozenset({"porch", "front porch", "back porch", "porch steps", "stoop"})
SIDING: tuple[RGB, ...] = ((236, 226, 206), (206, 222, 232), (228, 216, 190), (214, 226, 210))
DOORS: tuple[RGB, ...] = ((150, 48, 44), (44, 92, 70), (52, 74, 120), (120, 84, 56))
TRIM: RGB = (250, 248, 242)


def paint_porch(image: Image.Image, light: Light, row: int, sun: tuple[float, float] | None,
                avoid: list[PixelBox], rng: random.Random) -> PixelBox:
    """The house front above the floor line `row`; returns the window's box (kept clear of the text)."""
    width = image.width
    draw = ImageDraw.Draw(image)
    wall = scale(SIDING[rng.randrange(len(SIDING))], light.ambient)
    draw.rectangle((0, 0, width, row), fill=wall)
    step = max(4, round(row / 13))
    seam = mix(wall, (0, 0, 0), 0.14)
    for y in range(step, row, step):  # clapboards: a shadow line under each board
        draw.line((0, y, width, y), fill=seam, width=max(1, step // 7))
    door_left = rng.random() < 0.5
    dw, dh = width * 0.15, row * 0.72
    dx = width * (0.14 if door_left else 0.71)
    door = (dx, row - dh, dx + dw, row)
    frame = scale(TRIM, light.ambient)
    pad = max(2, round(dw * 0.08))
    draw.rectangle((door[0] - pad, door[1] - pad, door[2] + pad, door[3]), fill=frame)
    draw.rectangle(door, fill=scale(DOORS[rng.randrange(len(DOORS))], light.ambient))
    knob = max(2, round(dw * 0.05))
    kx, ky = door[2] - dw * 0.16, door[1] + dh * 0.55
    draw.ellipse((kx - knob, ky - knob, kx + knob, ky + knob), fill=scale((214, 180, 90), light.ambient))
    ww, wh = width * 0.2, row * 0.38
    wx = width * (0.6 if door_left else 0.2)
    window = (wx, row * 0.26, wx + ww, row * 0.26 + wh)
    if not any(overlaps(window, b) for b in avoid):
        paint_window(image, light, window, sun, rng)
    beam = max(4, round(row * 0.07))
    draw.rectangle((0, 0, width, beam), fill=frame)
    draw.line((0, beam, width, beam), fill=mix(frame, (0, 0, 0), 0.3), width=max(1, beam // 5))
    post = max(4, round(width * 0.025))
    for x in (width * 0.02, width * 0.98 - post):
        draw.rectangle((x, 0, x + post, row), fill=frame)
        draw.line((x + post, beam, x + post, row), fill=mix(frame, (0, 0, 0), 0.22), width=max(1, post // 5))
    return window
