"""A table seen straight down (or the one table a close shot stands everything on) is the picture's ground: its top
fills the frame, and the composer draws it as the ground (`scene.world.tops_seen_from_above`). The scene graph kept
the room's floor the table had made ("a laptop and a notebook on a wooden desk, top view"), so the setting the plan
reported was not the one drawn."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.world import tops_seen_from_above
from openbanana.scene import SceneGraph, Terrain


def table_ground(scene: SceneGraph, drawn: Terrain) -> SceneGraph:
    """The scene graph with the table top for its ground where the world drew it so, looking down on the table
    things are on; unchanged otherwise."""
    if drawn != "table" or scene.setting.terrain not in ("none", "floor") or not tops_seen_from_above(scene):
        return scene
    return replace(scene, setting=replace(scene.setting, terrain="table"))
