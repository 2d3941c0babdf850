"""Left and right kept between things placed free (a floating world: space, a render with no ground).

Free spots are picked for room, not order, so "a tiny astronaut standing to its left" of a rocket on a launch pad
stood to its right, and the answer said the relation could not be fitted. Two groups a left-of or right-of relation
puts the wrong way round exchange their places across, each keeping its height, first come first served: a swap
that would undo an order already kept (a default's after a stated one) is not made."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.relations import Links
from openbanana.planner.rules.scene.stage import Placement
from openbanana.scene import Relation

Order = tuple[str, bool, str]  # (a, whether a is left of b, b), between group roots


def sides_kept(placements: list[Placement], links: Links) -> list[Placement]:
    """The placements with the side orders between groups honoured where a swap keeps every earlier one."""
    by_root = {p.group.root: p for p in placements}
    centres = {root: _centre(p) for root, p in by_root.items()}
    kept: dict[Order, Relation] = {}
    for relation in links.sides:
        if relation.predicate not in ("left_of", "right_of"):
            continue
        a, b = links.root(relation.subject), links.root(relation.object)
        if a == b or a not in by_root or b not in by_root:
            continue
        order = (a, relation.predicate == "left_of", b)
        if _holds(order, centres):
            kept.setdefault(order, relation)
            continue
        swapped = {**centres, a: centres[b], b: centres[a]}
        undone = [earlier for earlier in kept if not _holds(earlier, swapped)]
        if undone:  # said in the answer as not shown because of it, not as a relation that did not fit
            links.unkept.setdefault(relation, kept[undone[0]])
            continue
        by_root[a] = replace(by_root[a], x=by_root[a].x + centres[b] - centres[a])
        by_root[b] = replace(by_root[b], x=by_root[b].x + centres[a] - centres[b])
        centres = swapped
        kept.setdefault(order, relation)
    return [by_root[p.group.root] for p in placements]


def _holds(order: Order, centres: dict[str, float]) -> bool:
    a, left, b = order
    return (centres[a] < centres[b]) == left


def _centre(placement: Placement) -> float:
    left, _, right, _ = placement.rect()
    return (left + right) / 2
