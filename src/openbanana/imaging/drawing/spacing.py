"""Space between words and between letters, where set tight the text would read as something else.

A reader (a person at a glance, or OCR standing in for one) takes set text apart into words and letters by the space
between them, so the space is part of what the text says:

* Display lines (type at least DISPLAY_SHARE of the canvas height) set their words DISPLAY_SPACE_EM apart, a space
  per face. A reader takes a big line apart word by word and looks a little past each word's ink (OCR's box per
  word reaches about a third of an em beyond it): where the next word's edge lies inside that reach, its letter is
  read twice ("Sweet t Orchard", "2 2 mi"); where the gap is much wider, a short word stands alone and is dropped or
  misread. No one space is best for every face, so each face's is the one bench/word_gaps.py measured best on
  random everyday phrases; a face not in the table keeps its own space (Inter Display, drawn for display sizes,
  reads best so), and scripts, monospaced and comic faces keep theirs (joined letters, fixed cells, a space already
  wider than the table's). A line with an ampersand standing alone is set at least LONE_AMPERSAND_EM apart: at a
  narrower space the reader took a neighbour's edge in with the "&". A space after punctuation (",.;:") is left as
  the face sets it: the mark's own white already opens that gap, and widened as well it is where a reader splits
  the line and sees the next word's first letter twice ("Birthday, S Sam").
* Loose pairs: a degree sign before a letter ("24°C", "75°F") is set LOOSE_EM apart, as a typesetter's hair space
  sets it. Drawn tight, the two glyphs look like the single symbol ℃ (U+2103), which is another character than
  the two the prompt gave.
* Close joints: a dash opening a run before a word space ("- Dalai Lama", "— Grandma June", an attribution's) is set
  CLOSE_EM from the word, a thin space, not a word space: standing a word space off, the lone dash is dropped by a
  reader, while set close it is read with the name. A dash or bar standing alone between two words ("8am - 1pm",
  "Designer | Speaker") is set CLOSE_EM from both: a word space either side left the short mark alone in the white
  between two of the reader's word boxes, where it was dropped ("8am 1pm"), as a typesetter sets a range's dash
  close. The spaces are still in the string; only their width changes.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from openbanana.imaging.drawing.fonts import Run, face_path, load_font
from openbanana.plan import FontName

DISPLAY_SHARE = 0.045  # type this large (a share of the canvas height) is display type
# The word space of display type per face, in ems; a face not named keeps its own space. Measured with
# bench/word_gaps.py on random phrases (two seeds, 60 lines a face): Inter Display reads best at its own space
# (0.21 em: 53 of 60 against 45 at 0.34 em, where a word's box reaches into the next); Noto Sans Bold and League
# Spartan read no better at their own or tighter (0.34 em stays); the faces not measured keep 0.34 em, the rule
# before.
DISPLAY_SPACE_EM: dict[FontName, float] = dict.fromkeys(
    ("sans", "sans-bold", "serif-bold", "sans-medium", "geometric", "condensed", "rounded", "serif-display",
     "serif-italic", "sans-light", "serif", "narrow"), 0.34)
OWN_SPACING: frozenset[FontName] = frozenset({"script", "mono", "comic"})  # joined letters, fixed cells, a wide space
LONE_AMPERSAND_EM = 0.34  # a line with an ampersand standing alone sets its words at least this far apart
LOOSE_EM = 0.09  # the space added inside a loose pair, in ems
LOOSE_BEFORE = frozenset("°º")  # a mark that, set tight against the letter after it, makes another symbol
CLOSE_EM = 0.1  # the width a leading dash's word space is set at, in ems (bench/attribution_rings.py)
CLOSE_AFTER = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")  # a dash that, opening a run, is set close
SEPARATORS = CLOSE_AFTER | {"|"}  # a mark that, standing alone between two words, is set close to both
OPEN_AFTER = frozenset(",.;:")  # punctuation after which a space is left as the face sets it
_MEASURED_AT = 200  # the word space is measured at this size and scaled


@lru_cache(maxsize=64)
def word_space(face: FontName) -> float:
    """The face's own word space, in ems."""
    return float(load_font(face_path(face), _MEASURED_AT).getlength(" ")) / _MEASURED_AT


