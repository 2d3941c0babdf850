"""Who stands in a document's small picture areas (a comic's panels): the cast seated by `composition._slot_graphs`.

A panel holds two or three standing things; what one of them holds or wears ("a walrus holding a coffee mug", "a
man in pajamas") is drawn with it and takes no place of its own. Counted as one of the cast, such a thing filled the
panel, and the mug or the pajamas were left out of the picture with no word of it.
"""

from __future__ import annotations

from openbanana.scene import Entity, SceneGraph

CARRIED = frozenset({"holding", "wearing"})  # the object is drawn in the subject's hands or on its body
PANEL_CAST = 2  # a panel's standing things, when another has room
MOST_CAST = 3  # a third rather than none: the whole cast on stage


def carriers(graph: SceneGraph) -> dict[str, str]:
    """{thing: who holds or wears it}."""
    out: dict[str, str] = {}
    for relation in graph.relations:
        if relation.predicate in CARRIED and relation.object != relation.subject:
            out.setdefault(relation.object, relation.subject)
    return out


def seat_the_rest(graph: SceneGraph, drawable: list[Entity], chosen: list[list[Entity]]) -> None:
    """Every drawable thing no slot asked for joins one: a held or worn thing its carrier's, whatever the panel
    holds; anything else the slot of what it relates to, else the first with room."""
    carried = carriers(graph)
    seated = {e.id for named in chosen for e in named}

    def standing(named: list[Entity]) -> int:
        return sum(1 for e in named if e.id not in carried)

    for entity in drawable:
        if entity.id in seated or entity.id in carried or not chosen:
            continue
        related = {r.subject for r in graph.relations if r.object == entity.id} | {
            r.object for r in graph.relations if r.subject == entity.id}
        home = next((named for named in chosen if related & {e.id for e in named}
                     and standing(named) < MOST_CAST), None)
        home = home or next((named for named in chosen if standing(named) < PANEL_CAST), None) or next(
            (named for named in chosen if standing(named) < MOST_CAST), None)
        if home is not None:
            home.append(entity)
            seated.add(entity.id)
    for entity in drawable:  # with its carrier, wherever that stands
        holder = carried.get(entity.id, "")
        home = next((named for named in chosen if any(e.id == holder for e in named)), None)
        if entity.id not in seated and home is not None:
            home.append(entity)
            seated.add(entity.id)
