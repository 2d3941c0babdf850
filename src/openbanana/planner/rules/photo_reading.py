"""Reads the edits that change what is in a photo: "make it a watercolor", "make the car blue", "remove the person on
the left", "add sunglasses to her", "replace the sky with a sunset", "put her on a beach", "combine these photos".

The prompt is cut into clauses at sentence ends, commas and "and"/"then" before a verb; each clause is read by the
first reader that recognises it, and styles and light are read from the clauses left over. Every edit keeps the
clause it came from (`request`), which the answer quotes if the engine could not make it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from openbanana.plan import EditOp, PhotoEdit
from openbanana.planner.rules.photo_clauses import READERS
from openbanana.planner.rules.photo_dressing import as_wearing
from openbanana.planner.rules.photo_light_sky import with_light
from openbanana.planner.rules.photo_parts import verb_parts
from openbanana.planner.rules.photo_patterns import left_out
from openbanana.planner.rules.photo_wishes import as_order
from openbanana.planner.rules.photo_words import light_in, style_in
from openbanana.planner.rules.vocabulary.photo import UNDRAWN_WEARABLES

_VERBS = (r"make|add|put|place|remove|erase|delete|replace|change|turn|give|get rid|take|swap|paint|colou?r|"
          r"recolou?r|set|blur|extend|zoom|combine|merge|draw|insert|dye|outpaint|uncrop|expand|widen|convert|light up|"
          r"tie|hang|wrap|brighten|darken|sharpen|crop")
_CLAUSES = re.compile(rf"[.;!?\n]+|,\s*(?:and\s+|then\s+)?|\s+(?:and then|then|and also|also|plus)\s+"
                      rf"|\s+and\s+(?=(?:{_VERBS})\b)")
# Global tone changes that a photo edit does properly instead: light and sky replace "night", "golden", storm light.
_REPLACED_OPS: dict[str, tuple[EditOp, ...]] = {"relight": ("night", "golden", "dramatic"),
                                                 "sky": ("golden", "night", "dramatic"),
                                                 "background": ("blur_background",)}


@dataclass(frozen=True)
class EditReading:
    edits: tuple[PhotoEdit, ...]
    handled: tuple[str, ...]  # clauses read as photo edits: not "unsupported"
    replaced_ops: frozenset[EditOp]  # global tone changes a photo edit makes properly
    undrawable: tuple[str, ...]  # clauses that ask for something this engine cannot draw (a beard)


def split_clauses(lowered: str) -> list[str]:
    clauses = [re.sub(r"^(?:please|also|and|then|now|can you|could you|i want you to)\s+", "", part)
               for c in _CLAUSES.split(lowered) if c for part in verb_parts(c.strip())]
    return [c.strip() for c in clauses if c and c.strip()]


def read_photo_edits(lowered: str, reference_count: int) -> EditReading:
    edits: list[PhotoEdit] = []
    handled: list[str] = []
    undrawable: list[str] = []
    leftover: list[str] = []
    for clause in split_clauses(lowered):
        worn = clause.replace("bow tie", "")  # drawn, unlike a tie
        if any(re.search(rf"\b{re.escape(w)}\b", worn) for w in UNDRAWN_WEARABLES) and re.search(
                r"\b(?:add|give|put|wear|wearing|with)\b", clause):
            undrawable.append(clause)
            continue
        found = _read_clause(clause, reference_count)
        if found is not None:
            edits.extend(found)
            handled.append(clause)
            undrawable.extend(left_out(clause, found))
        else:
            leftover.append(clause)
    looks = _styles_and_light(leftover)
    edits.extend(looks)
    handled.extend(e.request for e in looks if e.request not in handled)
    replaced = frozenset(op for e in edits for op in _REPLACED_OPS.get(e.kind, ()))
    return EditReading(tuple(edits), tuple(handled), replaced, tuple(undrawable))


def _read_clause(clause: str, reference_count: int) -> list[PhotoEdit] | None:
    """The edits of the first reader that recognises the clause, or of its order where it is put as a wish ("can the
    flower be purple": "make the flower purple") or as dressing someone ("dress the cat in a bow tie": "put a bow tie
    on the cat"), each still quoting the user's own words."""
    for wording in dict.fromkeys((clause, as_order(clause), as_wearing(clause))):
        for reader in READERS:
            found = reader(wording, reference_count)
            if found is not None:
                return with_light(clause, [e if e.request != wording else replace(e, request=clause) for e in found])
    return None


def _styles_and_light(clauses: list[str]) -> list[PhotoEdit]:
    edits: list[PhotoEdit] = []
    for clause in clauses:
        style = style_in(clause)
        if style and not any(e.kind == "style" for e in edits):
            edits.append(PhotoEdit("style", name=style, request=clause))
        light = light_in(clause)
        if light and not any(e.kind == "relight" for e in edits):
            edits.append(PhotoEdit("relight", name=light, request=clause))
            weather = light.rpartition("+")[2]  # "night+rain": the rain at night
            if weather == "storm" and re.search(r"\b(?:lightning|thunderbolts?|bolts? of lightning|thunder\w*)\b",
                                              clause):
                edits.append(PhotoEdit("add", name="lightning", destination="in the sky",  # the bolt itself, drawn
                                       request=f"{clause} (the lightning)"))  # in the sky the storm darkened
            if weather == "snow":  # winter is snow lying on the land as well as snow falling; asked for separately,
                edits.append(PhotoEdit("add", name="lying snow", destination="on the ground",  # so that a photo
                                       request=f"{clause} (snow on the ground)"))  # with no land says only that
    return edits
