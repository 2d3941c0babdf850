"""One reader per kind of photo edit clause: each recognises its clause ("replace the background with a beach",
"remove the red car", "give her a mustache") and returns the PhotoEdits it asks for, or None."""

from __future__ import annotations

import re

from openbanana.plan import RGB, PhotoEdit
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.photo_frame_clauses import read_crop, read_outpaint
from openbanana.planner.rules.photo_text_clauses import read_text_at_thing
from openbanana.planner.rules.photo_words import (
    COLOR_NAMES,
    MODIFIERS,
    NOT_TARGETS,
    PHOTO_WORDS,
    WHO,
    clean_target,
    color_in,
    light_in,
    placement_in,
    target_after,
    target_fields,
)
from openbanana.planner.rules.vocabulary.photo import (
    ACCESSORIES,
    ORDINALS,
    PAINTED_ADDITIONS,
    PLACES,
    SKIES,
    SNOW_ON,
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
                 clause):
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
                      r"background(?:\s+(?:with|to|for|into|in))?\s+(.+)$", clause) or re.search(
        r"\b(?:new|different)\s+background(?:\s+(?:of|with|showing))?\s+(.+)$", clause) or re.search(
        r"\b(.+?)\s+(?:as the|as a|for the)\s+background$", clause)
    if match:
        what = match.group(1)
    else:
        moved = re.search(rf"\b(?:put|place|move|set|transport|send)\s+{WHO}\s+(?:on|at|in|into|onto|to)\s+"
                          rf"(?:a |an |the )?(.+)$", clause)
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


def read_sky(clause: str, count: int) -> list[PhotoEdit] | None:
    match = re.search(r"\b(?:replace|change|swap|switch|turn|make|give)\s+(?:the |it |this )?(?:photo )?(?:an? )?"
                      r"sky(?:\s+(?:with|to|for|into|a|an))*\s+(.+)$", clause)
    what = match.group(1) if match else None
    if what is None:
        named = re.search(r"\b(sunset|sundown|sunrise|stormy|starry|night|cloudy|blue|clear|dramatic|pink|purple|"
                          r"golden|dark|sunny|bright|overcast|grey|gray|orange)\s+sky\b", clause)
        if named and not re.search(r"\bbackground\b", clause):
            what = named.group(1)
        elif re.search(r"\badd\s+(?:some\s+)?(?:more\s+)?clouds\b", clause):
            what = "clouds"
    if what is None:
        return None
    name = next((SKIES[w] for w in sorted(SKIES, key=len, reverse=True) if re.search(rf"\b{re.escape(w)}\b", what)),
                "clear")
    return [PhotoEdit("sky", name=name, target="the sky", request=clause)]


_BESIDE = (r"(?:next to|beside|by|near|on|onto|in|into|under|behind|in front of|on top of|with|to the (?:left|right) "
           r"of)")


def read_combine(clause: str, count: int) -> list[PhotoEdit] | None:
    if count < 2 or re.search(r"\b(?:collage|grid|side by side|next to each other|tile)\b", clause):
        return None
    ordinal = "|".join(ORDINALS) + "|last|2|3"
    taken = re.search(rf"\b(?:put|place|add|insert|paste|move|bring|take)\s+(.+?)\s+from\s+(?:the |my )?"
                      rf"({ordinal})\s+{PHOTO_WORDS}s?\b(.*)$", clause)
    if taken:
        index = _ordinal(taken.group(2), count)
        destination = re.sub(rf"\s*\b(?:in|into|of|on)\s+(?:the\s+)?(?:first|1st|this|main)\s*{PHOTO_WORDS}?\s*$",
                             "", taken.group(3)).strip()
        placement, _ = placement_in(destination)
        return [PhotoEdit("combine", target=clean_target(taken.group(1)), reference=index, placement=placement,
                          destination=destination, request=clause)]
    into = re.search(rf"\b(?:put|place|add|insert|paste)\s+({WHO}|the [a-z]+)\s+(?:in|into|onto)\s+"
                     rf"(?:the |this |my )?(?:first|1st|other|this)?\s*{PHOTO_WORDS}\b", clause)
    if into:
        return [PhotoEdit("combine", target=into.group(1), reference=1, request=clause)]
    moved = re.search(rf"\b(?:put|place|move|set|sit|stand)\s+(the [a-z]+(?: [a-z]+)?|him|her|them|me|us)\s+"
                      rf"({_BESIDE}\b.*)$", clause)
    if moved:  # "put the cat next to the coffee": the thing is in another photo than the place
        target, destination = moved.group(1), moved.group(2)
        having = re.match(rf"with\s+(.+?)\s+((?!with\b){_BESIDE}\b.*)$", destination)
        if having:  # "the man with the camera by the lake": "with …" tells which man; the place comes after it
            target, destination = f"{target} with {having.group(1)}", having.group(2)
        placement, _ = placement_in(destination)
        return [PhotoEdit("combine", target=target, reference=1, placement=placement, destination=destination,
                          request=clause)]
    if re.search(r"\b(?:combine|merge|blend|composite|join)\b", clause):  # every other photo's subject, in turn
        return [PhotoEdit("combine", target="", reference=index, request=clause) for index in range(1, count)]
    return None


