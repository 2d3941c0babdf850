"""The fonts that ship inside the package, and per-run font fallback (Pillow has none).

A run is a stretch of text that one font can draw. `split_runs` walks the text, keeps emoji sequences whole (ZWJ,
variation selectors, skin tones, keycaps, flags, tags), and for each character picks the first font in a chain whose
cmap (read once with fontTools) has it: the block's own face, then Noto Sans, Arabic, Hebrew, Devanagari, Thai, the
CJK subset, the pictogram font and last every other bundled face (Inter has ✓, ✗, ∆ and ⌘, which no Noto face here
has), so a symbol is drawn as itself whenever any bundled font has it. A character none has is left out rather than
drawn as a blank box, and `unset_characters` names it for the answer. Text is shaped with libraqm, so kerning and
ligatures come from the font's GPOS and GSUB tables, and Arabic joins.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from fontTools.ttLib import TTFont
from PIL import ImageFont, features

from openbanana.plan import FontName

FONT_FILES: dict[FontName, str] = {
    "sans": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
    "serif-bold": "NotoSerif-Bold.ttf",
    "display": "InterDisplay-ExtraBold.otf",
    "sans-medium": "Inter-Medium.otf",
    "geometric": "LeagueSpartan-Bold.otf",
    "condensed": "BebasNeue-Regular.otf",
    "rounded": "Comfortaa-Bold.ttf",
    "serif-display": "NotoSerifDisplay-Bold.ttf",
    "serif-italic": "NotoSerifDisplay-Italic.ttf",
    "sans-light": "Inter-Light.otf",
    "serif": "NotoSerif-Regular.ttf",
    "script": "DancingScript-Bold.otf",
    "mono": "JetBrainsMono-Regular.ttf",
    "comic": "ComicNeue-Bold.otf",
    "narrow": "RobotoCondensed-Bold.ttf",
}
PICTOGRAM_FONT = "pictograms/Pictograms-COLR.ttf"
CJK_FONT = "fonts/NotoSansCJKsc-Bold-subset.otf"
# Tried in order after the block's own face; each entry is a path under openbanana/assets.
FALLBACK_CHAIN: tuple[str, ...] = (
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoSansArabic-Bold.ttf",
    "fonts/NotoSansHebrew-Bold.ttf",
    "fonts/NotoSansDevanagari-Bold.ttf",
    "fonts/NotoSansThai-Bold.ttf",
    CJK_FONT,
    PICTOGRAM_FONT,
)
LAST_RESORT: tuple[FontName, ...] = tuple(FONT_FILES)  # tried after the chain: symbols only these faces have
# Code points that belong to the emoji before them: ZWJ, variation selectors, keycap, skin tones, tag characters.
_JOINERS = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)})
_REGIONAL = range(0x1F1E6, 0x1F200)
LAYOUT = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


def text_shaping_warning() -> str | None:
    """What Pillow's text layout lacks on this machine, as one line to log at start; None when nothing. Pillow's
    wheels bundle libraqm but load libfribidi from the system, and without it fall back to basic layout, silently:
    Arabic and Hebrew would come out unjoined and left to right with nothing else saying so."""
    if features.check("raqm"):
        return None
    return ("text shaping is basic: Pillow's libraqm layout is unavailable (its wheel needs the system's FriBiDi "
            "library: apt-get install libfribidi0, or its equivalent), so Arabic and Hebrew are drawn unjoined and "
            "left to right, without kerning or ligatures")


# OpenType features turned on per face: Inter's serifed capital I (cv08) and tailed l (cv05), so "AI" never reads
# as "Al" (to people or to OCR).
FEATURES: dict[str, list[str]] = {"InterDisplay-ExtraBold.otf": ["cv08", "cv05"], "Inter-Medium.otf": ["cv08", "cv05"],
                                  "Inter-Light.otf": ["cv08", "cv05"]}


def font_features(path: str) -> list[str] | None:
    if LAYOUT != ImageFont.Layout.RAQM:
        return None
    return FEATURES.get(path.rsplit("/", 1)[-1])


def asset_path(relative: str) -> str:
    return str(files("openbanana.assets").joinpath(relative))


def face_path(name: FontName) -> str:
    return asset_path(f"fonts/{FONT_FILES[name]}")


@lru_cache(maxsize=512)
def load_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, layout_engine=LAYOUT)


def text_font(name: FontName, size: int) -> ImageFont.FreeTypeFont:
    return load_font(face_path(name), size)


@lru_cache(maxsize=32)
def coverage(path: str) -> frozenset[int]:
    """The code points a font maps, from its cmap (the CJK subset takes ~0.3 s once; the others a few ms)."""
    with TTFont(path, lazy=True) as font:
        return frozenset(font["cmap"].getBestCmap())


def is_pictogram_path(path: str) -> bool:
    return path.endswith(PICTOGRAM_FONT.rsplit("/", 1)[-1])


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font file."""

    text: str
    path: str

    @property
    def is_emoji(self) -> bool:
        return is_pictogram_path(self.path)


