"""Stand-ins that keep the named thing's kind: what a measure or a container holds decides its picture.

The index's own pictogram for a head noun is often one particular kind of it: "bottle" is a baby's bottle, "ball"
a football, "carton" a glass of milk. A bottle of olive oil drawn as a baby's bottle, or a ball of yarn as a
football, is a thing of another kind. Here a shape word ("a ball of yarn", "a loaf of bread") is drawn as what it
is made of when that has a pictogram (yarn is drawn as a ball of it), and a container as the kind of container
that holds what it holds, saying in the stand-in what stood in ("shown as a lotion bottle"). A compound the stand-in
table knows whole ("lily pad", "baby shower") wins over its head's pictogram ("pad", "shower").
"""

from __future__ import annotations

import re

from openbanana.plan import RGB
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.entity_draft import Draft
from openbanana.planner.stand_ins import stand_in

# Words that name an amount in the shape of what it holds: the picture is of the stuff ("a ball of yarn" is 🧶).
SHAPES = frozenset({"ball", "bar", "loaf", "slice", "piece", "bunch", "head", "stick", "roll", "wedge", "lump",
                    "skein", "block", "chunk", "clove", "ear", "sprig", "cob"})
BABY_BOTTLE = frozenset({"milk", "formula", "baby milk"})
POPPED = frozenset({"wine", "champagne", "prosecco", "bubbly", "cava", "beer", "cider", "sparkling wine"})
PLAIN_BOTTLE = ("🧴", "lotion bottle")  # the bottle with no baby's teat or cork: oil, shampoo, sauce, water
# container → (pictogram, what it shows) by what it holds; "*" is any other contents
CONTAINERS: dict[str, dict[str, tuple[str, str]]] = {
    "bottle": {**dict.fromkeys(BABY_BOTTLE, ("🍼", "baby bottle")),
               **dict.fromkeys(POPPED, ("🍾", "bottle with popping cork")), "*": PLAIN_BOTTLE},
    "carton": {**dict.fromkeys(("milk", "juice", "orange juice", "apple juice", "cream", "oat milk", "soy milk"),
                               ("🧃", "beverage box"))},
    # a glass is drawn as the glass its drink is served in; any other drink in a plain glass, showing its colour
    "glass": {**dict.fromkeys(("wine", "red wine", "white wine", "rosé", "rose wine"), ("🍷", "wine glass")),
              **dict.fromkeys(("champagne", "prosecco", "bubbly", "sparkling wine", "cava"), ("🥂", "champagne glass")),
              **dict.fromkeys(("beer", "ale", "lager", "cider", "stout"), ("🍺", "beer mug")),
              **dict.fromkeys(("whisky", "whiskey", "bourbon", "scotch", "rum", "brandy"), ("🥃", "tumbler glass")),
              **dict.fromkeys(("cocktail", "martini", "margarita"), ("🍸", "cocktail glass")),
              **dict.fromkeys(("milk", "oat milk", "soy milk", "almond milk"), ("🥛", "glass")),
              "*": ("🥛", "glass")},
    # a cup or a mug of anything hot is a cup ("a cup of hot chocolate" is no chocolate bar)
    **{cup: {**dict.fromkeys(("tea", "green tea", "matcha"), ("🍵", "teacup")), "*": ("☕", "hot beverage")}
       for cup in ("cup", "mug", "teacup")},
    # a jug holds anything ("a pitcher of lemonade" is no baseball pitcher)
    **{jug: {"*": ("🏺", "jug")} for jug in ("jug", "pitcher")},
}
# What a plain bottle holds, in the colour it shows through the glass (no colour named for the bottle itself).
CONTENT_COLOURS: dict[str, RGB] = {"olive oil": (168, 160, 52), "oil": (200, 168, 60), "water": (150, 200, 235),
                                   "vinegar": (150, 60, 50), "soy sauce": (70, 40, 30), "honey": (226, 160, 40),
                                   "maple syrup": (170, 90, 30), "syrup": (170, 90, 30), "ketchup": (200, 40, 30),
                                   "hot sauce": (200, 50, 30), "shampoo": (120, 170, 210),
                                   "lemonade": (246, 226, 120), "orange juice": (250, 160, 40), "juice": (250, 160, 40),
                                   "apple juice": (232, 190, 80), "iced tea": (190, 110, 40), "tea": (190, 110, 40),
                                   "cola": (80, 35, 20), "soda": (80, 35, 20), "smoothie": (236, 110, 150),
                                   "tomato juice": (200, 40, 30), "lime juice": (170, 210, 80)}
SEEN_THROUGH = frozenset({"bottle", "glass"})  # containers whose contents colour them
VESSEL_WORDS = frozenset({"pitcher", "jug", "tumbler"})  # vessels whose word also names a person or a player
# Things drawn as a form of their own though the index has a pictogram by the name: it shows another kind (a "tray"
# is an office's inbox tray with an arrow).
FORM_OVER_INDEX = frozenset({"tray", "serving tray"})
_OF = re.compile(r"^of (?:(?:a|an|the|some|fresh|extra virgin|virgin|hot|cold|red|white|sparkling) )*(.+)$")


def contents(modifiers: tuple[str, ...] | list[str]) -> str:
    """What an "of" modifier says the thing holds or is made of ("of olive oil" → "olive oil"), or ""."""
    for modifier in modifiers:
        found = _OF.match(modifier.lower())
        if found:
            return found.group(1).strip()
    return ""


def by_contents(noun: str, modifiers: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    """(pictogram, what it shows) for a measure or container by what it holds, or None to look it up as usual."""
    held = contents(modifiers)
    if not held:
        return None
    if noun in SHAPES:
        glyph = pictogram_for(held) or pictogram_for(held.split()[-1])
        return (glyph, held) if glyph else None
    table = CONTAINERS.get(noun)
    if table is None:
        return None
    return table.get(held) or table.get(held.split()[-1]) or table.get("*")


def content_colour(noun: str, modifiers: tuple[str, ...] | list[str]) -> RGB | None:
    """The colour a plain bottle or glass shows of what is in it ("a bottle of olive oil" is olive gold, "a glass of
    lemonade" pale yellow), or None."""
    if noun not in SEEN_THROUGH:
        return None
    held = contents(modifiers)
    return CONTENT_COLOURS.get(held) or CONTENT_COLOURS.get(held.split()[-1] if held else "")


def whole_compound(noun: str, lookup: str, modifiers: tuple[str, ...] | list[str]) -> tuple[str, str, str] | None:
    """(pictogram, what it shows, the words) for a compound the stand-in table knows whole, before its head's own
    pictogram: "lily pad" is not a pad, a "baby shower" is no shower."""
    for phrase in dict.fromkeys([lookup, *(f"{m} {noun}" for m in modifiers if not m.startswith("of "))]):
        if phrase and " " in phrase and phrase.endswith(" " + noun):
            known = stand_in(phrase)
            if known:
                return (*known, phrase)
    return None


def show_contents(container: Draft, content: Draft, lemma: str) -> None:
    """A container takes what it is made of from its contents' words ("a cup of wooden beads"), and a glass or a
    bottle the colour of what it holds when that is named ("a glass of green smoothie" is green); a vessel with
    contents is a thing, whatever else its word names ("a pitcher of lemonade" is a jug, no ball player)."""
    container.material = container.material or content.material
    if lemma in VESSEL_WORDS:
        container.person, container.age = False, None
    if lemma in SEEN_THROUGH and container.color is None and content.color is not None:
        container.color, container.color_name = content.color, content.color_name
