"""A colour asked with a pattern or a detail on it ("make the cup pink with white polka dots", "paint the shirt blue
with white stripes"): the thing is recoloured, and the pattern, which no edit here draws, is said as not done, so
the answer never passes the plain colour off as the whole request (nor claims the colour: the engine says whether
it found the thing)."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import COLOR_NAMES

PATTERNED = re.compile(rf"^(.*\b(?:{COLOR_NAMES}))\s+with\s+(.+)$")


def plain_part(clause: str) -> str | None:
    """The clause without its "with …" detail when it names a colour before it, else None."""
    found = PATTERNED.match(clause)
    return found.group(1) if found else None


def left_out(clause: str, edits: list[PhotoEdit]) -> list[str]:
    """What of a recolour clause was not made: its "with …" detail, on the thing recoloured."""
    found = PATTERNED.match(clause)
    recolours = [e for e in edits if e.kind == "recolor"]
    if found is None or not recolours:
        return []
    return [f"{found.group(2)} on {recolours[-1].target} (only a plain colour can be given)"]