def _clusters(text: str) -> list[str]:
    """Characters, with emoji sequences (and combining marks) kept as one cluster."""
    clusters: list[str] = []
    for char in text:
        code = ord(char)
        joins = bool(clusters) and (code in _JOINERS or clusters[-1].endswith("\u200d") or _is_mark(char))
        pairs = bool(clusters) and code in _REGIONAL and len(clusters[-1]) == 1 and ord(clusters[-1]) in _REGIONAL
        if joins or pairs:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me") and not 0xFE00 <= ord(char) <= 0xFE0F


def _font_for(cluster: str, chain: tuple[str, ...], previous: str | None) -> str | None:
    """The first font of the chain that has the cluster (None when none has it)."""
    code = ord(cluster[0])
    emoji_like = len(cluster) > 1 and any(ord(c) in _JOINERS for c in cluster[1:])
    if previous is not None and is_pictogram_path(previous) and code < 0x80 and not cluster.isalnum():
        return chain[0]  # a space or punctuation after an emoji goes back to the text face
    if cluster.isspace() or (code < 0x80 and not cluster.isalnum() and previous is not None
                             and code in coverage(previous)):
        return previous or chain[0]  # spaces and ASCII punctuation stay in the current run
    for path in chain:
        if emoji_like and not is_pictogram_path(path):
            continue
        if code in coverage(path):
            return path
    return None


def _chain(face: FontName) -> tuple[str, ...]:
    """The fonts tried for a character, in order: the face, the fallback chain, then every other bundled face."""
    own = face_path(face)
    return tuple(dict.fromkeys((own, *(asset_path(p) for p in FALLBACK_CHAIN), *(face_path(f) for f in LAST_RESORT))))


def unset_characters(text: str, face: FontName) -> tuple[str, ...]:
    """The visible characters of `text` that no bundled font has (left out when the text is drawn), each once."""
    chain = _chain(face)
    lacking = (c for c in _clusters(text) if not c.isspace() and _font_for(c, chain, None) is None)
    return tuple(dict.fromkeys(c for c in lacking if unicodedata.category(c[0]) not in ("Cf", "Cc")))


def settable(text: str, face: FontName) -> str:
    """`text` without the characters no bundled font has, so a word of only such characters leaves no gap."""
    lacking = set(unset_characters(text, face))
    return "".join(c for c in _clusters(text) if c not in lacking) if lacking else text


# Characters a face borrows from another: Dancing Script's ampersand is a looped flourish that reads as an "E" with a
# tail ("Maya E Tom"), so script names are joined with the classical italic ampersand, as invitations set them.
BORROWED: dict[FontName, dict[str, FontName]] = {"script": {"&": "serif-italic"}}
# A degree sign after a number ("14°", "-3° tonight") is borrowed from League Spartan, whose ring is small and sits
# at the cap height: the other faces draw a ring as big as a small o, which reads as the ordinal indicator "º"
# (U+00BA; 1 of 18 such strings read as written in Inter and Noto Sans, 13 of 18 with the borrowed ring). Before a
# letter ("24°C") a face keeps its own sign, which spacing.py sets a hair apart from the letter.
SMALL_DEGREE: FontName = "geometric"
OWN_DEGREE: frozenset[FontName] = frozenset({"geometric", "condensed"})  # faces whose own ring is already small


def _degree_face(face: FontName, cluster: str, after: list[str]) -> FontName | None:
    """The face a degree sign not before a letter is borrowed from, where the block's own ring is big; else None."""
    if cluster != "°" or face in OWN_DEGREE or (after and after[0].isalpha()):
        return None
    return SMALL_DEGREE


def split_runs(text: str, face: FontName) -> list[Run]:
    """The text as runs, each with the first font in the fallback chain that has its characters (or the face its
    own face borrows that character from, and a small degree ring); a character no font has is left out."""
    chain = _chain(face)
    borrowed = BORROWED.get(face, {})
    runs: list[Run] = []
    previous: str | None = None
    clusters = _clusters(text)
    for index, cluster in enumerate(clusters):
        source = borrowed.get(cluster) or _degree_face(face, cluster, clusters[index + 1:index + 2])
        path = face_path(source) if source else _font_for(cluster, chain, previous)
        if path is None:
            continue  # no bundled font has it: left out (and said so), not drawn as a blank box
        if runs and runs[-1].path == path and not is_pictogram_path(path):
            runs[-1] = Run(runs[-1].text + cluster, path)
        else:
            runs.append(Run(cluster, path))
        previous = path
    return runs
