"""A count said after the things it counts: "Sailboats racing across the bay, seven of them". The number stands in a
clause of its own with a pronoun, so the phrase that named the things kept a bare plural's few (three), and the
picture showed three boats of seven. "Two of them holding a fish" names a part of the group: it counts no whole."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openbanana.planner.rules.lexicon import NUMBERS
from openbanana.scene import Entity

# A clause of its own: "two of them holding a fish" is a part of the group, which keeps its few.
_COUNT_AFTER = re.compile(r",\s*(?:all\s+)?(\w+)\s+of\s+them\s*(?=[,.;:!?]|$)")


def counted_after(entities: Sequence[Entity], prose: str) -> tuple[Entity, ...]:
    """The many things named last before ", seven of them" take that number."""
    things, lowered = tuple(entities), prose.lower()
    for match in _COUNT_AFTER.finditer(lowered):
        word = match.group(1)
        number = NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        said = [(lowered.rfind(e.noun, 0, match.start()), i) for i, e in enumerate(things) if e.count > 1]
        named = [(at, i) for at, i in said if at >= 0]
        if number > 1 and named:
            index = max(named)[1]
            things = tuple(replace(e, count=number) if i == index else e for i, e in enumerate(things))
    return things
