"""A thing drawn, sketched or chalked beside something on a board is on the board: "a whiteboard with "Fractions" at
the top and a pie chart drawn below it" — "it" is the board (the string is no thing), and the pie is drawn on its
face, not hung below it. A thing merely hung or standing by a board ("a clock above the whiteboard") keeps its side.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.scene import Entity, Relation

# Surfaces drawn or written on, by the last word.
SURFACES = frozenset({"whiteboard", "blackboard", "chalkboard", "board", "flipchart", "canvas", "page", "paper",
                      "notebook", "sketchbook", "napkin", "card"})
SIDES = frozenset({"above", "below", "under", "next_to", "left_of", "right_of"})
DRAWN = re.compile(r"\b((?:[\w-]+ ){1,4})(?:drawn|sketched|chalked|doodled|scribbled|painted) (?:just )?(?:below|under|"
                   r"underneath|beneath|above|over|beside|next to|to the (?:left|right) of|on the (?:left|right) of)\b",
                   re.IGNORECASE)


def drawn_on(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """The relations, with a thing drawn at a side of a surface drawn on put on that surface instead."""
    drawn = {noun_lemma(word.lower()) for words in DRAWN.findall(prose) for word in words.split()}  # "a pie cut
    # into slices drawn below it": the pie, a few words before
    things = {e.id for e in entities if noun_lemma(e.noun).split()[-1] in drawn}
    surfaces = {e.id for e in entities if noun_lemma(e.noun).split()[-1] in SURFACES}
    return tuple(dict.fromkeys(
        Relation(r.subject, "on", r.object) if r.predicate in SIDES and r.subject in things
        and r.object in surfaces else r for r in relations))
