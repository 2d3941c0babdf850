"""What goes with a thing when it is moved after the layout: what stands on or in it, what it rides under, what it
holds or wears. A later rule that moves a host alone (a window's sill, a carrier's grown face clearing its
neighbours) otherwise leaves the spoon of "a spoon in a bowl" standing where the bowl was."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.scene import Relation

CARRIED = frozenset({"on", "in", "riding"})  # what is on or in the thing, or rides it, moves with it
WORN_OR_HELD = frozenset({"holding", "wearing"})  # and what it holds or wears


def carried(root: str, relations: Sequence[Relation]) -> list[str]:
    """The thing and what goes with it, transitively: the tulips in the vase, the hat on the cat."""
    group = [root]
    for entity in group:
        group += [r.subject for r in relations
                  if r.object == entity and r.predicate in CARRIED and r.subject not in group]
        group += [r.object for r in relations
                  if r.subject == entity and r.predicate in WORN_OR_HELD and r.object not in group]
    return group
