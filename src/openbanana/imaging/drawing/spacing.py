"""Space between words and between letters, where set tight the text would read as something else.

A reader (a person at a glance, or OCR standing in for one) takes set text apart into words and letters by the space
between them, so the space is part of what the text says:

* Display lines (type at least DISPLAY_SHARE of the canvas height) space their words at least DISPLAY_GAP_EM apart:
  a geometric or display face's own space is narrow for its size, and a reader then runs the words together or
  takes a word apart between two of its letters ("Morning  g Brew"), or sees the letter beside the gap twice
  ("2 2 mi"). A space after punctuation (",.;:") is left as the face sets it: the mark's own white already opens
  that gap, and widened as well it is where a reader splits the line and sees the next word's first letter twice
  ("Birthday, S Sam", "10am, E Elm Street"). Scripts and monospaced faces keep their own spacing (joined letters,
  fixed cells).
* Loose pairs: a degree sign before a letter ("24°C", "75°F") is set LOOSE_EM apart, as a typesetter's hair space
  sets it. Drawn tight, the two glyphs look like the single symbol ℃ (U+2103), which is another character than
  the two the prompt gave.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from openbanana.imaging.drawing.fonts import Run, face_path, load_font
from openbanana.plan import FontName

DISPLAY_SHARE = 0.045  # type this large (a share of the canvas height) is display type
DISPLAY_GAP_EM = 0.34  # the least word space of display type, in ems
OWN_SPACING: frozenset[FontName] = frozenset({"script", "mono"})  # joined letters, fixed cells: spaced as drawn
LOOSE_EM = 0.09  # the space added inside a loose pair, in ems
LOOSE_BEFORE = frozenset("°º")  # a mark that, set tight against the letter after it, makes another symbol
OPEN_AFTER = frozenset(",.;:")  # punctuation after which a space is left as the face sets it
_MEASURED_AT = 200  # the word space is measured at this size and scaled


@lru_cache(maxsize=64)
def word_space(face: FontName) -> float:
    """The face's own word space, in ems."""
    return float(load_font(face_path(face), _MEASURED_AT).getlength(" ")) / _MEASURED_AT


def display_gap(face: FontName, size: float, canvas_height: int) -> float:
    """Pixels to add to each word space at this size: none for text (nor for a script or a monospaced face), enough
    for display type to reach DISPLAY_GAP_EM."""
    if size < DISPLAY_SHARE * canvas_height or face in OWN_SPACING:
        return 0.0
    return max(0.0, DISPLAY_GAP_EM * size - word_space(face) * size)


def _shaped_whole(run: Run) -> bool:
    """A pictogram run, or one set right to left: shaped in one piece, so its order stays the shaper's."""
    return run.is_emoji or any(0x0590 <= ord(c) <= 0x08FF or 0xFB1D <= ord(c) <= 0xFEFC for c in run.text)


def _widens(text: str, index: int) -> bool:
    """Whether the space at `index` is one display type widens: not one after punctuation, whose own white
    already opens the gap."""
    return text[index] == " " and not (index and text[index - 1] in OPEN_AFTER)


def widened(run: Run) -> int:
    """How many of the run's spaces display type widens: those between words set left to right."""
    return 0 if _shaped_whole(run) else sum(_widens(run.text, i) for i in range(len(run.text)))


def loose_joints(text: str) -> int:
    """How many loose pairs the text holds (a degree sign before a letter)."""
    return sum(1 for a, b in pairwise(text) if a in LOOSE_BEFORE and b.isalpha())


def loosened(run: Run) -> int:
    return 0 if _shaped_whole(run) else loose_joints(run.text)


def pieces(run: Run, widen: bool) -> list[tuple[str, str | None]]:
    """The run as pieces drawn one by one, each with the joint after it: " " (a word space, widened by the display
    gap), "" (a loose pair's space) or None (the end). A run with neither is one piece, shaped whole."""
    if not (widen and widened(run)) and not loosened(run):
        return [(run.text, None)]
    out: list[tuple[str, str | None]] = []
    current = ""
    for index, char in enumerate(run.text):
        if widen and _widens(run.text, index):
            out.append((current, " "))
            current = ""
            continue
        current += char
        if char in LOOSE_BEFORE and run.text[index + 1:index + 2].isalpha():
            out.append((current, ""))
            current = ""
    out.append((current, None))
    return out
