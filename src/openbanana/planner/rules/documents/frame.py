"""What every layout template takes and gives: the page it lays out on, and the text blocks, shapes and free areas
it leaves for the scene composer; with the type choices and size estimates they share."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from openbanana.imaging.drawing.typography import luminance
from openbanana.plan import RGB, Align, Box, FontName, Shape, TextBlock
from openbanana.planner.rules.layout import AMBIGUOUS_I
from openbanana.scene import DocumentKind, TextSpec

INK: RGB = (24, 24, 30)
PAPER: RGB = (250, 248, 242)
WHITE: RGB = (255, 255, 255)
# The smallest size text may shrink to, as a fraction of the canvas height: below it, the engine leaves the string
# out and says so (14 px at 1K, 8 px in a 576-px preview).
MIN_TEXT = 0.014


@dataclass(frozen=True)
class Page:
    """What a template lays out: the strings, the canvas's shape, the faces the mood chose, and the colours."""

    texts: tuple[TextSpec, ...]
    kind: DocumentKind
    ratio: float  # width / height
    prose: str  # the prompt, lower-cased: genre, panel counts, chalkboard or paper, a button's colour
    subjects: tuple[str, ...]  # what the composer has pictures of, by noun, in prompt order
    rng: random.Random
    head_face: FontName = "display"
    body_face: FontName = "sans-medium"
    accent: RGB = (37, 99, 235)  # buttons, numbered circles, rules: the palette's strongest colour
    dark: bool = False  # whether the background is dark (light text, light panels' outlines)

    @property
    def has_subjects(self) -> bool:
        return bool(self.subjects)

    @property
    def mx(self) -> float:
        """The side margin as a fraction of the width (the same length as the top margin on a landscape page)."""
        return 0.05 / self.ratio if self.ratio > 1 else 0.05

    @property
    def my(self) -> float:
        return 0.05 if self.ratio > 1 else 0.05 * self.ratio


@dataclass(frozen=True)
class Slot:
    """A free area for pictograms: a step's icon, a panel's characters, the diagram's object, the logo's mark."""

    box: Box
    wants: str = ""  # the noun that belongs there, when the prompt said ("the cat says …" → "cat")


@dataclass(frozen=True)
class DocumentLayout:
    """A template's answer: where each string goes, what is drawn around them, and where pictures may go."""

    name: str
    blocks: tuple[TextBlock, ...]
    shapes: tuple[Shape, ...] = ()
    area: Box | None = None  # the free area for the scene composer (None: the document leaves none)
    slots: tuple[Slot, ...] = ()
    paper: tuple[RGB, ...] = ()  # a plain background the document wants (dark chalkboard, paper), unless named
    shortfalls: tuple[str, ...] = ()  # strings the template could not fit, as sentences for the answer
    notes: tuple[str, ...] = field(default=())  # what the template did, for the thoughts


def face(spec: TextSpec, default: FontName) -> FontName:
    """The face for a string: its own family and weight when the prompt named them, else the template's."""
    bold = spec.weight == "bold"
    light = spec.weight == "light"
    regular = spec.weight == "regular"
    family = spec.family
    if family == "auto":
        if light:
            return "sans-light" if default not in ("serif", "serif-bold", "serif-display", "serif-italic") else "serif"
        if bold and default in ("sans", "sans-medium", "sans-light", "serif", "comic", "mono"):
            heavier: dict[FontName, FontName] = {"serif": "serif-bold", "comic": "comic", "mono": "mono"}
            return heavier.get(default, "sans-bold")
        if regular and default in ("display", "sans-bold", "geometric", "sans-medium"):
            return "sans"
        return default
    if family == "serif":
        return "serif" if light or regular else ("serif-display" if default in ("display", "serif-display",
                                                                              "geometric") else "serif-bold")
    if family == "sans":
        return "sans-light" if light else "sans" if regular else "sans-bold" if bold else (
            default if default in ("display", "sans-bold", "sans-medium", "geometric") else "sans-medium")
    if family == "condensed":
        return "condensed" if spec.text.isupper() else "narrow"  # Bebas Neue has capitals only
    table: dict[str, FontName] = {"script": "script", "mono": "mono", "rounded": "rounded", "display": "display"}
    return table[family]


def legible_face(text: str, font: FontName) -> FontName:
    """The face, unless it would not set this string exactly: Bebas Neue has capitals only (lower case must keep
    its case), Comfortaa's round "p" reads as a rho, and a sans capital I beside lower case reads as l ("AI" →
    "Al"; Inter Display's serifed I does not)."""
    mixed = text != text.upper()
    if font == "condensed" and mixed:
        return "narrow"
    if font == "rounded" and mixed:
        return "display"
    if font in AMBIGUOUS_I and mixed and re.search(r"\bI|I\b", text):
        return "display"
    return font


# Mean advance of a character in ems, per face: for estimates only (the engine measures with the real shaper).
_FACE_WIDTH: dict[FontName, float] = {
    "display": 1.1, "sans-bold": 1.05, "geometric": 1.05, "condensed": 0.72, "narrow": 0.82, "rounded": 1.1,
    "mono": 1.12, "script": 0.86, "serif-display": 1.0, "serif-italic": 0.92, "serif-bold": 1.05, "serif": 1.0,
    "comic": 1.0, "sans-light": 0.98, "sans-medium": 1.0, "sans": 1.0,
}


def text_width(text: str, font: FontName, size: float) -> float:
    """About how wide `text` sets at `size` (both in canvas heights)."""
    ems = 0.0
    for char in text:
        if char in "iljI.,:;'!| ":
            ems += 0.28
        elif char in "mwMW@%":
            ems += 0.86
        elif char.isupper() or char.isdigit() or char in "$€£&#":
            ems += 0.66
        elif ord(char) > 0x2E80:
            ems += 1.0
        else:
            ems += 0.53
    return ems * _FACE_WIDTH.get(font, 1.0) * size


def block(spec: TextSpec, box: Box, font: FontName, *, align: Align = "center", max_size: float = 0.0,
          color: RGB | None = None, treatment: str = "auto", min_size: float = MIN_TEXT) -> TextBlock:
    """A text block for a string: the prompt's colour wins over the template's."""
    return TextBlock(spec.text, spec.role, _clamp(box), color=spec.color or color,
                     font=legible_face(spec.text, face(spec, font)),
                     align=align, treatment=treatment, max_size=round(max_size, 5), min_size=min_size)  # type: ignore[arg-type]


def _clamp(box: Box) -> Box:
    left, top, right, bottom = (round(min(1.0, max(0.0, v)), 5) for v in box)
    return (left, top, max(right, left + 1e-3), max(bottom, top + 1e-3))


def on(fill: RGB) -> RGB:
    """Ink or white, whichever reads on `fill`."""
    lum = luminance(fill)
    return WHITE if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / (luminance(INK) + 0.05)) else INK


def left_out(what: str, fitted: int, total: int, missing: Sequence[str]) -> str:
    """The answer's sentence for strings a template could not fit."""
    quoted = ", ".join(f'"{m}"' for m in missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
    return f"{fitted} of {total} {what} fit; left out: {quoted}."
