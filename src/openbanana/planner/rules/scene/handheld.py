"""What a person does with a thing, where the reading's preposition would draw something else: a person "on" a phone
is talking into it (the composer had stood a tiny man on a giant phone), so it is held; "a woman pushing a man in a
wheelchair" seats the man in the chair, with the woman beside it (the reading had put her in it)."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Relation, SceneGraph

HANDHELD = frozenset("📱☎📞")  # on the phone: in hand, at the ear


def in_hand(scene: SceneGraph, glyphs: dict[str, str | None]) -> SceneGraph:
    """The graph with "a person on a phone" read as the person holding it."""
    def held(relation: Relation) -> bool:
        return relation.predicate == "on" and is_person(glyphs.get(relation.subject) or " ") \
            and (glyphs.get(relation.object) or "").replace("\ufe0f", "") in HANDHELD
    if not any(held(r) for r in scene.relations):
        return scene
    return replace(scene, relations=tuple(dict.fromkeys(
        Relation(r.subject, "holding", r.object) if held(r) else r for r in scene.relations)))


PUSHED = frozenset("🦽🦼🛒")  # what one person pushes another in (a stroller is drawn as a cart)
PUSHING = frozenset({"pushing", "wheeling"})


def pushed_in(scene: SceneGraph, glyphs: dict[str, str | None]) -> SceneGraph:
    """The graph with the person pushed sitting in the chair, the one pushing beside it."""
    people = {e.id: e for e in scene.entities if is_person(glyphs.get(e.id) or " ")}
    relations = list(scene.relations)
    for index, relation in enumerate(relations):
        pusher = people.get(relation.subject)
        chair = (glyphs.get(relation.object) or "").replace("\ufe0f", "")
        if relation.predicate != "in" or pusher is None or pusher.action not in PUSHING or chair not in PUSHED:
            continue
        seated = {r.subject for r in relations if r.predicate == "in"}
        other = next((r.object if r.subject == pusher.id else r.subject for r in relations
                      if r.predicate in ("near", "next_to") and pusher.id in (r.subject, r.object)
                      and ({r.subject, r.object} - {pusher.id}) <= people.keys()
                      and not ({r.subject, r.object} - {pusher.id}) & seated), None)
        if other is not None:
            relations[index] = Relation(other, "in", relation.object)
            relations.append(Relation(pusher.id, "next_to", relation.object))
    if relations == list(scene.relations):
        return scene
    return replace(scene, relations=tuple(dict.fromkeys(relations)))
