"""Small things another group's bigger thing would hide: drawn in front of it.

The engine draws far to near, so a thing a little further back than a big neighbour from another group is painted
over when their boxes overlap: two lime wedges laid beside a poke bowl vanished under its half avocado, a duckling
under one of the ducks swimming by it. Within a group the layers are meant (a backpack behind its wearer), and a
group a relation puts behind another, in it or under it (a bird in its cage behind a sofa: the cage's group) stays
where the relation puts it."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.geometry import intersection_area
from openbanana.plan import Box
from openbanana.planner.rules.scene.pieces import Piece
from openbanana.scene import Relation

HIDDEN = 0.5  # this much of a thing's box under a nearer thing's box hides it
BIGGER = 2.0  # a thing this many times its area or more, from another group, is what hides it
KEPT_BEHIND = frozenset({"behind", "in", "under", "inside"})  # the thing stays behind what the relation names


def seen_in_front(pieces: Sequence[tuple[Piece, int, float]], boxes: Sequence[Box],
                  relations: Sequence[Relation]) -> list[float]:
    """The depth of each (piece, group, depth), in drawing order, lowered just in front of every bigger thing of
    another group drawn after it over most of its box (the engine draws by depth, far to near, then in this order);
    the sky's things, decor and things lying flat are left as they are."""
    groups: dict[str, set[int]] = {}
    for piece, group, _ in pieces:
        groups.setdefault(piece.entity.id, set()).add(group)
    behind = [(r.subject, r.object) for r in relations if r.predicate in KEPT_BEHIND] + [
        (r.object, r.subject) for r in relations if r.predicate == "in_front_of"]
    kept = {(a, b) for back, front in behind for a in groups.get(back, ()) for b in groups.get(front, ())}
    areas = [(box[2] - box[0]) * (box[3] - box[1]) for box in boxes]
    out = []
    for index, ((piece, group, depth), box, area) in enumerate(zip(pieces, boxes, areas, strict=True)):
        if area <= 0 or piece.kind.zone == "sky" or piece.entity.id.startswith("_") or piece.squash < 1.0:
            out.append(depth)
            continue
        over = [d for j, ((other, g, d), other_box, other_area) in enumerate(zip(pieces, boxes, areas, strict=True))
                if g != group and (d < depth or (d == depth and j > index)) and other_area >= BIGGER * area
                and other.kind.zone != "sky" and (group, g) not in kept
                and intersection_area(box, other_box) > HIDDEN * area]
        out.append(min(over) - 1e-3 if over else depth)
    return out
