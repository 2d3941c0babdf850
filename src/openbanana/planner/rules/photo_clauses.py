"""One reader per kind of photo edit clause: each recognises its clause ("replace the background with a beach",
"remove the red car", "give her a mustache") and returns the PhotoEdits it asks for, or None. Readers of removal and
recolouring live here; the others by job in photo_background_clauses, photo_combine_clauses and
photo_addition_clauses."""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.plan import RGB, PhotoEdit
from openbanana.planner.rules.photo_addition_clauses import read_accessory, read_add, read_thought
from openbanana.planner.rules.photo_background_clauses import read_background, read_sky
from openbanana.planner.rules.photo_combine_clauses import read_combine
from openbanana.planner.rules.photo_covering import read_cover
from openbanana.planner.rules.photo_frame_clauses import read_crop, read_outpaint
from openbanana.planner.rules.photo_mark_clauses import read_border, read_circle, read_polaroid
from openbanana.planner.rules.photo_patterns import plain_part, unfinished
from openbanana.planner.rules.photo_text_clauses import read_text_at_thing
from openbanana.planner.rules.photo_words import (
    COLOR_NAMES,
    MODIFIERS,
    NOT_TARGETS,
    clean_target,
    color_in,
    target_after,
    target_fields,
)

_BEHIND = (r"\b(?:in the background|in the back|at the back|behind (?:her|him|them|me|us|the \w+)|far away|"
           r"in the distance|photobomb\w*)\b")


_TEXT_MARKS = r"\b(?:text|words?|watermark|logo|caption|writing|lettering|date|timestamp|date stamp)\b"


# Where a removed thing is taken from, which names no thing of its own ("erase the clock from the wall", "take the
# rocket out of the picture"): the target is what comes before it.
_TAKEN_FROM = (r"\s+(?:from|off|out of)\s+(?:the |this |that |my )?(?:wall|table|floor|ground|desk|shelf|sky|photo|"
               r"picture|image|shot|pic|frame|scene)$")


def read_remove(clause: str, count: int) -> list[PhotoEdit] | None:
    verb = (r"\b(?:remove|erase|delete|get rid of|take out|take away|take off|cut out|eliminate|clear away|hide)"
            r"\s+(.+)$")
    out = re.search(r"\b(?:take|cut|get|leave)\s+((?:the|that|this|those|these)\s.+?)\s+out(?:\s+of\s+.+)?$", clause)
    asked = re.sub(_TAKEN_FROM, "", f"remove {out.group(1)}" if out else clause)  # "take the rocket out of …"
    raw = target_after(verb, asked, _TEXT_MARKS)
    if raw is None:
        marks = re.search(verb, asked)
        if marks and re.search(_TEXT_MARKS, marks.group(1)):  # a watermark, a date stamp, the page's text
            target = re.sub(r"\s+(?:so|so that|to make|and make)\b.*$", "", clean_target(marks.group(1)))
            return [PhotoEdit("remove", target=target, request=clause)]
        return None
    if re.search(r"\bclouds?\b", raw):
        return [PhotoEdit("sky", name="clear", target="the sky", request=clause)]
    edits = []
    behind = re.search(_BEHIND, clause)
    for part in re.split(r"\s+and\s+|\s*&\s*", raw):
        target, color, placement = target_fields(part)
        if behind and target:  # "the man behind her": someone further back, never the photo's subject
            target = re.sub(r"\s+", " ", re.sub(_BEHIND, "", target)).strip() + " in the background"
        if target and target not in NOT_TARGETS:
            edits.append(PhotoEdit("remove", target=target, target_color=color, placement=placement,
                                   request=clause))
    return edits or None


# "make the grass greener": a colour asked for as more of itself is that colour.
COMPARATIVES = {"greener": "green", "bluer": "blue", "redder": "red", "yellower": "yellow", "pinker": "pink",
                "browner": "brown", "whiter": "white", "blacker": "black", "oranger": "orange"}


def read_pair(clause: str, count: int) -> list[PhotoEdit] | None:
    """Two things each given its own colour, read before the sky's and the background's readers, which would take
    the whole clause for one of them ("make the sky pink and the grass green")."""
    pair = re.fullmatch(rf"(.*\b(?:make|turn|paint|colou?r|dye)\s+.+?\s+(?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))"
                        rf"\s+and\s+((?:the|her|his|its|their)\s+.+?\s+(?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))",
                        clause)
    if pair:  # "make the clock blue and the wall yellow": two things, each with its own colour
        verb = re.search(r"\b(?:make|turn|paint|colou?r|dye)\b", pair.group(1))
        first = _one_coloured(pair.group(1), clause)
        second = _one_coloured(f"{verb.group(0) if verb else 'make'} {pair.group(2)}", clause)
        if first and second:
            return first + second
    return None


def read_recolor(clause: str, count: int) -> list[PhotoEdit] | None:
    """A thing given a colour; "with white polka dots" after it is left out here (said as not done by the reading)."""
    plain = plain_part(clause)
    return _read_one_recolor(unfinished(clause), clause) or (_read_one_recolor(plain, clause) if plain else None)


