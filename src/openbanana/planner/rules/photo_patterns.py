"""A colour asked with a pattern or a detail on it ("make the cup pink with white polka dots", "paint the shirt blue
with white stripes"), or with a finish ("make the coins shiny copper", "the car glossy red"): the thing is
recoloured, and the pattern or the finish, which no edit here makes, is said as not done, so the answer never
passes the plain colour off as the whole request (nor claims the colour: the engine says whether it found the
thing). A finish word is no part of the thing's name: "the coins shiny" are the coins."""

from __future__ import annotations

import re

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.photo_words import COLOR_NAMES

PATTERNED = re.compile(rf"^(.*\b(?:{COLOR_NAMES}))\s+with\s+(.+)$")
FINISHED = re.compile(r"\s+(shiny|glossy|gloss|matte|matt|metallic|sparkly|glittery|glittering|shimmery|satin|pearly)"
                      rf"\s+(?=(?:{COLOR_NAMES})$)")


def unfinished(clause: str) -> str:
    """The clause without a finish word before its last colour ("make the coins shiny copper" → "… coins copper")."""
    return FINISHED.sub(" ", clause, count=1)


def plain_part(clause: str) -> str | None:
    """The clause without its "with …" detail when it names a colour before it, else None."""
    found = PATTERNED.match(clause)
    return found.group(1) if found else None


def left_out(clause: str, edits: list[PhotoEdit]) -> list[str]:
    """What of a recolour clause was not made: its "with …" detail or its finish, on the thing recoloured."""
    found, finish = PATTERNED.match(clause), FINISHED.search(clause)
    recolours = [e for e in edits if e.kind == "recolor"]
    if not recolours or (found is None and finish is None):
        return []
    detail = found.group(2) if found else f"a {finish.group(1) if finish else ''} finish"
    return [f"{detail} on {recolours[-1].target} (only a plain colour can be given)"]