def _ordinal(word: str, count: int) -> int:
    if word == "last":
        return count - 1
    if word.isdigit():
        return max(0, int(word) - 1)
    return ORDINALS.get(word, 1)


_BEHIND = (r"\b(?:in the background|in the back|at the back|behind (?:her|him|them|me|us|the \w+)|far away|"
           r"in the distance|photobomb\w*)\b")


_TEXT_MARKS = r"\b(?:text|words?|watermark|logo|caption|writing|lettering|date|timestamp|date stamp)\b"


def read_remove(clause: str, count: int) -> list[PhotoEdit] | None:
    verb = (r"\b(?:remove|erase|delete|get rid of|take out|take away|take off|cut out|eliminate|clear away|hide)"
            r"\s+(.+)$")
    raw = target_after(verb, clause, _TEXT_MARKS)
    if raw is None:
        marks = re.search(verb, clause)
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


def read_accessory(clause: str, count: int) -> list[PhotoEdit] | None:
    """Every accessory named in the clause ("sunglasses and a crown"), worn by the person it names."""
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for words in sorted(ACCESSORIES, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(words)}(?:e?s)?\b", clause):  # "party hats" for everyone
            if not taken & set(range(match.start(), match.end())):
                found.append((match.start(), words))
                taken.update(range(match.start(), match.end()))
    if not found or not re.search(r"\b(?:add|put|place|give|draw|paint|stick|wear|wearing|on)\b", clause):
        return None
    last = max(start + len(words) for start, words in found)
    who = re.search(r"\b(?:on|to|onto|for|around|round)\s+(.+)$", clause[last:])
    first = min(start for start, _ in found)
    give = re.search(r"\b(?:give|make)\s+(.+?)(?:\s+(?:wear|a|an|some|a pair of)\b.*|\s+the)?\s*$", clause[:first])
    placement, target = placement_in(who.group(1) if who else give.group(1) if give else "")
    target = re.sub(r"(?:'s)?\s+(?:head|face|nose|eyes|hair|neck)$|'s$", "", clean_target(target))
    target = target if target not in ("", "the", "a", "an") else "the face"
    return [PhotoEdit("accessory", name=ACCESSORIES[words], target=target, placement=placement, request=clause,
                      color=_worn_color(clause[:start]))
            for start, words in sorted(found)]


def _worn_color(before: str) -> RGB | None:
    """The colour named just before a worn thing ("a red scarf", "a dark green knitted scarf", "a pink bow")."""
    named = re.search(rf"\b((?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES}))(?:\s+[a-z]+)?\s*$", before)
    found = color_in(named.group(1)) if named else None
    return found[1] if found else None


def read_add(clause: str, count: int) -> list[PhotoEdit] | None:
    painted = _read_painted(clause)
    if painted is not None:
        return painted
    match = re.search(r"\b(?:add|put|place|insert|draw|include|paste)\s+(?:a |an |some |the |one )?"
                      r"([a-z][a-z\-]*(?: [a-z][a-z\-]*)?)(?:\s+(.*))?$", clause)
    if not match or "sticker" in clause or re.search(r"\b(?:text|words?|caption|title|label|filter)\b", clause):
        return None
    thing, rest = match.group(1), (match.group(2) or "")
    words = thing.split()
    if len(words) == 2 and pictogram_for(thing) is None:  # "a dog next" → "dog"; keep "ice cream"
        rest, thing = f"{words[1]} {rest}".strip(), words[0]
    if re.search(rf"\b(?:put|place)\s+the\s+{re.escape(thing)}\s+{_BESIDE}\b", clause):
        return None  # "put the cat on a sofa": moving what the photo shows, not adding another one
    if thing in ("fog", "mist", "rain", "snow", "snowfall", "lightning") or light_in(thing):
        return None  # weather and light ("add a sunset"): read as light
    glyph = "🌈" if thing == "rainbow" else pictogram_for(thing)
    if glyph is None:
        return None
    placement, _ = placement_in(rest)
    return [PhotoEdit("add", name=thing, glyph=glyph, destination=rest.strip(), placement=placement,
                      request=clause)]


