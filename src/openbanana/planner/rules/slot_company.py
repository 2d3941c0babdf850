"""A thing no slot of a document asked for joins the slot of what it stands in relation to: "a sprout in a pot"
on a steps sheet drew the sprout in a step's icon and the pot nowhere, with nothing said of it."""

from __future__ import annotations

from openbanana.scene import Entity, SceneGraph


def join_their_company(graph: SceneGraph, drawable: list[Entity], chosen: list[list[Entity]]) -> None:
    """Each drawable thing in no slot is added to the first slot holding a thing it is related to (in either
    direction); one related to nothing chosen stays out, as before."""
    home: dict[str, list[Entity]] = {}
    for named in chosen:
        for entity in named:
            home.setdefault(entity.id, named)
    partners: dict[str, list[str]] = {}
    for relation in graph.relations:
        partners.setdefault(relation.subject, []).append(relation.object)
        partners.setdefault(relation.object, []).append(relation.subject)
    for entity in drawable:
        if entity.id in home:
            continue
        for partner in partners.get(entity.id, ()):
            if partner in home:
                home[partner].append(entity)
                home[entity.id] = home[partner]
                break
