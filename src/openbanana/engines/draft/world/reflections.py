"""Water mirrors: the band above the horizon (mountains, skyline) reflected in a lake, and subjects standing on
water reflected below their feet, flipped, rippled and faded into the water's colour."""

from __future__ import annotations

import numpy as np
from PIL import Image

from openbanana.engines.draft.pictograms import transformed
from openbanana.engines.draft.world.fields import mix
from openbanana.imaging.drawing.glyphs import RGBA, Sprite, draw_sprite
from openbanana.plan import RGB


def _ripple(tile: np.ndarray, amplitude: float, period: float) -> np.ndarray:
    """Rows shifted sideways by a sine that grows with distance from the waterline."""
    rows, width = tile.shape[:2]
    y = np.arange(rows, dtype=np.float32)
    shift = (np.sin(y / max(1.0, period)) * amplitude * (0.3 + y / max(1, rows))).astype(np.int32)
    columns = (np.arange(width)[None, :] - shift[:, None]) % width
    return np.asarray(tile[np.arange(rows)[:, None], columns])


def mirror_into(field: np.ndarray, image: Image.Image, horizon: int, reach: float, water: RGB,
                strength: float = 0.55) -> None:
    """What stands above the horizon row of `image`, flipped into the top `reach` (a fraction) of a ground field
    (at its own small size), rippled, tinted by the water and fading toward the front."""
    rows, columns = field.shape[:2]
    depth = max(2, round(rows * reach))
    band_h = min(horizon, round((image.height - horizon) * reach))
    if band_h < 4:
        return
    band = image.crop((0, horizon - band_h, image.width, horizon)).resize((columns, depth), Image.Resampling.BOX)
    mirrored = np.asarray(band.transpose(Image.Transpose.FLIP_TOP_BOTTOM), dtype=np.float32)
    rippled = _ripple(mirrored, max(1.0, columns / 300), max(1.5, depth / 30))
    tinted = rippled * 0.75 + np.asarray(water, dtype=np.float32) * 0.25
    fade = (strength * (1 - np.linspace(0, 1, depth, dtype=np.float32)) ** 1.5)[:, None, None]
    field[:depth] += (tinted - field[:depth]) * fade


def reflect_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int], water: RGB,
                   strength: float = 0.6) -> None:
    """The subject flipped below its base line, tinted by the water, rippled and fading with distance."""
    width, height = made.size
    if width < 2 or height < 2:
        return

    def tint(color: RGBA) -> RGBA:
        return (*mix(color[:3], water, 0.35), color[3])

    tile = Image.new("RGBA", made.size, (0, 0, 0, 0))
    draw_sprite(tile, transformed(made, Image.Transpose.FLIP_TOP_BOTTOM, tint), (0, 0))
    pixels = _ripple(np.asarray(tile), max(1.0, width / 60), max(2.0, height / 18)).copy()
    fade = strength * (1 - np.linspace(0, 1, height, dtype=np.float32)) ** 1.3
    pixels[..., 3] = (pixels[..., 3].astype(np.float32) * fade[:, None]).astype(np.uint8)
    reflection = Image.fromarray(pixels, "RGBA")
    canvas.paste(reflection, (origin[0], origin[1] + height), reflection)
