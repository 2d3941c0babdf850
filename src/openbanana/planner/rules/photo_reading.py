"""Reads the edits that change what is in a photo: "make it a watercolor", "make the car blue", "remove the person on
the left", "add sunglasses to her", "replace the sky with a sunset", "put her on a beach", "combine these photos".

The prompt is cut into clauses at sentence ends, commas and "and"/"then" before a verb; each clause is read by the
first reader that recognises it, and styles and light are read from the clauses left over. Every edit keeps the
clause it came from (`request`), which the answer quotes if the engine could not make it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from openbanana.plan import RGB, EditOp, PhotoEdit
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.vocabulary.colors import COLOR_MODIFIERS, COLORS, mix
from openbanana.planner.rules.vocabulary.photo import (
    ACCESSORIES,
    NIGHT_AFTER_VERB,
    ORDINALS,
    PLACEMENTS,
    PLACES,
    RELIGHTS,
    SKIES,
    STYLE_CONTEXT,
    STYLE_SUFFIX,
    STYLES,
    STYLES_IN_CONTEXT,
    UNDRAWN_WEARABLES,
)
from openbanana.scene import Placement

_VERBS = (r"make|add|put|place|remove|erase|delete|replace|change|turn|give|get rid|take|swap|paint|colou?r|"
          r"recolou?r|set|blur|extend|zoom|combine|merge|draw|insert|dye|outpaint|uncrop|expand|widen|convert")
_CLAUSES = re.compile(rf"[.;!?\n]+|,\s*(?:and\s+|then\s+)?|\s+(?:and then|then|and also|also|plus)\s+"
                      rf"|\s+and\s+(?=(?:{_VERBS})\b)")
_ARTICLE = r"(?:the |a |an |his |her |their |my |its |this |that |these |those |some )?"
_WHO = r"(?:him|her|them|me|us|it|the [a-z]+(?: [a-z]+)?|everyone|everybody)"
_PHOTO_WORDS = r"(?:photo|picture|image|shot|pic|one)"
_TAIL = rf"\s+(?:from|in|of)\s+(?:the |this |my |that )?(?:{_PHOTO_WORDS}|scene|background)$"
_NOT_TARGETS = frozenset({"it", "this", "that", "the photo", "the picture", "the image", "everything", "all",
                          "the whole thing", "the whole photo", "them"})
_HAIR_COLORS: dict[str, RGB] = {"blonde": (236, 204, 128), "blond": (236, 204, 128), "brunette": (92, 60, 38),
                                "ginger": (196, 92, 40), "auburn": (150, 60, 36), "platinum": (232, 228, 214)}
_ALL_COLORS: dict[str, RGB] = {**COLORS, **_HAIR_COLORS}
_COLOR_NAMES = "|".join(re.escape(n) for n in sorted(_ALL_COLORS, key=len, reverse=True))
_MODIFIERS = "|".join(re.escape(m) for m in COLOR_MODIFIERS)
# Global tone changes that a photo edit does properly instead: light and sky replace "night", "golden", storm light.
_REPLACED_OPS: dict[str, tuple[EditOp, ...]] = {"relight": ("night", "golden", "dramatic"),
                                                 "sky": ("golden", "night", "dramatic"),
                                                 "background": ("blur_background",)}


@dataclass(frozen=True)
class EditReading:
    edits: tuple[PhotoEdit, ...]
    handled: tuple[str, ...]  # clauses read as photo edits: not "unsupported"
    replaced_ops: frozenset[EditOp]  # global tone changes a photo edit makes properly
    undrawable: tuple[str, ...]  # clauses that ask for something this engine cannot draw (a beard)


def split_clauses(lowered: str) -> list[str]:
    clauses = [re.sub(r"^(?:please|also|and|then|now|can you|could you|i want you to)\s+", "", c.strip())
               for c in _CLAUSES.split(lowered)]
    return [c.strip() for c in clauses if c and c.strip()]


def read_photo_edits(lowered: str, reference_count: int) -> EditReading:
    edits: list[PhotoEdit] = []
    handled: list[str] = []
    undrawable: list[str] = []
    leftover: list[str] = []
    readers: list[Callable[[str, int], list[PhotoEdit] | None]] = [
        _background, _sky, _combine, _remove, _accessory, _add, _recolor, _outpaint]
    for clause in split_clauses(lowered):
        if any(re.search(rf"\b{re.escape(w)}\b", clause) for w in UNDRAWN_WEARABLES) and re.search(
                r"\b(?:add|give|put|wear|wearing|with)\b", clause):
            undrawable.append(clause)
            continue
        for reader in readers:
            found = reader(clause, reference_count)
            if found is not None:
                edits.extend(found)
                handled.append(clause)
                break
        else:
            leftover.append(clause)
    looks = _styles_and_light(leftover)
    edits.extend(looks)
    handled.extend(e.request for e in looks if e.request not in handled)
    replaced = frozenset(op for e in edits for op in _REPLACED_OPS.get(e.kind, ()))
    return EditReading(tuple(edits), tuple(handled), replaced, tuple(undrawable))


def color_in(text: str) -> tuple[str, RGB] | None:
    """The first colour phrase in `text` ("light blue" → a lightened blue), with the words that named it."""
    best: tuple[int, str, RGB] | None = None
    for name in sorted(_ALL_COLORS, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(name)}\b", text)
        if match and (best is None or match.start() < best[0]):
            color = _ALL_COLORS[name]
            words = name
            modifier = re.search(r"\b(\w+)[ -]$", text[:match.start()])
            if modifier and modifier.group(1) in COLOR_MODIFIERS and " " not in name:
                toward, amount = COLOR_MODIFIERS[modifier.group(1)]
                color, words = mix(color, toward, amount), f"{modifier.group(1)} {name}"
            best = (match.start() - (len(words) - len(name)), words, color)
    return (best[1], best[2]) if best else None


def placement_in(text: str) -> tuple[Placement, str]:
    """A position named in a target ("the man on the left" → left) and the target without it."""
    pattern = (r"\s*\b(?:(?:on|to|at|in|from)\s+the\s+|in\s+)?(top left|upper left|top right|upper right|bottom left|"
               r"lower left|bottom right|lower right|left|right|middle|center|centre|top|bottom)"
               r"(?:[- ]?(?:most|hand side|side|corner|edge))?\b")
    match = re.search(pattern, text)
    if not match:
        return "auto", text
    rest = (text[:match.start()] + " " + text[match.end():]).strip()
    return PLACEMENTS[match.group(1)], re.sub(r"\s+", " ", rest)


def _clean_target(text: str) -> str:
    text = re.sub(_TAIL, "", text.strip())
    text = re.sub(r"\s+(?:please|for me|too|as well)$", "", text)
    return text.strip(" ,")


def _target_fields(raw: str) -> tuple[str, RGB | None, Placement]:
    placement, rest = placement_in(_clean_target(raw))
    named = color_in(rest)
    return rest, named[1] if named else None, placement


def _background(clause: str, count: int) -> list[PhotoEdit] | None:
    if re.search(r"\b(?:blur|blurr?y|blurred)\b.*\bbackground\b|\bbackground blur\b|\bbokeh\b|\bdepth of field\b",
                 clause):
        return [PhotoEdit("background", name="blur", target="the background", request=clause)]
    if re.search(r"\b(?:remove|delete|erase|get rid of|cut out)\s+(?:the\s+)?background\b", clause):
        return [PhotoEdit("background", name="white", target="the background", request=clause)]
    what = None
    match = re.search(r"\b(?:replace|change|swap|switch|turn|make|set)\s+(?:the |her |his |their |my |its )?"
                      r"background(?:\s+(?:with|to|for|into|in))?\s+(.+)$", clause) or re.search(
        r"\b(?:new|different)\s+background(?:\s+(?:of|with|showing))?\s+(.+)$", clause) or re.search(
        r"\b(.+?)\s+(?:as the|as a|for the)\s+background$", clause)
    if match:
        what = match.group(1)
    else:
        moved = re.search(rf"\b(?:put|place|move|set|transport|send)\s+{_WHO}\s+(?:on|at|in|into|onto|to)\s+"
                          rf"(?:a |an |the )?(.+)$", clause)
        if moved and _place(moved.group(1)):
            what = moved.group(1)
    if what is None:
        return None
    place = _place(what)
    named = color_in(what)
    if place is None and named is None:
        return [PhotoEdit("background", name="park", target="the background", request=clause)] if re.search(
            r"\b(?:outdoors?|outside|nature)\b", what) else None
    if place is None and named is not None:
        return [PhotoEdit("background", name=named[0], color=named[1], target="the background", request=clause)]
    edits = [PhotoEdit("background", name=place or "park", target="the background", request=clause)]
    light = _light(what.replace(next((w for w in PLACES if PLACES[w] == place and w in what), ""), "", 1))
    if light:  # "on a beach at sunset": the place, then the light over it
        edits.append(PhotoEdit("relight", name=light, request=clause))
    return edits


def _place(text: str) -> str | None:
    """The place named first ("a beach at sunset" → beach); of words at the same spot, the longest."""
    found = [(m.start(), -len(words), PLACES[words]) for words in PLACES
             for m in [re.search(rf"\b{re.escape(words)}\b", text)] if m]
    return min(found)[2] if found else None


def _sky(clause: str, count: int) -> list[PhotoEdit] | None:
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


def _combine(clause: str, count: int) -> list[PhotoEdit] | None:
    if count < 2 or re.search(r"\b(?:collage|grid|side by side|next to each other|tile)\b", clause):
        return None
    ordinal = "|".join(ORDINALS) + "|last|2|3"
    taken = re.search(rf"\b(?:put|place|add|insert|paste|move|bring|take)\s+(.+?)\s+from\s+(?:the |my )?"
                      rf"({ordinal})\s+{_PHOTO_WORDS}s?\b(.*)$", clause)
    if taken:
        index = _ordinal(taken.group(2), count)
        destination = re.sub(rf"\s*\b(?:in|into|of|on)\s+(?:the\s+)?(?:first|1st|this|main)\s*{_PHOTO_WORDS}?\s*$",
                             "", taken.group(3)).strip()
        placement, _ = placement_in(destination)
        return [PhotoEdit("combine", target=_clean_target(taken.group(1)), reference=index, placement=placement,
                          destination=destination, request=clause)]
    into = re.search(rf"\b(?:put|place|add|insert|paste)\s+({_WHO}|the [a-z]+)\s+(?:in|into|onto)\s+"
                     rf"(?:the |this |my )?(?:first|1st|other|this)?\s*{_PHOTO_WORDS}\b", clause)
    if into:
        return [PhotoEdit("combine", target=into.group(1), reference=1, request=clause)]
    if re.search(r"\b(?:combine|merge|blend|composite|join)\b", clause):  # every other photo's subject, in turn
        return [PhotoEdit("combine", target="", reference=index, request=clause) for index in range(1, count)]
    return None


def _ordinal(word: str, count: int) -> int:
    if word == "last":
        return count - 1
    if word.isdigit():
        return max(0, int(word) - 1)
    return ORDINALS.get(word, 1)


def _remove(clause: str, count: int) -> list[PhotoEdit] | None:
    match = re.search(r"\b(?:remove|erase|delete|get rid of|take out|take away|cut out|eliminate|clear away|hide)\s+"
                      r"(.+)$", clause)
    if not match:
        return None
    raw = _clean_target(match.group(1))
    if raw in _NOT_TARGETS or re.search(r"\b(?:text|words?|watermark|logo|caption|writing|lettering)\b", raw):
        return None
    if re.search(r"\bclouds?\b", raw):
        return [PhotoEdit("sky", name="clear", target="the sky", request=clause)]
    edits = []
    for part in re.split(r"\s+and\s+|\s*&\s*", raw):
        target, color, placement = _target_fields(part)
        if target and target not in _NOT_TARGETS:
            edits.append(PhotoEdit("remove", target=target, target_color=color, placement=placement,
                                   request=clause))
    return edits or None


def _accessory(clause: str, count: int) -> list[PhotoEdit] | None:
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
    who = re.search(r"\b(?:on|to|onto|for)\s+(.+)$", clause[last:])
    first = min(start for start, _ in found)
    give = re.search(r"\b(?:give|make)\s+(.+?)(?:\s+(?:wear|a|an|some|the))*\s*$", clause[:first])
    placement, target = placement_in(who.group(1) if who else give.group(1) if give else "")
    target = re.sub(r"(?:'s)?\s+(?:head|face|nose|eyes|hair)$|'s$", "", _clean_target(target))
    target = target if target not in ("", "the", "a", "an") else "the face"
    return [PhotoEdit("accessory", name=ACCESSORIES[words], target=target, placement=placement, request=clause)
            for _, words in sorted(found)]


def _add(clause: str, count: int) -> list[PhotoEdit] | None:
    match = re.search(r"\b(?:add|put|place|insert|draw|include|paste)\s+(?:a |an |some |the |one )?"
                      r"([a-z][a-z\-]*(?: [a-z][a-z\-]*)?)(?:\s+(.*))?$", clause)
    if not match or "sticker" in clause or re.search(r"\b(?:text|words?|caption|title|label|filter)\b", clause):
        return None
    thing, rest = match.group(1), (match.group(2) or "")
    words = thing.split()
    if len(words) == 2 and pictogram_for(thing) is None:  # "a dog next" → "dog"; keep "ice cream"
        rest, thing = f"{words[1]} {rest}".strip(), words[0]
    if thing in ("fog", "mist", "rain", "snow", "snowfall", "lightning"):
        return None  # weather: read as light
    glyph = "🌈" if thing == "rainbow" else pictogram_for(thing)
    if glyph is None:
        return None
    placement, _ = placement_in(rest)
    return [PhotoEdit("add", name=thing, glyph=glyph, destination=rest.strip(), placement=placement,
                      request=clause)]


def _recolor(clause: str, count: int) -> list[PhotoEdit] | None:
    verbs = r"(?:make|turn|paint|colou?r|dye|change|recolou?r|switch|tint)"
    match = re.search(r"\b(?:change|switch)\s+the\s+colou?r\s+of\s+(.+?)\s+(?:to|into)\s+(.+)$", clause) or \
        re.search(rf"\b{verbs}\s+(.+?)\s+(?:from\s+(.+?)\s+)?(?:to|into|in)\s+(?:a\s+)?(.+)$", clause) or \
        re.search(rf"\b{verbs}\s+(.+?)\s+(?:an? )?((?:(?:{_MODIFIERS})[ -])?(?:{_COLOR_NAMES})(?: colou?r)?)$", clause)
    if not match:
        return None
    groups = list(match.groups())
    raw_target, new = groups[0], groups[-1]
    named = color_in(new)
    if named is None or not re.fullmatch(rf"(?:a |an )?{re.escape(named[0])}(?: colou?r| one| instead)?",
                                         new.strip()):
        return None  # the new colour must be the whole rest of the clause: "make it black and white" is no recolour
    target, color, placement = _target_fields(raw_target)
    if len(groups) == 3 and groups[1]:
        source = color_in(groups[1])
        color = source[1] if source else color
    if not target or target in _NOT_TARGETS or target.startswith(("it ", "this ")) or re.search(
            r"\b(?:sky|background)\b", target):
        return None
    return [PhotoEdit("recolor", name=named[0], target=target, target_color=color, color=named[1],
                      placement=placement, request=clause)]


def _outpaint(clause: str, count: int) -> list[PhotoEdit] | None:
    match = re.search(r"\b(zoom out|outpaint|uncrop|extend (?:the |this |it)?\s*(?:image|picture|photo|canvas|"
                      r"background|scene|sides|edges|frame)?|expand (?:the )?(?:image|picture|photo|canvas|view|"
                      r"frame)|wider (?:shot|view|frame|angle)|show more(?: of the (?:scene|surroundings|"
                      r"background))?|make it (?:wider|taller)|widen (?:it|the (?:image|photo|picture|frame)))\b",
                      clause)
    if not match:
        return None
    zoom = 0.72 if re.search(r"zoom out|show more|wider (?:shot|view|angle)", match.group(1)) else 1.0
    return [PhotoEdit("outpaint", amount=zoom, request=clause)]


def _styles_and_light(clauses: list[str]) -> list[PhotoEdit]:
    edits: list[PhotoEdit] = []
    for clause in clauses:
        style = _style(clause)
        if style and not any(e.kind == "style" for e in edits):
            edits.append(PhotoEdit("style", name=style, request=clause))
        light = _light(clause)
        if light and not any(e.kind == "relight" for e in edits):
            edits.append(PhotoEdit("relight", name=light, request=clause))
    return edits


def _style(clause: str) -> str | None:
    for words in sorted(STYLES, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", clause):
            return STYLES[words]
    for words in sorted(STYLES_IN_CONTEXT, key=len, reverse=True):
        escaped = re.escape(words)
        if any(re.search(rf"{context}{escaped}\b", clause) for context in STYLE_CONTEXT) or re.search(
                rf"\b{escaped}{STYLE_SUFFIX}\b", clause):
            return STYLES_IN_CONTEXT[words]
    return None


def _light(clause: str) -> str | None:
    if re.search(NIGHT_AFTER_VERB, clause) or re.search(r"\b(?:make|turn) it (?:at )?night\b", clause):
        return "night"
    for words in sorted(RELIGHTS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(words)}\b", clause):
            return RELIGHTS[words]
    return None
