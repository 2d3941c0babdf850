"""Where an activity is done is where its doer is: "a woman doing yoga on a mat" puts the woman on the mat.

The reading takes the activity for a thing ("yoga", "a lotus pose") and relates it to the place; the composer
draws the doer in the activity's pose (scene/shown_parts.activities) and lays the place out under the doer. The
graph says the same: the relation is the doer's, so it states what is drawn.
"""

from __future__ import annotations

from openbanana.planner.rules.scene.shown_parts import activities, redirected
from openbanana.scene import Entity, Relation, SceneGraph


def done_by_doers(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Relation, ...]:
    """The relations with an activity's place given to its doer (one between the two says nothing more)."""
    graph = SceneGraph(entities=entities, relations=relations)
    parts, _ = activities(graph, {e.id: e.glyph for e in entities})
    return redirected(graph, parts).relations if parts else relations
