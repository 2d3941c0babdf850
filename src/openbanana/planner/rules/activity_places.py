"""Where an activity is done is where its doer is: "a woman doing yoga on a mat" puts the woman on the mat.

The reading takes the activity for a thing ("yoga", "a lotus pose") and relates it to the place; the composer
draws the doer in the activity's pose (scene/shown_parts.activities) and lays the place out under the doer. The
graph says the same: the relation is the doer's, so it states what is drawn.
"""

from __future__ import annotations

from openbanana.planner.rules.scene.shown_parts import activities
from openbanana.scene import Entity, Relation, SceneGraph


def done_by_doers(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations with an activity's place given to its doer. One between the two stays: the composer finds the
    doer by it ("a man running a marathon": the runner is the man, not a second figure)."""
    parts, _ = activities(SceneGraph(entities=entities, relations=relations), {e.id: e.glyph for e in entities})
    if not parts:
        return relations

    def doer(end: str, other: str) -> str:
        return parts[end] if end in parts and parts[end] != other else end

    moved = (Relation(doer(r.subject, r.object), r.predicate, doer(r.object, r.subject)) for r in relations)
    return tuple(dict.fromkeys(r for r in moved if r.subject != r.object))
