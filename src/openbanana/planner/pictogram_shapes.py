"""How each pictogram is shaped, so boxes can fit what will be drawn: its drawn ink's width over height, and whether it
takes a skin tone, and how much wider the font's own box (its advance) is, the frame what is attached to a thing was
placed in. Read from assets/pictograms/shapes.tsv (written by scripts/build_pictogram_shapes.py)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

TONE_MODIFIERS = {"light": "\U0001F3FB", "medium_light": "\U0001F3FC", "medium": "\U0001F3FD",
                  "medium_dark": "\U0001F3FE", "dark": "\U0001F3FF"}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[float, bool, float]]:
    text = files("openbanana.assets.pictograms").joinpath("shapes.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[float, bool, float]] = {}
    for line in text.splitlines():
        glyph, aspect, tones, advance = line.split("\t")
        table[glyph.replace("\ufe0f", "")] = (float(aspect), tones == "1", float(advance))
    return table


def _key(glyph: str) -> str:
    plain = glyph.replace("\ufe0f", "")
    return "".join(c for c in plain if c not in TONE_MODIFIERS.values())


def aspect(glyph: str | None) -> float:
    """Drawn ink width over ink height (1.0 for an unknown pictogram): a car is 1.7, a standing person 0.36."""
    if not glyph:
        return 1.0
    return _table().get(_key(glyph), (1.0, False, 1.0))[0]


def advance_aspect(glyph: str | None) -> float:
    """The font's box round the pictogram, its width over the ink's height (1.0 for an unknown one): the frame the
    rules for what stands on or in a thing were measured in (a standing person 1.02, a car 1.7)."""
    if not glyph:
        return 1.0
    return _table().get(_key(glyph), (1.0, False, 1.0))[2]


def advance_share(glyph: str | None) -> float:
    """How many times its drawn width the font's box round the pictogram is: 2.9 for a standing person, 1 for a car."""
    return advance_aspect(glyph) / aspect(glyph)


def with_skin_tone(glyph: str, tone: str | None) -> str:
    """The glyph in that skin tone when the pictogram has tone variants (and none is set yet), else the glyph."""
    modifier = TONE_MODIFIERS.get(tone or "")
    if modifier is None or any(m in glyph for m in TONE_MODIFIERS.values()):
        return glyph
    if not _table().get(_key(glyph), (1.0, False, 1.0))[1]:
        return glyph
    head, rest = glyph[0], glyph[1:].removeprefix("\ufe0f")
    return head + modifier + rest
