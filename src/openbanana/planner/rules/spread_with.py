"""What a surface is spread, set or piled with lies on it: "a picnic blanket spread with sandwiches and a
watermelon", "a low table set with a teapot and two cups", "a cart piled with cheeses". The clause reader read the
list as one more thing of the clause's subject ("friends … around a blanket spread with sandwiches": the friends
held the sandwiches); every thing named in the list is on the surface named right before the participle, and in
nobody's hands.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.landmarks import last_said
from openbanana.scene import Entity, Relation

SPREAD = re.compile(r"\b(?:spread|set|laden|piled|heaped|strewn|loaded|littered) with\b")
LIST_END = re.compile(r"[,;:.]| (?:in|at|on|under|beside|by|near|while|as|for|during|inside|outside) ")


def spread_with(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """The relations, with each thing of a "spread with" list on the surface before it and held by nobody."""
    lowered = prose.lower()
    for found in SPREAD.finditer(lowered):
        said = [(at, e.id) for e in entities if (at := last_said(e, lowered[:found.start()])) >= 0]
        if not said:
            continue
        surface = max(said)[1]
        rest = lowered[found.end():]
        end = LIST_END.search(rest)
        listed = rest[:end.start()] if end else rest
        things = [e.id for e in entities if e.id != surface and last_said(e, listed) >= 0]
        relations = tuple(r for r in relations if not (r.object in things and r.predicate == "holding")
                          and not (r.subject in things and r.object == surface))
        relations += tuple(Relation(t, "on", surface) for t in things)
    return relations
