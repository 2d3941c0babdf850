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
HUNG = frozenset({"above", "below", "under"})  # links that hang one thing over or under another, touching neither
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
    """Whether both hang on one host (things on one table or bed are laid out side by side there already), or one
    hangs on the other through what carries or holds it (a book on the bed it is next to, a hawk on the glove of
    the falconer it is next to): their attachment places them. Only a chain of things hung over or under each
    other leaves them free to step aside."""
    first, second = links.parent_of.get(a), links.parent_of.get(b)
    if first is not None and second is not None and first.parent == second.parent:
        return True
    return _held_through(a, b, links) or _held_through(b, a, links)


def _held_through(child: str, ancestor: str, links: Links) -> bool:
    """Whether `ancestor` carries `child` down a chain with a bodily or supporting link in it."""
    if ancestor not in links.ancestors(child):
        return False
    while child != ancestor:
        link = links.parent_of[child]
        if link.how not in HUNG:
            return True
        child = link.parent
    return False


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
