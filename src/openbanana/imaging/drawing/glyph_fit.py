"""How big to draw a pictogram so that its ink fills a box: measured on the layers as drawn, not on the font's
advance, which the text layout keeps (a standing person's advance is a whole em, its ink 0.36 of one)."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image

from openbanana.imaging.drawing.glyphs import REFERENCE_SIZE, _font, _table, ink_box, normalise, quantise


@lru_cache(maxsize=4096)
def drawn_box(glyph: str) -> tuple[float, float, float, float]:
    """The glyph's ink box in ems as drawn: `ink_box` spans each layer's advance across (a standing person is 1.0 em
    wide there, 0.36 drawn), so boxes fitted to it stood things side by side twice their width apart."""
    key = normalise(glyph)
    left, top, right, bottom = ink_box(glyph)
    if key is None:
        return (left, top, right, bottom)
    table, font = _table(), _font(REFERENCE_SIZE)
    spans = []
    for offset, _ in table.glyphs[key]:
        core, (x, _) = font.getmask2(chr(table.base + offset), mode="L")
        box = Image.Image()._new(core).getbbox()
        if box is not None:
            spans.append((x + box[0], x + box[2]))
    if not spans:
        return (left, top, right, bottom)
    return (min(s[0] for s in spans) / REFERENCE_SIZE, top, max(s[1] for s in spans) / REFERENCE_SIZE, bottom)


def fitted_size(glyph: str, box_w: float, box_h: float, squash: float = 1.0) -> int:
    """The font size that fits the glyph's drawn ink into the box, keeping its ratio."""
    left, top, right, bottom = drawn_box(glyph)
    return quantise(min(box_w / max(1e-6, right - left), box_h / max(1e-6, (bottom - top) * squash)))
