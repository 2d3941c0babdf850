"""A thing covered, filled or decorated with many small things ("cover the table with rose petals", "fill the sky
with balloons", "decorate the rocket with stars", "cover the table in autumn leaves"): the small things are strewn
on it (several copies, as `strewing` lays them), which is nearer the request than one sticker beside it; the answer
still says the thing itself is not covered, since a handful of copies is not a covering.

A photo decorated as a whole ("decorate it with hearts") stays a sticker, and a mass noun ("fill the glass with
wine") stays a sticker that says it stands in: only countable small things are strewn."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.plan import PhotoEdit
from openbanana.planner.rules.lexicon import is_plural, past_participle
from openbanana.planner.rules.photo_addition_clauses import read_add
from openbanana.planner.rules.stand_in_stickers import THE_PHOTO

COVERING_VERBS = ("cover", "fill", "decorate", "carpet", "litter", "dot")
_COVER = re.compile(rf"^({'|'.join(COVERING_VERBS)})\s+(the [a-z' ]+?|her [a-z ]+?|his [a-z ]+?)\s+(?:with|in)\s+"
                    r"(?:(?:some|more|lots of|a lot of|many|little|tiny|small)\s+)*([a-z][a-z -]*[a-z])$")
_EMPTY = re.compile(r"\b(?:space|gaps?|room|spot|area|spaces|holes?)$")
_INSIDE = re.compile(r"\b(?:sky|space|air|water|lake|sea|gap|room|box|bowl|basket|jar|glass)$")


def read_cover(clause: str, count: int) -> list[PhotoEdit] | None:
    """The small things strewn on the thing named, or None when the clause is no covering with countable things."""
    found = _COVER.match(clause)
    if found is None or re.fullmatch(THE_PHOTO, found.group(2)) or not is_plural(found.group(3).split()[-1]):
        return None
    thing, things = found.group(2), found.group(3)
    if _EMPTY.search(thing):
        return None  # "fill the empty space with coins": no finder for an empty place, so a sticker stands in
    laid = read_add(f"scatter {things} {'in' if _INSIDE.search(thing) else 'on'} {thing}", count)
    if not laid or not all(edit.glyph for edit in laid):
        return None  # painted scenery ("stars" is a star field over the sky): not laid on the thing
    return [replace(edit, request=clause) for edit in laid]


def covered(clause: str) -> bool:
    """Whether an edit's request is a covering read here (the engine strews more copies for it)."""
    return _COVER.match(clause) is not None


def not_covered(edits: Sequence[PhotoEdit]) -> tuple[str, ...]:
    """For each covering read, the sentence that says it is only approximated (the things laid in, however many the
    engine could lay, and wherever it found room) and that the thing itself is not covered."""
    said: list[str] = []
    for edit in edits:
        found = _COVER.match(edit.request) if edit.kind == "add" else None
        if found is not None:
            verb, thing = found.group(1), found.group(2)
            said.append(f"\u201c{edit.request}\u201d is only approximated: the {edit.name} are laid in, and "
                        f"{thing} itself is not {past_participle(verb)}.")
    return tuple(said)
