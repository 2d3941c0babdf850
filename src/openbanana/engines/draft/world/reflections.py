"""Water mirrors: the band above the horizon (mountains, skyline) reflected in a lake, and subjects standing on
water reflected below their feet, flipped, rippled and faded into the water's colour."""

from __future__ import annotations

import numpy as np
from PIL import Image

from openbanana.engines.draft.pictograms import Layer, Sprite, draw_sprite
from openbanana.engines.draft.world.fields import mix
from openbanana.plan import RGB


def _ripple(tile: np.ndarray, amplitude: float, period: float) -> np.ndarray:
    """Rows shifted sideways by a sine that grows with distance from the waterline."""
    rows, width = tile.shape[:2]
    y = np.arange(rows, dtype=np.float32)
    shift = (np.sin(y / max(1.0, period)) * amplitude * (0.3 + y / max(1, rows))).astype(np.int32)
    columns = (np.arange(width)[None, :] - shift[:, None]) % width
    return np.asarray(tile[np.arange(rows)[:, None], columns])


def mirror_band(image: Image.Image, horizon: int, depth: int, water: RGB, strength: float = 0.5) -> None:
    """What stands above the horizon, flipped into the water below it and fading toward the front. Reflections
    are soft, so the work is done at a quarter of the size and scaled back up."""
    depth = min(depth, horizon, image.height - horizon)
    if depth < 8:
        return
    factor = 4 if depth >= 64 else 1
    band = image.crop((0, horizon - depth, image.width, horizon)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    small = np.asarray(band.reduce(factor) if factor > 1 else band, dtype=np.float32)
    rows = small.shape[0]
    rippled = _ripple(small, max(1.0, small.shape[1] / 500), max(2.0, rows / 40))
    tinted = rippled * 0.75 + np.asarray(water, dtype=np.float32) * 0.25
    reflection = Image.fromarray(np.clip(tinted, 0, 255).astype(np.uint8), "RGB").resize((image.width, depth))
    fade = strength * (1 - np.linspace(0, 1, max(2, rows), dtype=np.float32)) ** 1.5
    mask = Image.fromarray((fade[:, None] * 255).astype(np.uint8).repeat(2, axis=1), "L").resize((image.width, depth))
    image.paste(reflection, (0, horizon), mask)


def reflect_sprite(canvas: Image.Image, made: Sprite, origin: tuple[int, int], water: RGB,
                   strength: float = 0.45) -> None:
    """The subject flipped below its base line, tinted by the water, rippled and fading with distance."""
    width, height = made.size
    if width < 2 or height < 2:
        return
    flipped = Sprite(tuple(Layer(layer.mask.transpose(Image.Transpose.FLIP_TOP_BOTTOM),
                                 (layer.offset[0], height - layer.offset[1] - layer.mask.height),
                                 (*mix(layer.color[:3], water, 0.45), layer.color[3])) for layer in made.layers),
                     made.size)
    tile = Image.new("RGBA", made.size, (0, 0, 0, 0))
    draw_sprite(tile, flipped, (0, 0))
    pixels = _ripple(np.asarray(tile), max(1.0, width / 60), max(2.0, height / 18)).copy()
    fade = strength * (1 - np.linspace(0, 1, height, dtype=np.float32)) ** 1.3
    pixels[..., 3] = (pixels[..., 3].astype(np.float32) * fade[:, None]).astype(np.uint8)
    reflection = Image.fromarray(pixels, "RGBA")
    canvas.paste(reflection, (origin[0], origin[1] + height), reflection)
