"""Pictograms: colour emoji glyphs cut out of the bundled font and placed in their plan boxes."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

from openbanana.engines.draft.fonts import EMOJI_STRIKE, emoji_font
from openbanana.plan import Subject


@lru_cache(maxsize=512)
def glyph_image(glyph: str) -> Image.Image | None:
    """The glyph as a tight RGBA bitmap at the font's native strike, or None when the font lacks it."""
    size = EMOJI_STRIKE * 2
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((size // 4, size // 4), glyph, font=emoji_font(), embedded_color=True)
    bbox = layer.getchannel("A").getbbox()
    return layer.crop(bbox) if bbox else None


def place_subject(canvas: Image.Image, subject: Subject) -> None:
    """Scale the glyph into its box (keeping its ratio), with a soft contact shadow so it sits in the scene."""
    if subject.glyph is None or (glyph := glyph_image(subject.glyph)) is None:
        return
    width, height = canvas.size
    left, top, right, bottom = subject.box
    box_w, box_h = (right - left) * width, (bottom - top) * height
    scale = min(box_w / glyph.width, box_h / glyph.height)
    size = (max(1, round(glyph.width * scale)), max(1, round(glyph.height * scale)))
    x = round(left * width + (box_w - size[0]) / 2)
    y = round(top * height + (box_h - size[1]) / 2)
    _contact_shadow(canvas, x, y + size[1], size[0])
    sprite = glyph.resize(size, Image.Resampling.LANCZOS)
    canvas.paste(sprite, (x, y), sprite)


def _contact_shadow(canvas: Image.Image, x: int, baseline: int, width: int) -> None:
    pad = max(4, width // 6)
    shadow_h = max(4, width // 8)
    box = (x - pad, baseline - shadow_h, x + width + pad, baseline + shadow_h)
    layer = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
    ImageDraw.Draw(layer).ellipse((pad, shadow_h // 2, pad + width, shadow_h * 3 // 2), fill=90)
    layer = layer.filter(ImageFilter.GaussianBlur(max(2, shadow_h // 3)))
    canvas.paste((0, 0, 0), box[:2], layer)
