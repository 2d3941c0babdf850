"""Noun → pictogram: an index over the emoji in the bundled colour font, keyed by their Unicode names."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib.resources import files

from fontTools.ttLib import TTFont

EMOJI_FONT = "NotoColorEmoji.ttf"

# Everyday words whose emoji has another name, or that should pick a particular one of several.
SYNONYMS: dict[str, str] = {
    "dish": "🍽", "plate": "🍽", "meal": "🍽", "food": "🍲", "restaurant": "🍽", "dinner": "🍽", "lunch": "🍱",
    "car": "🚗", "auto": "🚗", "kitten": "🐈", "cat": "🐈", "puppy": "🐕", "dog": "🐕", "horse": "🐎",
    "sun": "☀", "sunny": "☀", "moon": "🌙", "star": "⭐", "stars": "✨", "gemini": "♊", "sparkle": "✨",
    "coffee": "☕", "tea": "🍵", "cake": "🍰", "birthday": "🎂", "party": "🎉", "music": "🎵", "song": "🎵",
    "house": "🏠", "home": "🏠", "city": "🏙", "skyline": "🏙", "mountain": "⛰", "mountains": "🏔", "beach": "🏖",
    "sea": "🌊", "ocean": "🌊", "wave": "🌊", "waves": "🌊", "tree": "🌳", "forest": "🌲", "flower": "🌸",
    "flowers": "💐", "rose": "🌹", "heart": "❤", "love": "❤", "fire": "🔥", "rocket": "🚀", "robot": "🤖",
    "computer": "💻", "laptop": "💻", "phone": "📱", "book": "📖", "books": "📚", "camera": "📷", "plane": "✈",
    "airplane": "✈", "bike": "🚲", "bicycle": "🚲", "train": "🚆", "boat": "⛵", "ship": "🚢", "bird": "🐦",
    "fish": "🐟", "money": "💰", "gift": "🎁", "present": "🎁", "trophy": "🏆", "snow": "❄", "snowman": "⛄",
    "rain": "🌧", "storm": "⛈", "cloud": "☁", "clouds": "☁", "rainbow": "🌈", "lightning": "⚡", "idea": "💡",
    "wizard": "🧙", "dragon": "🐉", "unicorn": "🦄", "castle": "🏰", "ghost": "👻", "pumpkin": "🎃",
    "christmas": "🎄", "sale": "🏷", "shopping": "🛍", "pizza": "🍕", "burger": "🍔", "sushi": "🍣",
    "wine": "🍷", "beer": "🍺", "cocktail": "🍸", "chef": "🧑‍🍳", "astronaut": "🧑‍🚀", "scientist": "🧑‍🔬",
    "person": "🧑", "man": "👨", "woman": "👩", "child": "🧒", "baby": "👶", "family": "👪", "team": "👥",
    "earth": "🌍", "world": "🌍", "globe": "🌍", "planet": "🪐", "space": "🌌", "galaxy": "🌌", "lion": "🦁",
    "tiger": "🐅", "bear": "🐻", "panda": "🐼", "fox": "🦊", "owl": "🦉", "penguin": "🐧", "whale": "🐋",
    "dolphin": "🐬", "butterfly": "🦋", "bee": "🐝", "garden": "🌷", "leaf": "🍃", "autumn": "🍂", "fall": "🍂",
    "coffee shop": "☕", "cafe": "☕", "bakery": "🥐", "bread": "🍞", "ice cream": "🍨", "icecream": "🍨",
    "guitar": "🎸", "piano": "🎹", "game": "🎮", "football": "⚽", "soccer": "⚽", "basketball": "🏀",
}

_SKIP_NAME_WORDS = {"REGIONAL", "MODIFIER", "COMBINING", "ZERO", "VARIATION", "TAG", "KEYCAP", "SIGN", "MARK",
                    "SYMBOL", "BUTTON", "SQUARED", "CIRCLED", "NEGATIVE", "ENCLOSED"}


@lru_cache(maxsize=1)
def emoji_index() -> dict[str, str]:
    """word → emoji, from the bundled font's cmap and each code point's Unicode name."""
    font_path = files("openbanana.assets.fonts").joinpath(EMOJI_FONT)
    with TTFont(str(font_path), lazy=True) as font:
        cmap = dict(font["cmap"].getBestCmap())
    exact: dict[str, str] = {}
    by_last_word: dict[str, str] = {}
    for code_point in sorted(cmap):
        if code_point < 0x2100:
            continue
        glyph = chr(code_point)
        name = unicodedata.name(glyph, "")
        words = name.split()
        if not words or _SKIP_NAME_WORDS & set(words):
            continue
        exact.setdefault(name.lower(), glyph)
        by_last_word.setdefault(words[-1].lower(), glyph)
    index = {**by_last_word, **exact}
    index.update(SYNONYMS)
    return index


def singular(word: str) -> str:
    """A crude English singular: good enough for 'bananas', 'cherries', 'boxes', 'glasses'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def pictogram_for(word: str) -> str | None:
    index = emoji_index()
    lowered = word.lower()
    return index.get(lowered) or index.get(singular(lowered))
