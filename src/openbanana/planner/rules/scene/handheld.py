"""A person "on" a phone is talking into it, not standing on it: the reading gives "on" for "talking on the phone",
and the composer had stood a tiny man on a giant phone. A handheld thing a person is on is held instead."""

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
