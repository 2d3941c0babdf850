"""Readers of clauses about what lies behind the subject: a new background ("replace the background with a beach",
"on a plain white backdrop", "blur the background") and a new sky ("make the sky purple")."""

from __future__ import annotations

import re

from openbanana.plan import RGB, PhotoEdit
from openbanana.planner.rules.photo_combine_clauses import sky_from_photo
from openbanana.planner.rules.photo_words import (
    COLOR_NAMES,
    MODIFIERS,
    WHO,
    color_in,
    light_in,
)
from openbanana.planner.rules.vocabulary.photo import (
    PLACES,
    SKIES,
)


def _plain_backdrop(clause: str) -> tuple[str, RGB | None] | None:
    """"make it a product shot on a clean white background", "on a plain grey backdrop", "a product photo": a plain
    backdrop behind the subject (white unless a colour is named)."""
    match = re.search(r"\b(?:on|against|onto|in front of|with)\s+(?:a |an |the )?((?:[a-z-]+\s+){0,3}?)"
                      r"(?:background|backdrop)\b", clause)
    if match and (re.search(r"\b(?:clean|plain|pure|simple|solid|seamless|studio|neutral|blank|empty)\b",
                            match.group(1)) or re.fullmatch(rf"(?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES})\s+",
                                                            match.group(1))):  # "put it on a black background"
        named = color_in(match.group(1))
        return (named[0], named[1]) if named else ("white", None)
    if not match and re.search(r"\bproduct (?:shot|photo|photograph|image|picture)\b", clause):
        return "white", None
    return None


_GREY = r"\b(?:black and white|black-and-white|b&w|gr[ae]yscale|monochrome)\b"
_EXCEPT = r"\b(?:except(?: for)?|but|apart from|other than|besides|keep(?:ing)? the \w+ in colou?r)\b"


def read_background(clause: str, count: int) -> list[PhotoEdit] | None:
    if re.search(r"\b(?:blur|blurr?y|blurred)\b.*\bbackground\b|\bbackground blur\b|\bbokeh\b|\bdepth of field\b",
                 clause) or (re.search(r"\bblur\b", clause) and re.search(_EXCEPT, clause)):  # "blur all but the dog"
        return [PhotoEdit("background", name="blur", target="the background", request=clause)]
    if re.search(r"\b(?:remove|delete|erase|get rid of|cut out)\s+(?:the\s+)?background\b", clause):
        return [PhotoEdit("background", name="white", target="the background", request=clause)]
    if re.search(_GREY, clause) and re.search(_EXCEPT, clause):  # "everything black and white except the flower"
        return [PhotoEdit("background", name="grayscale", target="the background", request=clause)]
    plain = _plain_backdrop(clause)
    if plain is not None:
        return [PhotoEdit("background", name=plain[0], color=plain[1], target="the background", request=clause)]
    behind = re.search(r"\b(?:on|against|onto|in front of)\s+(?:a |an |the )?((?:[a-z-]+\s+){0,3}?)(?:background|"
                       r"backdrop)\b", clause)
    if behind and _place(behind.group(1)):  # "put the clock on a wooden background"
        return [PhotoEdit("background", name=_place(behind.group(1)) or "park", target="the background",
                          request=clause)]
    what = None
    match = re.search(r"\b(?:replace|change|swap|switch|turn|make|set)\s+(?:the |her |his |their |my |its )?"
                      rf"(?:(?:plain|{COLOR_NAMES})\s+)?background(?:\s+(?:with|to|for|into|in))?\s+(.+)$",
                      clause) or re.search(  # "replace the white background with a meadow"
        r"\b(?:new|different)\s+background(?:\s+(?:of|with|showing))?\s+(.+)$", clause) or re.search(
        r"\b(.+?)\s+(?:as the|as a|for the)\s+background$", clause)
    if match:
        what = match.group(1)
    else:
        moved = re.search(rf"\b(?:put|place|move|set|transport|send|stand|sit|park)\s+{WHO}\s+"
                          rf"(?:on|at|in|into|onto|to)\s+(?:a |an |the )?(.+)$", clause)
        if moved and _place(moved.group(1)):
            what = moved.group(1)
    if what is None:
        return None
    if re.search(_GREY, what):
        return [PhotoEdit("background", name="grayscale", target="the background", request=clause)]
    place = _place(what)
    named = color_in(what)
    if place is None and named is None:
        return [PhotoEdit("background", name="park", target="the background", request=clause)] if re.search(
            r"\b(?:outdoors?|outside|nature)\b", what) else None
    if place is None and named is not None:
        return [PhotoEdit("background", name=named[0], color=named[1], target="the background", request=clause)]
    edits = [PhotoEdit("background", name=place or "park", target="the background", request=clause)]
    light = light_in(what.replace(next((w for w in PLACES if PLACES[w] == place and w in what), ""), "", 1))
    if light:  # "on a beach at sunset": the place, then the light over it
        edits.append(PhotoEdit("relight", name=light, request=clause))
    return edits


def _place(text: str) -> str | None:
    """The place named first ("a beach at sunset" → beach); of words at the same spot, the longest."""
    found = [(m.start(), -len(words), PLACES[words]) for words in PLACES
             for m in [re.search(rf"\b{re.escape(words)}\b", text)] if m]
    return min(found)[2] if found else None


_AURORA = r"\b(?:northern|southern) lights\b|\baurora\b"


def read_sky(clause: str, count: int) -> list[PhotoEdit] | None:
    if sky_from_photo(clause, count) is not None:
        return None  # another photo's sky: a combine
    match = re.search(r"\b(?:replace|change|swap|switch|turn|make|give)\s+(?:the |it |this )?(?:photo )?(?:an? )?"
                      r"sky(?:\s+(?:with|to|for|into|a|an))*\s+(.+)$", clause)
    what = match.group(1) if match else None
    if what is None:
        named = re.search(r"\b(sunset|sundown|sunrise|stormy|starry|night|cloudy|blue|clear|dramatic|pink|purple|"
                          r"golden|dark|sunny|bright|overcast|grey|gray|orange)\s+sky\b", clause)
        if named and not re.search(r"\bbackground\b", clause):
            what = clause[named.start():]  # "a blue sky with fluffy white clouds": the clouds say which sky too
        elif re.search(r"\badd\s+(?:some\s+)?(?:more\s+)?clouds\b", clause):
            what = "clouds"
        elif re.search(_AURORA, clause) and not re.search(r"\b(?:add|put|draw|paint)\b", clause):
            what = clause  # "make it night with the northern lights": a sky with no word "sky" (added, it is a thing)
    if what is None:
        return None
    skies = [SKIES[w] for w in sorted(SKIES, key=len, reverse=True) if re.search(rf"\b{re.escape(w)}\b", what)]
    # "a pink sky with fluffy clouds": the clouds say only that it has some; a named sky's own colour comes first
    name = next((n for n in skies if n not in ("fair", "clear", "overcast")), skies[0]) if "fair" in skies[:1] \
        else skies[0] if skies else "clear"
    return [PhotoEdit("sky", name=name, target="the sky", request=clause)]