def display_gap(face: FontName, size: float, canvas_height: int, text: str = "") -> float:
    """Pixels to add to each word space of `text` at this size (fewer than none: taken away): none for text sizes,
    nor for a face that keeps its own spacing; display type's words are set DISPLAY_SPACE_EM apart, and a line
    with a lone "&" at least LONE_AMPERSAND_EM (at a face's own narrower space the reader took in the edge of a
    neighbour with it: "Spoke e & Gear", "Barber 8 & Harbor")."""
    if size < DISPLAY_SHARE * canvas_height or face in OWN_SPACING:
        return 0.0
    wanted = DISPLAY_SPACE_EM.get(face, word_space(face))
    if " & " in f" {text} ":
        wanted = max(wanted, LONE_AMPERSAND_EM)
    return (wanted - word_space(face)) * size


def _shaped_whole(run: Run) -> bool:
    """A pictogram run, or one set right to left: shaped in one piece, so its order stays the shaper's."""
    return run.is_emoji or any(0x0590 <= ord(c) <= 0x08FF or 0xFB1D <= ord(c) <= 0xFEFC for c in run.text)


def _widens(text: str, index: int) -> bool:
    """Whether the space at `index` is one display type widens: not one after punctuation, whose own white
    already opens the gap, nor a leading dash's close joint."""
    return text[index] == " " and not (index and text[index - 1] in OPEN_AFTER) and not _closes(text, index)


def _closes(text: str, index: int) -> bool:
    """Whether the space at `index` is a close joint: after a dash opening the text, before a word (a name: a dash
    before a figure may be a minus or a bullet), or either side of a separator standing alone between words."""
    if text[index:index + 1] != " ":
        return False
    leading = index == 1 and text[0] in CLOSE_AFTER and text[2:3].isalpha()
    return leading or _separates(text, index - 1) or _separates(text, index + 1)


def _separates(text: str, index: int) -> bool:
    """Whether the character at `index` is a separator standing alone between two words ("8am - 1pm",
    "Designer | Speaker"): one space either side, and a word beyond each."""
    return (2 <= index <= len(text) - 3 and text[index] in SEPARATORS and text[index - 1] == text[index + 1] == " "
            and text[index - 2] != " " and text[index + 2] != " ")


def widened(run: Run) -> int:
    """How many of the run's spaces display type widens: those between words set left to right."""
    return 0 if _shaped_whole(run) else sum(_widens(run.text, i) for i in range(len(run.text)))


def closed(run: Run) -> int:
    """How many of the run's word spaces are set as close joints (a leading dash's, a lone separator's)."""
    return 0 if _shaped_whole(run) else sum(_closes(run.text, i) for i in range(len(run.text)))


def loose_joints(text: str) -> int:
    """How many loose pairs the text holds (a degree sign before a letter)."""
    return sum(1 for a, b in pairwise(text) if a in LOOSE_BEFORE and b.isalpha())


def loosened(run: Run) -> int:
    return 0 if _shaped_whole(run) else loose_joints(run.text)


def pieces(run: Run, widen: bool) -> list[tuple[str, str | None]]:
    """The run as pieces drawn one by one, each with the joint after it: " " (a word space, widened by the display
    gap), "" (a loose pair's space), "close" (a leading dash's thin space) or None (the end). A run with none is one
    piece, shaped whole."""
    if not (widen and widened(run)) and not loosened(run) and not closed(run):
        return [(run.text, None)]
    out: list[tuple[str, str | None]] = []
    current = ""
    for index, char in enumerate(run.text):
        if _closes(run.text, index):
            out.append((current, "close"))
            current = ""
            continue
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
