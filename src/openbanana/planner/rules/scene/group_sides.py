"""Side by side inside one group: two things the graph puts next to each other that the tree hangs on one spot.

"A double bass leaning against a piano under a blue spotlight" rooted the group at the bass, the spotlight above
it and the piano below the spotlight: the piano stood on the bass's very spot, over it, and the bass showed
nowhere. The side relations between groups are kept on the stage (order.py, beside.py), and things on one host are
laid out side by side there (groups.py); two hung on different spots of one group had nothing to keep them apart."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Group, Piece
from openbanana.planner.rules.scene.relations import Links

SIDES = {"next_to": 0.0, "left_of": -1.0, "right_of": 1.0}  # where the subject goes against the object
COVERED = 0.5  # the pair shares more than this share of the narrower one's width: one stands over the other
GAP = 0.04  # between the two once apart, as a share of their widths together


def apart(group: Group, links: Links) -> None:
    """Each side relation between two things of the group that stand over each other: both step aside, half the
    way each, the one lower in the tree with what hangs on it (an ancestor takes only its own copies along, so
    what hangs between them stays over both)."""
    for relation in links.sides:
        way = SIDES.get(relation.predicate)
        first = [p for p in group.pieces if p.entity.id == relation.subject]
        second = [p for p in group.pieces if p.entity.id == relation.object]
        if way is None or not first or not second or _overlap(first, second) <= COVERED \
                or _placed_together(relation.subject, relation.object, links):
            continue
        if way == 0.0:
            way = -1.0 if _centre(first) < _centre(second) else 1.0
        (left, left_id), (right, right_id) = (((first, relation.subject), (second, relation.object)) if way < 0
                                              else ((second, relation.object), (first, relation.subject)))
        need = (_width(left) + _width(right)) * (0.5 + GAP) - (_centre(right) - _centre(left))
        for entity_id, other, step in ((left_id, right_id, -need / 2), (right_id, left_id, need / 2)):
            for piece in _carried(group, links, entity_id, other):
                piece.x += step


def _placed_together(a: str, b: str, links: Links) -> bool:
    """Whether one hangs on the other (a book on the bed it is next to), or both on one host (things on one table
    or bed are laid out side by side there already): their attachment places them."""
    first, second = links.parent_of.get(a), links.parent_of.get(b)
    return (first is not None and first.parent == b) or (second is not None and second.parent == a) or (
        first is not None and second is not None and first.parent == second.parent)


def _carried(group: Group, links: Links, entity_id: str, other: str) -> list[Piece]:
    """The thing's own copies, and what hangs on it unless it is the other's ancestor."""
    if entity_id in links.ancestors(other):
        return [p for p in group.pieces if p.entity.id == entity_id]
    return [p for p in group.pieces if p.entity.id == entity_id or entity_id in links.ancestors(p.entity.id)]


def _overlap(a: list[Piece], b: list[Piece]) -> float:
    """How much of the narrower one's width the two share."""
    shared = min(max(p.right for p in a), max(p.right for p in b)) - max(min(p.left for p in a),
                                                                          min(p.left for p in b))
    narrow = min(_width(a), _width(b))
    return shared / narrow if narrow > 0 else 0.0


def _width(pieces: list[Piece]) -> float:
    return max(p.right for p in pieces) - min(p.left for p in pieces)


def _centre(pieces: list[Piece]) -> float:
    return (max(p.right for p in pieces) + min(p.left for p in pieces)) / 2
