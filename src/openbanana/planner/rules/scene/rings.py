"""A thing "surrounded by" others stands inside a ring of them: the near copies in front of it, the far ones
behind it and higher (on the ground) or round it in the picture's plane (in the air). Drawn as a row beside the
thing, "a christmas tree surrounded by presents" and "a cake surrounded by balloons" read as "next to"."""

from __future__ import annotations

import math
from dataclasses import replace

from openbanana.planner.rules.scene.kinds import Kind
from openbanana.planner.rules.scene.pieces import Group
from openbanana.scene import Relation, SceneGraph

SIDEWAYS = frozenset({"near", "next_to"})
FRONT_GAP = 0.5  # half the opening (in radians) a ring on the ground leaves in front of the thing it rings
ARC_BELOW = 0.35  # how far below the middle (in radians) a ring in the air comes down the thing's sides


UNDERFOOT = 0.6  # the most a field's small things measure against the one standing among them
FIELD = 3  # this many copies or more of a thing make a field one stands in ("in a field of sunflowers")


def among(scene: SceneGraph, kinds: dict[str, Kind]) -> SceneGraph:
    """A single thing "in" a field of several loose copies (a girl in a field of sunflowers, a cabin in the pine
    trees) stands among them, ringed, not attached to the first copy: on it, it was sized and placed by one far
    flower and came out a speck at the picture's edge."""
    fields: dict[str, str] = {}
    for relation in scene.relations:
        one, field = scene.entity(relation.subject), scene.entity(relation.object)
        kind = kinds.get(relation.object)
        if (relation.predicate == "in" and one is not None and field is not None and kind is not None
                and one.count == 1 and field.count >= FIELD and field.arrangement in ("auto", "scattered")
                and not kind.container and kind.zone in ("ground", "tabletop") and relation.subject in kinds):
            fields.setdefault(relation.object, relation.subject)
    if not fields:
        return scene
    scales = {e.id: e.scale for e in scene.entities}
    entities = tuple(replace(e, arrangement="circle", scale=_underfoot(
        e.scale, kinds[e.id], kinds[fields[e.id]].size * scales[fields[e.id]])) if e.id in fields else e
        for e in scene.entities)
    relations = tuple(Relation(r.subject, "near", r.object) if fields.get(r.object) == r.subject and r.predicate == "in"
                      else r for r in scene.relations)
    return replace(scene, entities=entities, relations=relations)


def _underfoot(scale: float, field: Kind, one: float) -> float:
    """Small things of a field (flowers round a rabbit) stay lower than the one among them (`one`: its height),
    so the near ones do not hide it; trees and people keep their own size."""
    if field.scenery or field.person:
        return scale
    return max(0.3, min(scale, UNDERFOOT * one / max(field.size, 1e-6)))


def ring_hosts(scene: SceneGraph) -> dict[str, str]:
    """{ring: host}: a thing laid out in a circle that stands near one other thing (the reading's "surrounded
    by") rings it."""
    circles = {e.id for e in scene.entities if e.arrangement == "circle" and e.count > 2}
    rings: dict[str, str] = {}
    for relation in scene.relations:
        if relation.predicate not in SIDEWAYS:
            continue
        for ring, host in ((relation.subject, relation.object), (relation.object, relation.subject)):
            if ring in circles and host not in circles and ring not in rings:
                rings[ring] = host
    return rings


def encircle(groups: list[Group], rings: dict[str, str]) -> list[Group]:
    """The groups with each ring's copies moved round its host's first piece, into the host's group."""
    kept = []
    for group in groups:
        host_id = rings.get(group.root, "")
        host_group = next((g for g in groups if g is not group and host_id and g.of(host_id)), None)
        if host_group is None:
            kept.append(group)
        else:
            _ring_round(group, host_group, host_id)
    return kept


def ringed_root(groups: list[Group], hero_id: str, root: str) -> str:
    """The root of the group the hero stands in: a hero that rings another thing ("six macarons in a ring around a
    vase") joined the vase's group, as a hero attached to a thing built as a group of its own does; a root no group
    has had left the stage empty."""
    if not hero_id or any(g.root == root for g in groups):
        return root
    return next((g.root for g in groups if g.of(hero_id)), root)


def _ring_round(ring: Group, group: Group, host_id: str) -> None:
    host = group.of(host_id)[0]
    copies = ring.of(ring.root)
    n = len(copies)
    size = max(p.width for p in copies)
    airborne = copies[0].kind.zone == "sky"
    rx = host.width / 2 + size * 0.55
    if not airborne:  # round the back and the sides, open toward the eye: nothing hides the thing ringed
        rx = max(rx, n * size * 0.85 / (2 * math.pi - 2 * FRONT_GAP))
    ry = host.height / 2 + max(p.height for p in copies) * 0.5 if airborne else rx * 0.28
    middle = host.bottom - host.height / 2
    clear = host.width / 2 + size / 2 - 0.45 * min(size, host.width)  # the most a copy may overlap it, across
    for index, piece in enumerate(copies):
        if airborne:  # an arc over it and down its sides, in the picture's plane: never under what it rings
            angle = math.pi - ARC_BELOW + (math.pi + 2 * ARC_BELOW) * index / max(n - 1, 1)
        else:
            angle = math.pi / 2 + FRONT_GAP + (2 * math.pi - 2 * FRONT_GAP) * index / max(n - 1, 1)
        near = (math.sin(angle) + 1) / 2  # 1 at the front of the ring, 0 at the back
        piece.x = host.x + rx * math.cos(angle)
        if not airborne and abs(piece.x - host.x) < clear:  # never straight behind or before it: it stays seen
            piece.x = host.x + math.copysign(clear, math.cos(angle) or (index % 2 - 0.5))
        if airborne:
            piece.bottom = middle + ry * math.sin(angle) + piece.height / 2
            piece.layer, piece.depth = host.layer + 1, host.depth
        else:  # on the ground: the far side higher and smaller, behind it; the near side in front
            piece.height *= 1 - 0.2 * (1 - near)
            piece.bottom = host.bottom - (1 - near) * ry * 2 + near * size * 0.15
            piece.layer = host.layer + (1 + near if near > 0.35 else -1 - (1 - near))
            piece.depth = host.depth + (0.0 if near > 0.35 else 0.02)
        group.pieces.append(piece)
    group.pieces.extend(p for p in ring.pieces if p not in copies)
    lowest = max(p.bottom for p in group.pieces)
    for piece in group.pieces:  # the lowest foot stands on the stage's line, as a built group's does
        piece.bottom -= max(0.0, lowest)
