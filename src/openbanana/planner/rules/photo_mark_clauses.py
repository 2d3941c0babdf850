"""Readers of the photo edit clauses that mark a photo without changing what is in it: a border round the whole
photo ("put a thin white border around it") and a ring drawn round a thing to point it out ("circle the smallest
coin in red", "draw a red circle around the cup"), and an arrow pointing to one.

Why: both are drawn on top of the photo and need no new picture, so each is read as an addition the engine draws
itself (named "… border" or "… circle", with its colour), and the answer names it as asked.
"""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import COLOR_NAMES, MODIFIERS, NOT_TARGETS, color_in, target_fields

_COLOR = rf"(?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES})"
_BORDER = re.compile(r"\b(?:add|put|place|draw|give\s+(?:it|this|the\s+(?:photo|picture|image)))\s+(?:a|an)\s+"
                     rf"((?:thin|thick|wide|narrow|small|big|slim|simple|plain|\s|{_COLOR})*?)\s*(border|frame)"
                     r"(?:\s+(?:around|round|to|on)\s+(?:it|this|the\s+(?:photo|picture|image|edges?)))?$")
_CIRCLE = re.compile(rf"\b(?:circle|highlight)\s+(.+?)(?:\s+(?:in|with)\s+(?:a\s+)?({_COLOR}))?$|"
                     rf"\b(?:draw|add|put)\s+(?:a|an)\s+(?:({_COLOR})\s+)?(?:circle|ring)\s+(?:around|round)\s+(.+)$")
_ARROW = re.compile(rf"\b(?:draw|add|put)\s+(?:a|an)\s+(?:({_COLOR})\s+)?arrow\s+(?:that\s+)?(?:pointing|points?)\s+"
                    r"(?:to|at|towards?)\s+(.+)$")
POLAROID = (244, 243, 236)  # an instant photo's card: a warm white
WIDTHS = {"thin": 0.5, "narrow": 0.5, "slim": 0.5, "thick": 2.0, "wide": 2.0, "big": 2.0}


def read_border(clause: str, count: int) -> list[PhotoEdit] | None:
    """"add a thin white border", "give it a black frame": a border of that colour and width round the photo."""
    match = _BORDER.search(clause)
    if match is None:
        return None
    named = color_in(match.group(1))
    width = next((WIDTHS[w] for w in match.group(1).split() if w in WIDTHS), 1.0)
    name = f"{named[0]} border" if named else "border"
    return [PhotoEdit("add", name=name, color=named[1] if named else None, amount=width,
                      destination="around the photo", request=clause)]


def read_polaroid(clause: str, count: int) -> list[PhotoEdit] | None:
    """"make it look like an old polaroid": an instant photo is its film look in its white card, wider at the
    bottom, so both are asked for."""
    if not re.search(r"\bpolaroids?\b|\binstant (?:photo|film|camera)\b", clause):
        return None
    return [PhotoEdit("style", name="vintage_film", request=clause),
            PhotoEdit("add", name="polaroid border", color=POLAROID, destination="around the photo", request=clause)]


def read_circle(clause: str, count: int) -> list[PhotoEdit] | None:
    """"circle the smallest coin in red": a ring of that colour round the named thing; "draw an arrow pointing to
    the cup": an arrow at it."""
    arrow = _ARROW.search(clause)
    match = arrow or _CIRCLE.search(clause)
    if match is None:
        return None
    if arrow:
        raw, color_words = arrow.group(2), arrow.group(1)
    else:
        raw, color_words = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    mark = "arrow" if arrow else "circle"
    target, target_color, placement = target_fields(raw)
    if not target or target in NOT_TARGETS:
        return None
    named = color_in(color_words) if color_words else None
    return [PhotoEdit("add", name=f"{named[0]} {mark}" if named else mark, target=target,
                      target_color=target_color, color=named[1] if named else None, placement=placement,
                      destination=f"{'pointing to' if arrow else 'around'} {raw.strip()}", request=clause)]
