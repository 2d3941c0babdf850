"""How each pictogram is shaped, so boxes can fit what will be drawn: its ink's width over height, and whether it
takes a skin tone. Read from assets/pictograms/shapes.tsv (written by scripts/build_pictogram_shapes.py)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

TONE_MODIFIERS = {"light": "\U0001F3FB", "medium_light": "\U0001F3FC", "medium": "\U0001F3FD",
                  "medium_dark": "\U0001F3FE", "dark": "\U0001F3FF"}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[float, bool]]:
    text = files("openbanana.assets.pictograms").joinpath("shapes.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[float, bool]] = {}
    for line in text.splitlines():
        glyph, aspect, tones = line.split("\t")
        table[glyph.replace("\ufe0f", "")] = (float(aspect), tones == "1")
    return table


def _key(glyph: str) -> str:
    plain = glyph.replace("\ufe0f", "")
    return "".join(c for c in plain if c not in TONE_MODIFIERS.values())


def aspect(glyph: str | None) -> float:
    """Ink width over ink height (1.0 for an unknown pictogram): a car is 1.7, a standing person about 1."""
    if not glyph:
        return 1.0
    return _table().get(_key(glyph), (1.0, False))[0]


def with_skin_tone(glyph: str, tone: str | None) -> str:
    """The glyph in that skin tone when the pictogram has tone variants (and none is set yet), else the glyph."""
    modifier = TONE_MODIFIERS.get(tone or "")
    if modifier is None or any(m in glyph for m in TONE_MODIFIERS.values()):
        return glyph
    if not _table().get(_key(glyph), (1.0, False))[1]:
        return glyph
    head, rest = glyph[0], glyph[1:].removeprefix("\ufe0f")
    return head + modifier + rest
