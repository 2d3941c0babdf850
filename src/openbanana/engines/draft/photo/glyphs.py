"""Pictograms as RGBA images, so that a photo edit can turn, scale and anchor them precisely."""

from __future__ import annotations

import numpy as np
from PIL import Image

from openbanana.imaging.drawing.glyphs import draw_sprite, has_pictogram, ink_box, quantise, sprite

# Pictograms that show several of a thing at once (a bouquet, a bunch of grapes, a pair of cherries): drawn for
# "flowers" they are never said as "one flower".
SEVERAL = frozenset("💐🍇🍒")


def glyph_image(glyph: str, width: float) -> Image.Image | None:
    """The pictogram's ink, `width` pixels wide, on a transparent ground; None when there is no such pictogram."""
    if not has_pictogram(glyph) or width < 2:
        return None
    left, _, right, _ = ink_box(glyph)
    made = sprite(glyph, quantise(width / max(1e-6, right - left)))
    if made is None:
        return None
    image = Image.new("RGBA", made.size, (0, 0, 0, 0))
    draw_sprite(image, made, (0, 0))
    pixels = np.asarray(image, dtype=np.float32)
    alpha = pixels[..., 3:4]
    # Pasting colours through masks onto a clear ground darkens the antialiased rim: undo that premultiplication.
    pixels[..., :3] = np.where(alpha > 0, pixels[..., :3] * 255 / np.maximum(alpha, 1), 0)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGBA")


def paste_rotated(canvas: Image.Image, layer: Image.Image, centre: tuple[float, float], angle: float) -> None:
    """Paste an RGBA layer onto the canvas, centred at `centre`, turned clockwise by `angle` degrees."""
    turned = layer.rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = round(centre[0] - turned.width / 2), round(centre[1] - turned.height / 2)
    canvas.paste(turned, (x, y), turned)
