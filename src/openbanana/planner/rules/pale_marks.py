"""A pale pictogram on a pale page is drawn a shade darker: "a water cycle diagram with a sun and a cloud" set the
white cloud on the diagram's pale-blue page, where it left no mark (the sun beside it read, the cloud did not). On
a sky or any scene the pictogram keeps its own colours; a colour the prompt names is never changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import RGB, Background, Subject

PALE_GLYPHS = frozenset({"☁", "🌫", "❄"})  # near white all over: they show only against something darker
LIGHT_PAGE = 190.0  # a page whose every colour is at least this light (0-255 luminance) hides them
SHADE: RGB = (112, 128, 156)  # a slate cloud grey, dark enough to read on paper and pale blue alike


def marked_on_page(subjects: Sequence[Subject], background: Background) -> tuple[Subject, ...]:
    """The subjects, each pale pictogram with no colour of its own tinted SHADE when the page is light."""
    if background.scene != "none" or not background.colors or min(map(_light, background.colors)) < LIGHT_PAGE:
        return tuple(subjects)
    return tuple(replace(s, tint=SHADE) if s.tint is None and (s.glyph or "").replace("\ufe0f", "") in PALE_GLYPHS
                 else s for s in subjects)


def _light(color: RGB) -> float:
    red, green, blue = color
    return 0.299 * red + 0.587 * green + 0.114 * blue