def _read_painted(clause: str) -> list[PhotoEdit] | None:
    """Scenery the engine paints into the photo ("add a lighthouse", "put fireworks in the sky", "add snow on the
    ground"): named for the engine, whatever the pictograms hold."""
    verb = re.search(r"\b(?:add|put|place|insert|draw|include|paste|paint|show)\s+(?:a |an |some |the |one )?(.*)$",
                     clause)
    if not verb:
        return None
    if re.search(SNOW_ON, verb.group(1)):
        return [PhotoEdit("add", name="snow", destination="on the ground", request=clause)]
    for words in sorted(PAINTED_ADDITIONS, key=len, reverse=True):
        found = re.match(rf"(?:[a-z-]+\s+)?{re.escape(words)}\b(.*)$", verb.group(1))
        if found:
            rest = found.group(1).strip()
            placement, _ = placement_in(rest)
            return [PhotoEdit("add", name=PAINTED_ADDITIONS[words], destination=rest, placement=placement,
                              request=clause)]
    return None


# "make the grass greener": a colour asked for as more of itself is that colour.
COMPARATIVES = {"greener": "green", "bluer": "blue", "redder": "red", "yellower": "yellow", "pinker": "pink",
                "browner": "brown", "whiter": "white", "blacker": "black", "oranger": "orange"}


def read_recolor(clause: str, count: int) -> list[PhotoEdit] | None:
    request = clause
    clause = re.sub(r"\b(?:make|turn)\s+(.+?)\s+(?:look\s+|a bit\s+|much\s+|more\s+)?(" + "|".join(COMPARATIVES) +
                    r")$", lambda m: f"make {m.group(1)} {COMPARATIVES[m.group(2)]}", clause)
    clause = re.sub(rf"\b((?:{COLOR_NAMES}))\s+like\s+(?:a |an |the )?[a-z' ]+$", r"\1", clause)  # "… like a
    verbs = r"(?:make|turn|paint|colou?r|dye|change|recolou?r|switch|tint)"  # blood moon": the colour is named
    match = re.search(r"\b(?:change|switch)\s+the\s+colou?r\s+of\s+(.+?)\s+(?:to|into)\s+(.+)$", clause) or \
        re.search(rf"\b{verbs}\s+(.+?)\s+(?:from\s+(.+?)\s+)?(?:to|into|in)\s+(?:a\s+)?(.+)$", clause) or \
        re.search(rf"\b{verbs}\s+(.+?)\s+(?:an? )?((?:(?:{MODIFIERS})[ -])?(?:{COLOR_NAMES})(?: colou?r)?)$", clause)
    if not match:
        return None
    groups = list(match.groups())
    raw_target, new = groups[0], groups[-1]
    named = color_in(new)
    if named is None or not re.fullmatch(rf"(?:a |an )?{re.escape(named[0])}(?: colou?r| one| instead)?",
                                         new.strip()):
        return None  # the new colour must be the whole rest of the clause: "make it black and white" is no recolour
    target, color, placement = target_fields(raw_target)
    target = re.sub(r"\s+(?:colou?r|look|looks)$", "", target)  # "change the cup color to green", "the coins look gold"
    if len(groups) == 3 and groups[1]:
        source = color_in(groups[1])
        color = source[1] if source else color
    if not target or target in NOT_TARGETS or target.startswith(("it ", "this ")) or re.search(
            r"\b(?:sky|background)\b", target):
        return None
    return [PhotoEdit("recolor", name=named[0], target=target, target_color=color, color=named[1],
                      placement=placement, request=request)]


READERS = (read_crop, read_background, read_sky, read_combine, read_remove, read_text_at_thing, read_accessory,
           read_add, read_recolor, read_outpaint)  # in this order: the first reader that recognises a clause reads it
