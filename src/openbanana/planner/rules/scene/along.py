"""A thing on a wide surface slides along it toward what it stands next to or near: "a blackbird pecking at the
basket on the bench" stood the basket in the middle of a long bench, so far from the bird beside the bench that
"near" did not hold; a vet beside the table a rabbit sat on, the same. The one thing alone on its host's top moves
to the host's end nearer the other group, staying on the surface (a seated figure's lap and feet too: "a man
sitting on a bench near a dog" sat at the end with his legs past it, hanging in the air)."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.scene.relations import Links, subtree_ids
from openbanana.planner.rules.scene.stage import Placement

CLOSE = frozenset({"next_to", "near"})
EDGE = 0.06  # of the host's width, kept clear at its end, at most
EDGE_OWN = 0.02  # of the thing's own width, at most: a small thing keeps to the very end
LAP = 0.28  # of a seated figure's width: its lap and feet reach this far past its right side (the engine's pose)
CLIMBED = frozenset("🪜")  # stood on at its rungs, in the middle: a man on a ladder never slides to its side rail


def slide_along(placements: Sequence[Placement], links: Links) -> None:
    """Moves, in place, each thing alone on a host's top toward the other group of its side relation."""
    by_root = {p.group.root: p for p in placements}
    for relation in links.sides:
        if relation.predicate not in CLOSE:
            continue
        for thing, other in ((relation.subject, relation.object), (relation.object, relation.subject)):
            link = links.parent_of.get(thing)
            placement, beside = by_root.get(links.root(thing)), by_root.get(links.root(other))
            if link is None or link.how != "on" or placement is None or beside is None or placement is beside:
                continue
            if sum(1 for child in links.children(link.parent) if child.how == "on") != 1:
                continue  # others share the top: they keep their row
            group = placement.group
            hosts = group.of(link.parent)
            moving = {thing, *subtree_ids(links, thing)}  # the berries in the basket move with it
            pieces = [p for p in group.pieces if p.entity.id in moving]
            if len(hosts) != 1 or not pieces or (hosts[0].glyph or "").replace("\ufe0f", "") in CLIMBED:
                continue
            host = hosts[0]
            left, _, right, _ = beside.rect()
            side = (left + right) / 2 - (placement.x + host.x * placement.scale)
            low, high = min(p.left for p in pieces), max(p.right for p in pieces)
            edge = min(EDGE * host.width, EDGE_OWN * (high - low))
            lap = max((LAP * p.width for p in pieces if p.pose == "sitting"), default=0.0)
            shift = (host.right - edge - lap - high) if side > 0 else (host.left + edge - low)
            if shift * side > 0:
                for piece in pieces:
                    piece.x += shift

