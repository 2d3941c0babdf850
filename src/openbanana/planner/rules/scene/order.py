"""The left-to-right order of things sharing a row, honouring side relations (left of, right of, next to, near)
in the order the graph gives them: a later one that would undo an earlier one is left unhonoured."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Predicate

Constraint = tuple[str, Predicate, str]  # (a, predicate, b) between row items


def holds(order: Sequence[str], constraint: Constraint) -> bool:
    a, predicate, b = constraint
    i, j = order.index(a), order.index(b)
    if predicate == "left_of":
        return i < j
    if predicate == "right_of":
        return i > j
    return abs(i - j) == 1  # next to, near: neighbours (one thing between them stood them too far apart)


def order_row(items: Sequence[str], constraints: Sequence[Constraint]
              ) -> tuple[list[str], list[tuple[Constraint, Constraint]]]:
    """The items reordered so the constraints hold, first come first served; and those that could not, each with
    the one kept before it that every move to honour it would undo (so the answer can say why)."""
    order = list(items)
    accepted: list[Constraint] = []
    refused: list[tuple[Constraint, Constraint]] = []
    for constraint in constraints:
        a, _, b = constraint
        if a not in order or b not in order or a == b:
            continue
        if holds(order, constraint):
            accepted.append(constraint)
            continue
        for candidate in _moves(order, constraint):
            if holds(candidate, constraint) and all(holds(candidate, c) for c in accepted):
                order = candidate
                accepted.append(constraint)
                break
        else:
            undone = [c for c in accepted for m in _moves(order, constraint) if holds(m, constraint)
                      and not holds(m, c)]
            refused.append((constraint, undone[0] if undone else accepted[-1]))
    return order, refused


def _moves(order: list[str], constraint: Constraint) -> list[list[str]]:
    """Orders that move one of the two items next to the other, on the side the predicate asks for (or either)."""
    a, predicate, b = constraint
    sides = {"left_of": (True,), "right_of": (False,)}.get(predicate, (True, False))
    candidates = []
    for mover, anchor, before in [(a, b, side) for side in sides] + [(b, a, not side) for side in sides]:
        rest = [item for item in order if item != mover]
        at = rest.index(anchor) + (0 if before else 1)
        candidates.append([*rest[:at], mover, *rest[at:]])
    return candidates