def _one_coloured(part: str, request: str) -> list[PhotoEdit] | None:
    """One half of a pair: a thing recoloured, or the background or the sky given a colour ("make the horse black
    and the background light green")."""
    for reader in (read_background, read_sky):
        found = reader(part, 1)
        if found:
            return [replace(edit, request=request) for edit in found]
    return _read_one_recolor(part, request)


def _target_and_colour(clause: str, verbs: str) -> tuple[list[str], tuple[str, RGB]] | None:
    """The first reading of "make X (to) COLOUR" whose new colour is the whole rest of the clause ("make it black
    and white" is no recolour), with that colour; "in" may be the colour's ("paint it in red") or the target's
    ("the coins in the top row red"), so a reading that leaves words after the colour gives way to the next."""
    for pattern in (r"\b(?:change|switch)\s+the\s+colou?r\s+of\s+(.+?)\s+(?:to|into)\s+(.+)$",
                    rf"\b{verbs}\s+(.+?)\s+(?:from\s+(.+?)\s+)?(?:to|into|in)\s+(?:a\s+)?(.+)$",
                    rf"\b{verbs}\s+(.+?)\s+(?:an? )?((?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES})(?: colou?r)?)$"):
        match = re.search(pattern, clause)
        if not match:
            continue
        groups = list(match.groups())
        named = color_in(groups[-1])
        if named is not None and re.fullmatch(rf"(?:a |an )?{re.escape(named[0])}(?: colou?r| one| instead)?",
                                              groups[-1].strip()):
            return groups, named
    return None


def _read_one_recolor(clause: str, request: str) -> list[PhotoEdit] | None:
    clause = re.sub(r"\b(?:make|turn)\s+(.+?)\s+(?:look\s+|a bit\s+|much\s+|more\s+)?(" + "|".join(COMPARATIVES) +
                    r")$", lambda m: f"make {m.group(1)} {COMPARATIVES[m.group(2)]}", clause)
    clause = re.sub(rf"\b((?:{COLOR_NAMES}))\s+(?:ink|paint|pen)$", r"\1", clause)  # "the writing blue ink"
    clause = re.sub(rf"\s+(?:bright|vivid|vibrant|rich)\s+(?=(?:{COLOR_NAMES})$)", " ", clause)  # "bright blue": the
    # intensifier is no part of the target ("paint the rocket bright blue" is the rocket, blue)
    clause = re.sub(rf"\s+looks?\s+(?:[a-z]+\s+and\s+)?((?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))$", r" \1",
                    clause)  # "make the grass look dry and yellow": the colour is what can be done of the look
    clause = re.sub(rf"\b((?:{COLOR_NAMES}))\s+like\s+(?:a |an |the )?[a-z' ]+$", r"\1", clause)  # "… like a
    clause = re.sub(r"\s+(?:look|looks|seem)\s+(?:like\s+)?(?:it(?:'s| is| was)|they(?:'re| are| were))\s+(?:made\s+)?"
                    r"(?:of|out of|from)\s+(?:solid |pure |real )?", " ", clause)  # "look like it's made of gold"
    verbs = r"(?:make|turn|paint|colou?r|dye|change|recolou?r|switch|tint)"  # blood moon": the colour is named
    clause = re.sub(rf"\b((?:{COLOR_NAMES}))[ -]colou?red$", r"\1", clause)  # "copper-coloured": the colour
    found = _target_and_colour(clause, verbs)
    if found is None:
        return None
    groups, named = found
    raw_target = groups[0]
    shade = re.search(rf"\s+({COLOR_NAMES})$", raw_target)
    if shade and not re.search(rf"\s(?:and|or|&)\s+{shade.group(1)}$", raw_target) and not re.fullmatch(
            r"(?:the|my|this|that|his|her|its|their)?", raw_target[:shade.start()].strip()):  # "the cat ginger
        # orange": one colour in two words, the first its shade, never the target's own word ("the coffee blue")
        first = color_in(shade.group(1))
        if first is not None:
            raw_target, named = raw_target[:shade.start()], (f"{first[0]} {named[0]}", first[1])
    target, color, placement = target_fields(raw_target)
    if re.search(r"\s(?:and|or|&)$", target):
        return None  # "make the flag black and white": two colours named, no target and new colour
    target = re.sub(r"(?:'s)?\s+(?:colou?r|look|looks)$", "", target)  # "change the cup color to green", "the coins
    # look gold", "change the bike's colour to white": the bike
    if len(groups) == 3 and groups[1]:
        source = color_in(groups[1])
        color = source[1] if source else color
    if not target or target in NOT_TARGETS or target.startswith(("it ", "this ")) or re.search(
            r"\b(?:sky|background)\b", target):
        return None
    return [PhotoEdit("recolor", name=named[0], target=target, target_color=color, color=named[1],
                      placement=placement, request=request)]


# In this order: the first reader that recognises a clause reads it.
READERS = (read_cover, read_polaroid, read_border, read_circle, read_crop, read_pair, read_background, read_sky,
           read_combine, read_remove, read_text_at_thing, read_thought, read_accessory, read_add, read_recolor,
           read_outpaint)
