"""The fonts that ship inside the package, loaded once per size."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from PIL import ImageFont

from openbanana.plan import FontName

_FILES: dict[FontName, str] = {
    "sans": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
    "serif-bold": "NotoSerif-Bold.ttf",
}
EMOJI_FILE = "NotoColorEmoji.ttf"
EMOJI_STRIKE = 109  # the colour font is a bitmap strike: this is the only size FreeType accepts


def font_path(name: str) -> str:
    return str(files("openbanana.assets.fonts").joinpath(name))


@lru_cache(maxsize=256)
def text_font(name: FontName, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(_FILES[name]), size)


@lru_cache(maxsize=1)
def emoji_font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(EMOJI_FILE), EMOJI_STRIKE)
