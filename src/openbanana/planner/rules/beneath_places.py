"""What stands under a thing stands where that thing stands: "a convertible parked under a palm tree outside a pink
motel" is outside the motel too (in front of it), "a dog asleep under a table next to the sofa" is beside the sofa.
The reading gives the side to the thing overhead (the place right after a place is that place's); the one under
it was left with no relation to the motel, and the composer could set the motel anywhere.
"""

from __future__ import annotations

from openbanana.scene import Relation

SIDES = frozenset({"in_front_of", "behind", "left_of", "right_of"})  # not "with" a thing (next to it)


def beneath_places(relations: tuple[Relation, ...], lively: set[str]) -> tuple[Relation, ...]:
    """The relations, with what is under a thing put at each side of that thing the prompt named, unless that side
    is of a person or an animal (`lively`: their ids), who may move."""
    related = {frozenset((r.subject, r.object)) for r in relations}
    added: list[Relation] = []
    for under in (r for r in relations if r.predicate == "under"):
        for side in relations:
            pair = frozenset((under.subject, side.object))
            if side.subject != under.object or side.predicate not in SIDES or side.object in lively \
                    or len(pair) < 2 or pair in related:
                continue
            related.add(pair)
            added.append(Relation(under.subject, side.predicate, side.object))
    return relations + tuple(added)
