"""A window named with no place ("a girl reading by the window", "a dog looking out of a window", "a cat asleep on
books next to a window") is a room's window: the scene is indoors, where the window is hung in the back wall by
what is at it (`window_seats.py`), not a window frame standing on a lawn. A window that belongs to something
outdoors named with it (a house, a shop, a castle, a car, a train), or one something grows below (a sunflower),
keeps the outdoors."""

from __future__ import annotations

from openbanana.planner.rules.scene.window_seats import is_window
from openbanana.scene import SceneGraph

OUTDOOR_OWNERS = frozenset("🏠🏡🏢🏬🏪🏫🏨🏰🏯⛪🏛🏚🏘🏭🏦🏥🛖🕌🛕🕍⛩🗼🏟"  # buildings
                           "🚗🚕🚙🚌🚎🚐🚑🚒🚓🚂🚃🚄🚅🚆🚇🚈🚊🚋🚝🚞✈🛩🚀🛸⛵🚢🛳⛴")  # vehicles

GROWING = frozenset({"growing", "grows", "blooming", "blossoming", "sprouting"})


def indoors_by_window(scene: SceneGraph) -> bool:
    """Whether a window is named and nothing outdoors it could belong to."""
    return any(is_window(e) for e in scene.entities) and not any(
        (e.glyph or " ")[0] in OUTDOOR_OWNERS or (e.action.split() or [""])[0] in GROWING for e in scene.entities)
