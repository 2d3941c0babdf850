"""Stickers drawn for a word that the request did not ask to add: "fill the glass with wine", "cover the table with
flowers", "decorate the cake with candles". A wine sticker can stand in, but the glass is not filled, so the answer
says so; only a photo decorated as a whole ("decorate the photo with hearts") is what a sticker makes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.lexicon import is_plural, past_participle
from openbanana.wording import article

# Verbs whose object is the thing added: "add a heart", "put stars in the corner", "stick a smiley on it"
ADDING_VERBS = frozenset({"add", "put", "place", "insert", "draw", "include", "stick", "paste", "scatter", "sprinkle",
                          "strew", "throw", "drop"})
# The photo itself, which stickers do decorate ("decorate it with hearts", "frame the picture with stars")
THE_PHOTO = r"(?:it|this|the (?:photo|picture|image|pic|shot|edges|corners|border|frame))"
_DECORATING = frozenset({"decorate", "adorn", "frame", "border", "dot", "sprinkle", "trim", "edge"})
_VERB_OBJECT_WITH = re.compile(r"^([a-z]+)\s+(.+?)\s+with\s+(.+)$")


def stand_ins(clauses: Sequence[str], stickers: Sequence[str]) -> tuple[str, ...]:
    """For each clause that names a sticker after "with" under a verb that changes another thing, the sentence that
    says the sticker stands in and the thing itself was not changed."""
    said: list[str] = []
    for clause in clauses:
        found = _VERB_OBJECT_WITH.match(clause.strip())
        if found is None or found.group(1) in ADDING_VERBS:
            continue
        verb, thing, rest = found.groups()
        if verb in _DECORATING and re.fullmatch(THE_PHOTO, thing):
            continue
        labels = [s for s in stickers if re.search(rf"\b{re.escape(s)}\b", rest)]
        if not labels:
            continue
        sticker = f"{_sticker(labels[0])} stands in" if len(labels) == 1 else \
            f"Stickers of {' and '.join(labels)} stand in"
        said.append(f"{sticker} for \u201c{clause.strip()}\u201d: "
                    f"{_the(thing)} itself is not {past_participle(verb)}.")
    return tuple(said)


def _sticker(label: str) -> str:
    if is_plural(label.split()[-1]):
        return f"A sticker of {label}"
    return f"{article(label).capitalize()} {label} sticker"


def _the(thing: str) -> str:
    if thing in ("it", "this"):
        return "the photo"
    return thing if thing.split()[0] in ("the", "her", "his", "their", "its", "my", "this", "that") else \
        f"the {thing}"
