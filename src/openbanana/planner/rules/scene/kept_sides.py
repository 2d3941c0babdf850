"""Side orders in a row, with a record of those the layout refused: the answer says why such an order is not
shown (it would undo one kept before it), not that it "could not be fitted", which misstated what happened."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from openbanana.planner.rules.scene.order import Constraint, order_row
from openbanana.planner.rules.scene.relations import Links
from openbanana.scene import Relation


def ordered_sides(items: Sequence[str], links: Links, item: Callable[[str], str]) -> list[str]:
    """The items (group roots, or things on one surface: `item` maps an entity to its item) in the order the
    side relations between them ask, first come first served; each one refused is noted in `links.unkept`."""
    present = set(items)
    constraints: list[Constraint] = []
    behind: dict[Constraint, list[Relation]] = {}
    for relation in links.sides:
        a, b = item(relation.subject), item(relation.object)
        if a != b and a in present and b in present:
            constraint = (a, relation.predicate, b)
            constraints.append(constraint)
            behind.setdefault(constraint, []).append(relation)
    ordered, refused = order_row(items, constraints)
    for constraint, undone in refused:
        for relation in behind[constraint]:
            links.unkept.setdefault(relation, behind[undone][0])
    return ordered
