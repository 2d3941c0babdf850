"""What a perched thing is over stands right under it: "an owl on a branch high above a sleeping fox" puts the fox
under the tree (`relations._under_its_support`), and here under the owl itself, not at the crown's other side,
where the owl's "above" had missed it by a hair. It stays under the support's width."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Group
from openbanana.planner.rules.scene.relations import SUPPORTS, Links, subtree_ids
from openbanana.scene import SceneGraph


def under_the_perched(groups: list[Group], scene: SceneGraph, links: Links) -> None:
    """Moves, within its group, each thing a perched thing is above (and what hangs on it) beneath that thing."""
    for relation in scene.relations:
        over, below = links.parent_of.get(relation.subject), links.parent_of.get(relation.object)
        if (relation.predicate != "above" or over is None or below is None or over.how not in SUPPORTS
                or below.how != "under" or below.parent != over.parent):
            continue
        for group in groups:
            perched, under, support = group.of(over.child), group.of(below.child), group.of(over.parent)
            if not (perched and under and support):
                continue
            half = under[0].width / 2
            target = min(max(perched[0].x, support[0].left + half), support[0].right - half)
            moved = {below.child, *subtree_ids(links, below.child)}
            shift = target - under[0].x
            for piece in group.pieces:
                if piece.entity.id in moved:
                    piece.x += shift
