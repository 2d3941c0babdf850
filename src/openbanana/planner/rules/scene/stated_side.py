"""The side a thing in front of or behind another stands on, when the prompt also says which: "a silo to its
right and a tractor ... in front of the barn", read as the silo both right of and in front of the barn, drew the
silo in front on the seed's side, its left, and the answer said the side could not be fitted."""

from __future__ import annotations

from openbanana.planner.rules.scene.pieces import Piece, nearest
from openbanana.planner.rules.scene.relations import Link, Links

# which way `side` moves the child from its host's middle, per how it is attached (`anchoring.anchor`)
SIDE_SIGN = {"in_front_of": -1.0, "behind": 1.0}
HAIR = 0.01  # how far past the host's edge a thing on a stated side reaches, in host widths


def stated_side(link: Link, links: Links, drawn: float) -> float:
    """`side` (-1 or 1) for anchoring the child: the one a left-of or right-of relation between it and its host
    asks, else the seed's `drawn` pick."""
    sign, way = SIDE_SIGN.get(link.how), lean(link.child, link.parent, links)
    return drawn if sign is None or way == 0.0 else sign * way


def lean(child: str, host: str, links: Links) -> float:
    """1 when a relation puts the child right of its host, -1 left of it, 0 when none says (first stated first):
    things set side by side at one anchor (a silo and a tractor both in front of a barn) take their sides."""
    for relation in links.sides:
        pair = (relation.subject, relation.object)
        if relation.predicate in ("left_of", "right_of") and pair in ((child, host), (host, child)):
            return 1.0 if (relation.predicate == "right_of") == (relation.subject == child) else -1.0
    return 0.0


def sided(ids: set[str], links: Links) -> bool:
    """Whether a left-of or right-of relation joins two of these things (one group's): mirroring the group to face
    what it looks at would swap them, so the stated side wins over the way it faces."""
    return any(r.predicate in ("left_of", "right_of") and r.subject != r.object and {r.subject, r.object} <= ids
               for r in links.sides)


def abut(sets: list[list[Piece]], hosts: list[Piece], how: str, links: Links) -> None:
    """Things in front of or behind a host on a stated side stand just past its edge, overlapping it by a hair:
    both relations are then seen (beside it, and before or behind it), where the anchor's third of a width
    had kept neither side clear."""
    if how not in SIDE_SIGN or not hosts:
        return
    host = nearest(hosts) if how == "in_front_of" else hosts[0]  # as `groups._place` picks it
    hair = host.width * HAIR
    for pieces in sets:
        way = lean(pieces[0].entity.id, host.entity.id, links) if pieces else 0.0
        if way == 0.0:
            continue
        edge = min(p.left for p in pieces) if way > 0 else max(p.right for p in pieces)
        move = (host.right - hair - edge) if way > 0 else (host.left + hair - edge)
        for piece in pieces:
            piece.x += move
