"""Specks kept off the words: a star, a snowflake or a rain streak drawn in or right beside a string is read as part
of it (a star beside a price read as "+", a streak through an "s" as "$"), so none is drawn over a text block or
the margin round it. The margin is half the block's height on every side: a reader (and OCR, standing in for one)
looks that far past a line's ink."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.plan import Box

PixelBox = tuple[float, float, float, float]


def word_margins(avoid: Sequence[Box], size: tuple[int, int]) -> list[PixelBox]:
    """The text blocks `avoid` (canvas fractions) in pixels of `size`, each grown by half its height."""
    width, height = size
    out = []
    for left, top, right, bottom in avoid:
        pad = (bottom - top) * height / 2
        out.append((left * width - pad, top * height - pad, right * width + pad, bottom * height + pad))
    return out


def clear_of(margins: Sequence[PixelBox], x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether the speck spanning (x0, y0)-(x1, y1), in either order, touches no margin."""
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    return not any(left <= mx1 and mx0 <= right and top <= my1 and my0 <= bottom for mx0, my0, mx1, my1 in margins)
