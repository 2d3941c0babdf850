"""The small grammar shared by the photo-edit readers: colours (with hair colours), positions, a target's words,
and the names of light and styles."""

from __future__ import annotations

import re

from openbanana.plan import RGB
from openbanana.planner.rules.vocabulary.colors import AMBIGUOUS_COLORS, COLOR_MODIFIERS, COLORS, mix
from openbanana.planner.rules.vocabulary.photo import (
    DECADE_LOOK,
    NIGHT_AFTER_VERB,
    PLACEMENTS,
    RELIGHTS,
    SKETCH_VERB,
    STYLE_CONTEXT,
    STYLE_SUFFIX,
    STYLES,
    STYLES_IN_CONTEXT,
    TIMES,
    WEATHERS,
)
from openbanana.scene import Placement

ARTICLE = r"(?:the |a |an |his |her |their |my |its |this |that |these |those |some )?"
WHO = r"(?:him|her|them|me|us|it|the [a-z]+(?: [a-z]+)?|everyone|everybody)"
PHOTO_WORDS = r"(?:photo|picture|image|shot|pic|one)"
TAIL = rf"\s+(?:from|in|of)\s+(?:the |this |my |that )?(?:{PHOTO_WORDS}|scene|background)$"
NOT_TARGETS = frozenset({"it", "this", "that", "the photo", "the picture", "the image", "everything", "all",
                         "the whole thing", "the whole photo", "them"})
HAIR_COLORS: dict[str, RGB] = {"blonde": (236, 204, 128), "blond": (236, 204, 128), "brunette": (92, 60, 38),
                               "ginger": (196, 92, 40), "auburn": (150, 60, 36), "platinum": (232, 228, 214)}
ALL_COLORS: dict[str, RGB] = {**COLORS, **HAIR_COLORS}
COLOR_NAMES = "|".join(re.escape(n) for n in sorted(ALL_COLORS, key=len, reverse=True))
MODIFIERS = "|".join(re.escape(m) for m in COLOR_MODIFIERS)


def color_in(text: str) -> tuple[str, RGB] | None:
    """The first colour phrase in `text` ("light blue" → a lightened blue), with the words that named it."""
    best: tuple[int, str, RGB] | None = None
    for name in sorted(ALL_COLORS, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(name)}\b", text)
        if match and (best is None or match.start() < best[0]):
            color = ALL_COLORS[name]
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


def clean_target(text: str) -> str:
    text = re.sub(TAIL, "", text.strip())
    text = re.sub(r"\s+(?:please|for me|too|as well)$", "", text)
    return text.strip(" ,")


# "the coffee cup", "the rose bush", "the olive tree": a colour's name that says what a thing holds or grows is part
# of the thing's name, never its colour (read as one, "remove the coffee cup" took every brown pixel, the table too).
_NAMED_BY_CONTENTS = (r"\b(?:(?:coffee|wine|chocolate|cocoa|mint|cream|tea)\s+(?:cups?|mugs?|glass(?:es)?|bottles?|"
                      r"jars?|pots?|cans?|machines?|makers?|beans?|bars?|cakes?|table)|(?:rose|lime|lemon|olive|peach|"
                      r"plum|cherry|orange|tomato|lavender|mint)\s+(?:trees?|bush(?:es)?|plants?|blossoms?|fields?|"
                      r"groves?|orchards?))\b")


def target_fields(raw: str) -> tuple[str, RGB | None, Placement]:
    placement, rest = placement_in(clean_target(raw))
    rest = re.sub(r"\s+(?:itself|themselves)$", "", rest)  # "the coffee itself": the coffee
    if placement != "auto":  # "the coins in the top row" left "the coins row": the row of coins
        rest = re.sub(r"^the ([a-z]+s) (row|column)$", r"the \2 of \1", rest)
    named = color_in(rest)
    compound = re.search(_NAMED_BY_CONTENTS, rest)
    if named and compound and compound.group(0).startswith(named[0]):
        named = None
    if named and _names_the_thing(named[0], rest):
        named = None
    return rest, named[1] if named else None, placement


BY_ITS_COLOUR = frozenset({"gold", "silver", "copper", "bronze", "sand", "snow"})  # the thing is its colour


def _names_the_thing(color: str, target: str) -> bool:
    """Whether a colour word is the target's own noun, not its colour: "the coffee" in "make the coffee green" is
    the drink (taken as coffee-brown, every brown thing in the photo turned green and was said as the coffee). A
    metal, sand or snow stays a colour: what is gold or sand-coloured in the photo is what it names."""
    return color in AMBIGUOUS_COLORS and color not in BY_ITS_COLOUR and bool(re.fullmatch(
        rf"(?:the |my |this |that |a )?{re.escape(color)}", target))


def style_in(clause: str) -> str | None:
    if re.search(DECADE_LOOK, clause):
        return "vintage_film"
    for words in sorted(STYLES, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", clause):
            return STYLES[words]
    for words in sorted(STYLES_IN_CONTEXT, key=len, reverse=True):
        escaped = re.escape(words)
        if any(re.search(rf"{context}{escaped}\b", clause) for context in STYLE_CONTEXT) or re.search(
                rf"\b{escaped}{STYLE_SUFFIX}\b", clause):
            return STYLES_IN_CONTEXT[words]
    return "pencil_sketch" if re.search(SKETCH_VERB, clause) else None


# "light her from the left", "lit from the right by a lamp", "a lamp on the left lighting her", "side light from the
# right": light falling from one side (the clause must name a light: "move it from the left" is no light)
SIDE_LAMP = (r"\b(?:light|lit|lighting|light up|illuminate|illuminated|side-?lit|side-?light)\b(?:\s+[a-z']+){0,4}?\s+"
             r"from the (left|right)\b|\b(?:lamp|light)\s+(?:on|at) the (left|right)\b")


def light_in(clause: str) -> str | None:
    """The light a clause asks for: "night", "rain", or a weather at a time of day, "night+rain" ("a rainy night",
    "a snowy evening", "sunset in the fog"), where each alone would lose the other."""
    if re.search(NIGHT_AFTER_VERB, clause) or re.search(r"\b(?:make|turn) it (?:at )?night\b", clause):
        return "night"
    side = re.search(SIDE_LAMP, clause)
    if side:  # "light her face from the left with a warm lamp": a lamp's light from that side
        return f"lamp_{side.group(1) or side.group(2)}"
    named = [RELIGHTS[w] for w in sorted(RELIGHTS, key=len, reverse=True) if re.search(rf"\b{re.escape(w)}\b", clause)]
    weather = next((n for n in named if n in WEATHERS), None)
    time = next((n for n in named if n in TIMES), "night" if re.search(r"\bnight\b", clause) else None)
    if weather and time:
        return f"{time}+{weather}"
    return named[0] if named else None


def target_after(pattern: str, clause: str, refused: str) -> str | None:
    """The target after a verb (the pattern's group), unless it is the whole photo or words another reader takes."""
    match = re.search(pattern, clause)
    if not match:
        return None
    target = clean_target(match.group(1))
    return None if target in NOT_TARGETS or re.search(refused, target) else target


# the words that place a thing against another ("next to the cup", "on the saucer", "to the left of the tower")
BESIDE = (r"(?:next to|beside|by|near|on|onto|in|into|under|behind|in front of|on top of|with|to the (?:left|right) "
           r"of)")
