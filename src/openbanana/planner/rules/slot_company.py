"""A thing no slot of a document asked for joins the slot of what it stands in relation to: "a sprout in a pot"
on a steps sheet drew the sprout in a step's icon and the pot nowhere, with nothing said of it. Things related only
to each other ("a watering can beside a flowerpot" on a poster whose one picture is the seed's) go together to the
emptiest slot: they had both been left out, and their relation with them."""

from __future__ import annotations

from openbanana.scene import Entity, SceneGraph


def join_their_company(graph: SceneGraph, drawable: list[Entity], chosen: list[list[Entity]]) -> None:
    """Each drawable thing in no slot is added to the first slot holding a thing it is related to (in either
    direction); a thing related only to others in no slot starts their company in the slot holding fewest; one
    related to nothing drawable stays out, as before."""
    home: dict[str, list[Entity]] = {}
    for named in chosen:
        for entity in named:
            home.setdefault(entity.id, named)
    partners: dict[str, list[str]] = {}
    drawn = {e.id for e in drawable}
    for relation in graph.relations:
        if relation.subject in drawn and relation.object in drawn:
            partners.setdefault(relation.subject, []).append(relation.object)
            partners.setdefault(relation.object, []).append(relation.subject)
    _join(drawable, home, partners)
    for entity in drawable:
        if entity.id not in home and entity.id in partners and chosen:
            emptiest = min(chosen, key=len)
            emptiest.append(entity)
            home[entity.id] = emptiest
            _join(drawable, home, partners)


def _join(drawable: list[Entity], home: dict[str, list[Entity]], partners: dict[str, list[str]]) -> None:
    """Each thing in no slot joins the first of its partners' slots, until no more join."""
    joined = True
    while joined:
        joined = False
        for entity in drawable:
            if entity.id in home:
                continue
            partner = next((p for p in partners.get(entity.id, ()) if p in home), None)
            if partner is not None:
                home[partner].append(entity)
                home[entity.id] = home[partner]
                joined = True
