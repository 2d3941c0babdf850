"""What a new background only approximates, said in the answer: a place the engine has no drawing of is drawn as the
nearest one it has ("a garden" as a park, "a kitchen" as a room), and the answer says so. Without this sentence the
answer's "a new park background" quietly put a park where a garden was asked for."""

from __future__ import annotations

import re

from openbanana.plan import NEAREST_PLACE, PLACE_ALONE, PhotoEdit
from openbanana.planner.rules.photo_words import light_in
from openbanana.planner.rules.vocabulary.photo import PLACES
from openbanana.wording import with_article

# the words drawn as another place (the others are plain synonyms of the place drawn: "ocean" for the sea)
NEAREST = frozenset({"garden", "jungle", "lake", "island", "tropical", "meadow", "field", "countryside", "kitchen",
                     "office", "bedroom", "new york", "paris", "concert", "aquarium", "highway", "road", "bookshelf",
                     "bookshelves", "bookcase", "library", "fireplace", "cafe", "café", "restaurant", "paddock",
                     "pasture", "farm", "farmyard", "ranch", "showroom", "gallery"})
_ASKED = sorted(NEAREST, key=len, reverse=True)
_PLACE_WORDS = "|".join(re.escape(w) for w in sorted(PLACES, key=len, reverse=True))
PROPER = frozenset({"new york", "paris"})
PLACE_SAID = {"park": "a grassy park"}  # how a drawn place is named when a detail beside it is not drawn
_SKY_WORDS = frozenset({"sky", "sunset", "sunrise", "stars", "moon", "clouds", "light", "lights", "sun"})
# what some drawn place may have (a forest's trees, a beach's waves): never said as missing
_PAINTED = frozenset({"tree", "trees", "grass", "hills", "sand", "waves", "water", "snow", "mountains", "buildings",
                      "dunes", "sea", "ocean", "floor", "wall", "walls"})


def place_shortfalls(edits: tuple[PhotoEdit, ...]) -> tuple[str, ...]:
    """One sentence per background edit whose request names a place drawn as another, saying which."""
    said: list[str] = []
    for edit in edits:
        if edit.kind != "background":
            continue
        asked = next((w for w in _ASKED if PLACES[w] == edit.name and re.search(rf"\b{w}\b", edit.request)), None)
        after_verb = edit.request.split(maxsplit=1)[-1]  # "park the bike in a pasture": the verb is no park
        if asked is not None and not re.search(rf"\b{edit.name}\b", after_verb):
            named = asked.title() if asked in PROPER else with_article(asked)
            said.append(f"{named[0].upper()}{named[1:]} {NEAREST_PLACE}, "
                        f"{with_article(edit.name)}, not as {named} itself.")
        detail = _detail(edit.request)
        if detail is not None:
            verb = "are" if re.search(r"^(?!(?:a|an|the) )\S.*[^s]s$|^(?:the|some) .*[^s]s$", detail) else "is"
            drawn = PLACE_SAID.get(edit.name, with_article(edit.name))
            said.append(f"{detail[0].upper()}{detail[1:]} {verb} {PLACE_ALONE} {drawn} alone.")
    return tuple(said)


def _detail(request: str) -> str | None:
    """A thing named beside the place ("a paddock by a wooden fence", "a beach with palm trees") or filling it ("a
    field of sunflowers": the park drawn for the field has none), which the drawn place does not have; None when
    there is none, or it is a light or a sky ("a beach with a sunset sky")."""
    place = re.search(rf"\b(?:in|on|at|into|onto|to|with)\s+(?:a |an |the )?(?:[a-z]+\s+){{0,2}}?({_PLACE_WORDS})\b",
                      request)
    if place is None:
        return None
    tail = re.search(r"^\s+(?:by|with|beside|next to|near|and|of|full of|filled with|covered (?:in|with))\s+"
                     r"((?:a|an|the|some)\s+)?([a-z][a-z ]*?)\s*$",
                     request[place.end():])
    if tail is None or light_in(tail.group(2)) or set(tail.group(2).split()) & (_SKY_WORDS | _PAINTED):
        return None
    return f"{tail.group(1) or ''}{tail.group(2)}"
