"""Exact text over a photo: each quoted string at the spot its own words name ("'SALE' in the top left"), on a plate
so it reads over any photo (or, in the colour its words name, "in white", on the photo with a shadow or outline);
unplaced text goes to the foot (or the top when the prompt says so)."""

from __future__ import annotations

import re

from openbanana.plan import RGB, Align, Box, TextBlock, TextTreatment
from openbanana.planner.rules.layout import overlaps, text_height
from openbanana.planner.rules.photo_words import ALL_COLORS, COLOR_NAMES
from openbanana.planner.rules.vocabulary.photo import PLACEMENTS
from openbanana.scene import Placement

MAX_EDIT_TEXTS = 3
_SPOT = re.compile(r"\b(top left|upper left|top right|upper right|bottom left|lower left|bottom right|lower right|"
                   r"bottom corner|lower corner|top corner|upper corner|"
                   r"top|bottom|left|right|center|centre|middle|corner|header|footer)\b")
_SMALL = re.compile(r"\b(?:small|little|tiny|subtle|discreet|fine)\s+(?:letters|lettering|text|font|type|print|writing|"
                    r"caption|words|script)\b")
_SPRAYED = re.compile(r"\b(?:graffiti|spray[- ]?paint(?:ed)?|spray[- ]?can)\b")
GRAFFITI_INK: RGB = (236, 40, 150)  # graffiti with no colour named: a loud magenta, outlined
# "'Good Morning' at the top in white", "in big red letters", "white text": the colour named for the words themselves
_INK = re.compile(rf"\b(?:in|with|using)\s+(?:(?:big|bold|large|small|thick|bright|pale|capital)\s+)*"
                  rf"({COLOR_NAMES})\b(?:\s+(?:letters|lettering|text|font|type|ink|words))?|"
                  rf"\b({COLOR_NAMES})\s+(?:letters|lettering|text|font|type|ink|words)\b")


def _around(text: str, prompt: str) -> tuple[str, str] | None:
    """The words of a quoted string's clause after it and before it, lower-cased."""
    at = prompt.find(text)
    if at < 0:
        return None
    lowered = prompt.lower()
    after = re.split(r"[.;!?\n]|,\s*(?:and|then)\b|\band\b", lowered[at + len(text):], maxsplit=1)[0]
    before = re.split(r"[.;!?\n]", lowered[:at])[-1]
    return after, before


def placement_of(text: str, prompt: str) -> Placement:
    """Where the words around a quoted string put it: the rest of its clause after it, else the clause before it."""
    words = _around(text, prompt)
    match = (_SPOT.search(words[0]) or _SPOT.search(words[1])) if words else None
    return PLACEMENTS[match.group(1)] if match else "auto"


def ink_of(text: str, prompt: str) -> RGB | None:
    """The colour the prompt names for a quoted string's letters ("in white"), if any."""
    words = _around(text, prompt)
    match = (_INK.search(words[0]) or _INK.search(words[1])) if words else None
    return ALL_COLORS[match.group(1) or match.group(2)] if match else None


# "add a speech bubble saying 'Hello'", "a thought bubble with …": the first string is spoken, in a bubble the engine
# draws beside the speaker's face.
_BUBBLE = re.compile(r"\b(?:speech|thought|talk(?:ing)?|word|chat|comic)\s+(?:bubble|balloon)s?\b|"
                     r"\bbubbles?\s+(?:saying|that says|with)\b")


def place_texts(texts: tuple[str, ...], prompt: str) -> list[TextBlock]:
    at_top = bool(re.search(r"\b(top|above|header|title)\b", prompt.lower()))
    banner = bool(re.search(r"\b(?:banner|ribbon|headline|big|large|huge)\b", prompt.lower()))  # set it large
    sprayed = bool(_SPRAYED.search(prompt.lower()))
    banner = banner or sprayed  # graffiti is big
    small = not banner and bool(_SMALL.search(prompt.lower()))  # "in small letters": a discreet line, not a title
    blocks: list[TextBlock] = []
    taken: list[Box] = []
    for index, text in enumerate(texts[:MAX_EDIT_TEXTS]):
        role = "headline" if index == 0 else "caption"
        h = text_height(text, role) * (1.3 if banner and index == 0 else 0.5 if small else 0.8)
        placement = placement_of(text, prompt)
        if placement == "auto":  # graffiti is sprayed across the middle of a wall
            placement = "center" if sprayed else "top" if at_top and index == 0 else "bottom"
        box, align = _box(placement, h)
        while any(overlaps(box, other) for other in taken):  # a second text at the same spot goes next to it
            shift = h + 0.02 if box[1] < 0.5 else -(h + 0.02)
            box = (box[0], box[1] + shift, box[2], box[3] + shift)
        taken.append(box)
        ink = ink_of(text, prompt)
        if ink is None and sprayed:
            ink = GRAFFITI_INK
        # letters of a named colour stand on the photo itself, with a soft shadow (light) or an outline (dark)
        treatment: TextTreatment = "plate" if ink is None else "shadow" if sum(ink) > 420 else "outline"
        if index == 0 and _BUBBLE.search(prompt.lower()):
            blocks.append(TextBlock(text, "speech", box, color=ink, font="sans-bold", align="center",
                                    treatment="none", max_size=0.07))
        elif index == 0:
            blocks.append(TextBlock(text, "headline", box, color=ink, font="display", align=align,
                                    treatment=treatment, max_size=0.16 if banner else 0.045 if small else 0.1))
        else:
            blocks.append(TextBlock(text, "caption", box, color=ink, font="sans-medium", align=align,
                                    treatment=treatment, max_size=0.06))
    return blocks


def _box(placement: Placement, h: float) -> tuple[Box, Align]:
    top, bottom, middle = 0.05, 1 - 0.05 - h, 0.5 - h / 2
    spots: dict[str, tuple[Box, Align]] = {
        "top": ((0.08, top, 0.92, top + h), "center"), "bottom": ((0.08, bottom, 0.92, bottom + h), "center"),
        "center": ((0.1, middle, 0.9, middle + h), "center"),
        "top_left": ((0.05, top, 0.55, top + h), "left"), "top_right": ((0.45, top, 0.95, top + h), "right"),
        "bottom_left": ((0.05, bottom, 0.55, bottom + h), "left"),
        "bottom_right": ((0.45, bottom, 0.95, bottom + h), "right"),
        "left": ((0.05, middle, 0.5, middle + h), "left"), "right": ((0.5, middle, 0.95, middle + h), "right"),
    }
    return spots.get(placement, spots["bottom"])

