"""A rim for a thing the colours behind it would swallow: a dark plug on a storm sky, a green acacia on green grass.

Such a thing is drawn, but hardly shows: few of its pixels differ from what lies behind it, so it reads as a smudge
of the background. A thin rim of the opposite tone, drawn under it, gives it an edge, as an illustrator's line
would; a thing that stands out already is left as it is.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from openbanana.imaging.drawing.glyphs import Sprite, draw_sprite, union_mask

LOST = 0.3  # a thing is lost when fewer than this share of its pixels differ plainly from what is behind them
PLAIN = 28  # how far (in any channel, 0..255) a pixel must differ from the one behind it to differ plainly
LIGHT_RIM, DARK_RIM = (236, 236, 228), (36, 36, 44)


def lost_share(canvas: Image.Image, made: Sprite, at: tuple[int, int]) -> float | None:
    """The share of the sprite's pixels (those inside the canvas) that differ plainly from the canvas behind
    them; None when none of it is on the canvas."""
    x, y = at
    left, top = max(0, x), max(0, y)
    right, bottom = min(canvas.width, x + made.size[0]), min(canvas.height, y + made.size[1])
    if right <= left or bottom <= top:
        return None
    tile = Image.new("RGBA", made.size, (0, 0, 0, 0))
    draw_sprite(tile, made, (0, 0))
    window = (left - x, top - y, right - x, bottom - y)
    sprite = np.asarray(tile.crop(window), dtype=np.int16)
    behind = np.asarray(canvas.crop((left, top, right, bottom)).convert("RGB"), dtype=np.int16)
    inside = sprite[..., 3] > 128
    if not inside.any():
        return None
    differs = np.abs(sprite[..., :3] - behind).max(axis=2) > PLAIN
    return float(differs[inside].mean())


def rim_if_lost(canvas: Image.Image, made: Sprite, at: tuple[int, int]) -> None:
    """Draw a rim under the sprite, light on a dark background and dark on a light one, when it would be lost."""
    share = lost_share(canvas, made, at)
    if share is None or share >= LOST:
        return
    x, y = at
    crop = canvas.crop((max(0, x), max(0, y), min(canvas.width, x + made.size[0]),
                        min(canvas.height, y + made.size[1]))).convert("L")
    tone = LIGHT_RIM if float(np.asarray(crop).mean()) < 110 else DARK_RIM
    weight = max(2, round(max(made.size) / 45))
    pad = weight + 1
    mask = Image.new("L", (made.size[0] + 2 * pad, made.size[1] + 2 * pad), 0)
    mask.paste(union_mask(made), (pad, pad))
    canvas.paste(tone, (x - pad, y - pad), mask.filter(ImageFilter.MaxFilter(2 * weight + 1)))
