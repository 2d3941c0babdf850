"""What a new background only approximates, said in the answer: a place the engine has no drawing of is drawn as the
nearest one it has ("a garden" as a park, "a kitchen" as a room), and the answer says so. Without this sentence the
answer's "a new park background" quietly put a park where a garden was asked for."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.vocabulary.photo import PLACES
from openbanana.wording import with_article

# the words drawn as another place (the others are plain synonyms of the place drawn: "ocean" for the sea)
NEAREST = frozenset({"garden", "jungle", "lake", "island", "tropical", "meadow", "field", "countryside", "kitchen",
                     "office", "bedroom", "new york", "paris", "concert", "aquarium", "highway", "road", "bookshelf",
                     "bookshelves", "bookcase", "library", "fireplace", "cafe", "café", "restaurant"})
_ASKED = sorted(NEAREST, key=len, reverse=True)
PROPER = frozenset({"new york", "paris"})


def place_shortfalls(edits: tuple[PhotoEdit, ...]) -> tuple[str, ...]:
    """One sentence per background edit whose request names a place drawn as another, saying which."""
    said: list[str] = []
    for edit in edits:
        if edit.kind != "background":
            continue
        asked = next((w for w in _ASKED if PLACES[w] == edit.name and re.search(rf"\b{w}\b", edit.request)), None)
        if asked is not None and not re.search(rf"\b{edit.name}\b", edit.request):
            named = asked.title() if asked in PROPER else with_article(asked)
            said.append(f"{named[0].upper()}{named[1:]} is drawn as the nearest place I can draw, "
                        f"{with_article(edit.name)}, not as {named} itself.")
    return tuple(said)
