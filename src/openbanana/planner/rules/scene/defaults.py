"""The composer's defaults: how things named together stand where the reading related them not at all, or only as
"near".

A reader misses relations (a rare sentence shape, a pair read with no predicate, "near" for "next to"), yet a
picture that stands such things the likely way still shows them: things named one after the other stand side by
side, a small gap between, left to right in the order they were named; a pair read as "near" stands as neighbours
in the row. The defaults read no word of the prompt, only what the graph already holds (the kinds of its things,
the order they were named in, its relations), and they only add: a relation the graph states is honoured first,
and a default that would undo it is left out (`order.order_row`, first come first served). They are side relations
the graph does not state, so the answer's account of the relations asked for stays what it was.
"""

from __future__ import annotations

from itertools import pairwise

from openbanana.planner.rules.scene.kinds import TABLE_FORMS, Kind
from openbanana.planner.rules.scene.relations import Link, Links, subtree_ids
from openbanana.planner.rules.scene.waters import is_wave
from openbanana.scene import Relation, SceneGraph

ROW_ZONES = frozenset({"ground", "tabletop"})  # things that stand in the ground row
SMALL = 0.45  # world units: a dog's height, a thing with no size of its own
SEAT_TOP = 0.04  # a kind's seat when it has none of its own (its very top)
NOT_TO_LIE_ON = frozenset({"bench", "puddle", "seesaw", *TABLE_FORMS})


def with_defaults(scene: SceneGraph, kinds: dict[str, Kind], links: Links) -> Links:
    """`links` with the default side relations added after the graph's own, and small loose things on the one
    thing to lie on."""
    _on_the_one_surface(scene, kinds, links)
    links.sides.extend(_near_as_beside(kinds, links))
    links.sides.extend(_side_by_side(scene, kinds, links))
    return links


def _in_row(entity_id: str, kinds: dict[str, Kind], links: Links) -> bool:
    """Whether the thing stands in the ground row on its own: not attached to another, not in the sky or water."""
    return kinds[entity_id].zone in ROW_ZONES and entity_id not in links.parent_of


def _near_as_beside(kinds: dict[str, Kind], links: Links) -> list[Relation]:
    """A pair read as "near", both standing in the row, stands next to each other (a row keeps "near" things up to
    two places apart, and "next to" was often what the words meant); what others are near takes one such
    neighbour, the first, so two people near one dock are not drawn either side of it."""
    beside: list[Relation] = []
    taken: set[str] = set()
    for r in links.sides:
        if r.predicate == "near" and r.object not in taken \
                and _in_row(r.subject, kinds, links) and _in_row(r.object, kinds, links):
            beside.append(Relation(r.subject, "next_to", r.object))
            taken.add(r.object)
    return beside


def _side_by_side(scene: SceneGraph, kinds: dict[str, Kind], links: Links) -> list[Relation]:
    """Things named one after the other, each standing in the row, that the graph does not relate to each other:
    next to each other, the one named first on the left (not scenery, nor water named as a thing: `waters.py`)."""
    row = [e.id for e in scene.entities if e.id in kinds and _in_row(e.id, kinds, links) and not kinds[e.id].scenery
           and not is_wave(e.glyph)]
    related = {frozenset((r.subject, r.object)) for r in scene.relations}
    pairs = [(a, b) for a, b in pairwise(row) if frozenset((a, b)) not in related]
    return [Relation(a, "next_to", b) for a, b in pairs] + [Relation(a, "left_of", b) for a, b in pairs]


def _on_the_one_surface(scene: SceneGraph, kinds: dict[str, Kind], links: Links) -> None:
    """A small thing or animal in no relation, named with exactly one thing to lie or sit on and no table (a stump,
    a lily pad, a bed, an armchair, a blanket, a plate, a tray), goes on it, as small things go on the one table
    (`relations._imply_tabletops`); implied, so the thoughts say what was put there and the answer claims nothing."""
    if any(kind.form in TABLE_FORMS for kind in kinds.values()):
        return
    surfaces = [e.id for e in scene.entities if e.id in kinds and _to_lie_on(kinds[e.id])]
    if len(surfaces) != 1:
        return
    surface = surfaces[0]
    sided = {r.subject for r in links.sides} | {r.object for r in links.sides}
    for entity in scene.entities:
        kind = kinds.get(entity.id)
        if kind is None or entity.id == surface or entity.id in links.parent_of or entity.id in sided \
                or not _small(kind) or surface in subtree_ids(links, entity.id) | {*links.ancestors(entity.id)}:
            continue
        links.parent_of[entity.id] = Link(entity.id, surface, "on", implied=True)


def _to_lie_on(kind: Kind) -> bool:
    """A seat, a bed, a plate, a stump, a rug or a blanket; not a table (its own default), a bench (a dog is likelier
    beside it), a puddle, a bath or a container."""
    return ((kind.surface and kind.seat != SEAT_TOP) or kind.form == "rug") and kind.form not in NOT_TO_LIE_ON \
        and not kind.container and not kind.person


def _small(kind: Kind) -> bool:
    """Small enough to lie on a seat or a plate: no person, no furniture or scenery, no bigger than a dog."""
    return (kind.zone in ROW_ZONES and not kind.person and not kind.furniture and not kind.scenery
            and kind.size <= SMALL and not kind.surface)
