"""A close shot of things on one table ("a wristwatch on a dark wooden table, product shot", "a mug on a desk,
close up"): the table's top is the ground they stand on, seen from the side, the way a product or still life is
shot. Drawn as a whole table in a room, the things were small on it, under a window, and read as a room."""

from __future__ import annotations

import re

from openbanana.planner.rules.scene.kinds import is_person
from openbanana.scene import Camera, SceneGraph

PRODUCT_SHOT = re.compile(r"\b(?:product|studio) (?:shot|photo|photograph|image|picture)s?\b|\bpack ?shot\b")


def product_camera(prose: str, camera: Camera) -> Camera:
    """A product shot is a close shot, unless the prompt asked for another view ("a flat lay product photo")."""
    return "close_up" if camera == "default" and PRODUCT_SHOT.search(prose.lower()) else camera


def close_table_top(scene: SceneGraph, tables: list[str]) -> frozenset[str]:
    """The one table of `tables` everything else stands on (or rests in, or comes with, what does), when the camera
    is close; nothing when someone is in the picture (a person at a desk is shot with the desk)."""
    if scene.camera != "close_up" or len(tables) != 1:
        return frozenset()
    table = tables[0]
    reached = {r.subject for r in scene.relations if r.predicate == "on" and r.object == table}
    links = [(r.subject, r.object) for r in scene.relations if table not in (r.subject, r.object)]
    grown = True
    while grown:  # what is in a jar on the table, the strap of a watch on it
        before = len(reached)
        reached |= {b for a, b in links if a in reached} | {a for a, b in links if b in reached}
        grown = len(reached) > before
    others = [e for e in scene.entities if e.id != table]
    if not reached or any(is_person(e.glyph or "") for e in others):
        return frozenset()
    return frozenset(tables) if all(e.id in reached for e in others) else frozenset()
