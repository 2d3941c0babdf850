"""What a held thing is over stands beneath it, at the holder's side: "a chef holding a pan over a stove", "a robot
holding an umbrella over a small dog". The tree cannot hang the held thing on both the hand and the thing below,
so `relations._under_the_held` stands that thing at the holder's feet; here it moves out to the hand's side, under
the held thing, drawn behind the holder, and no taller than reaches three quarters down the held thing (a stove
standing beside the chef had its top over the pan, the dog sat a step past the umbrella's edge)."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Group, Piece
from openbanana.planner.rules.scene.relations import Link, Links, subtree_ids
from openbanana.scene import SceneGraph

REACH = 0.75  # how far down the held thing the top of the thing beneath may come, in the held thing's heights
CLEAR = 0.65  # the share of the thing beneath that stands past the holder's side
OVERLAP = 0.25  # the least it stays under the held thing, in the narrower one's widths
SMALLEST = 0.4  # it is never shrunk below this share of its size (a hand held low over a tall thing)


def under_the_held(groups: list[Group], scene: SceneGraph, links: Links) -> None:
    """Moves, within its group, each thing a held thing is above (and what hangs on it) beneath that thing."""
    for relation in scene.relations:
        over, below = links.parent_of.get(relation.subject), links.parent_of.get(relation.object)
        if (relation.predicate != "above" or over is None or below is None or over.how != "holding"
                or below.how != "under" or below.parent != over.parent):
            continue
        for group in groups:
            held, under, holder = group.of(over.child), group.of(below.child), group.of(over.parent)
            if held and under and holder:
                _beneath(group, links, below, held[0], holder[0], under)


def _beneath(group: Group, links: Links, below: Link, held: Piece, holder: Piece, under: list[Piece]) -> None:
    """Shrinks the thing beneath (when nothing hangs on it) and moves it, and what it carries, to the hand's side."""
    first = under[0]
    carried = subtree_ids(links, below.child)
    if not carried:
        room = first.bottom - (held.top + held.height * REACH)
        scale = max(SMALLEST, min(1.0, room / first.height))
        for piece in under:
            piece.height *= scale
    out = 1.0 if held.x >= holder.x else -1.0
    margin = OVERLAP * min(held.width, first.width)
    clear = holder.right + first.width * (CLEAR - 0.5) if out > 0 else holder.left - first.width * (CLEAR - 0.5)
    far = held.right - margin + first.width / 2 if out > 0 else held.left + margin - first.width / 2
    target = min(clear, far) if out > 0 else max(clear, far)
    shift, moved = target - first.x, {id(piece) for piece in under}
    for piece in group.pieces:
        if piece.entity.id in carried or id(piece) in moved:
            piece.x += shift
    for piece in under:  # behind the holder and what it holds: the chef stands at the stove
        piece.layer = holder.layer - 0.5
