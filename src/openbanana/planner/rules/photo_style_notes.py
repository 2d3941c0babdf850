"""What a style edit only approximates, said in the answer: a painter's name ("a Van Gogh oil painting") gets the
general look of the style it belongs to, not that painter's own hand; a charcoal drawing is drawn as a pencil sketch,
and anime or manga as a cartoon. Without these sentences the answer's "as an oil painting" would quietly drop the
part of the request that named the painter or the medium."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit

_PAINTERS = {"van gogh": "Van Gogh", "monet": "Monet", "renoir": "Renoir", "cezanne": "Cézanne",
             "warhol": "Warhol", "lichtenstein": "Lichtenstein"}
_LOOKS = {"oil_painting": "an oil painting", "pop_art": "pop art"}


def style_shortfalls(edits: tuple[PhotoEdit, ...]) -> tuple[str, ...]:
    """One sentence per style edit whose request names a painter or charcoal, saying what was drawn instead."""
    said: list[str] = []
    for edit in edits:
        if edit.kind != "style":
            continue
        painter = next((name for words, name in _PAINTERS.items() if re.search(rf"\b{words}\b", edit.request)), None)
        if painter and edit.name in _LOOKS:
            said.append(f"{painter}'s own brushwork is not copied: the photo is given the general look of "
                        f"{_LOOKS[edit.name]}.")
        elif edit.name == "pencil_sketch" and re.search(r"\bcharcoal\b", edit.request):
            said.append("Charcoal is drawn as a pencil sketch: the same lines, not charcoal's soft black strokes.")
        elif edit.name == "cartoon" and (drawn := re.search(r"\b(anime|manga)", edit.request)):
            said.append(f"{drawn.group(1).capitalize()} is drawn as a cartoon: the photo's own shapes in flat colours "
                        f"and outlines, not redrawn with {drawn.group(1)}'s faces and eyes.")
    return tuple(said)
