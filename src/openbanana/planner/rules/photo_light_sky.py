"""A time of day or a weather asked together with a sky in one clause ("make it daytime with a blue sky", "make it
night with a starry sky"): the sky reader takes the clause, and the light it also names is read as well. Read as the
sky alone, the photo got a blue sky over a land still lit at night, and the answer did not say "daytime" was dropped."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import light_in

_LIGHT_WITH_SKY = re.compile(r"^(?:make|turn)\s+it\s+(?:into\s+|to\s+)?(.+?)\s+with\s+.*(?:\bsk(?:y|ies)\b|"
                             r"\b(?:northern|southern) lights\b|\baurora\b)")  # the lights are a sky


def with_light(clause: str, found: list[PhotoEdit]) -> list[PhotoEdit]:
    """`found` and the relight the clause names before its sky, where the readers took only the sky."""
    if any(e.kind == "relight" for e in found) or not any(e.kind == "sky" for e in found):
        return found
    asked = _LIGHT_WITH_SKY.match(clause)
    light = light_in(f"make it {asked.group(1)}") if asked else None
    return found if light is None else [*found, PhotoEdit("relight", name=light, request=clause)]
