"""The glass of a window named by the weather on it: "rain on the glass", "frost on the glass".

"A cozy attic with a skylight and rain on the glass" drew a wine glass on the floor: the word alone is a drinking
glass. Weather lying on, running down or beating against the glass is on a window's pane, and the room's window
shows it (the rain or snow falling outside it); the glass is no thing of its own.
"""

from __future__ import annotations

import re

from openbanana.planner.rules.dropped import without
from openbanana.scene import Entity, Relation

ON_THE_GLASS = re.compile(r"\b(?:rain|raindrops|drops|droplets|frost|condensation|snow|snowflakes|fog|mist|steam|"
                          r"hail|sleet)\b[\w ]{0,24}?\b(?:on|against|down|across|streaking|streaming) (?:the|its) "
                          r"(?:window ?)?glass\b")


def window_glass(entities: tuple[Entity, ...], relations: tuple[Relation, ...],
                 prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """The entities and relations less a lone glass the weather lies on ("rain on the glass")."""
    if not ON_THE_GLASS.search(prose.lower()):
        return entities, relations
    return without(entities, relations, {e.id for e in entities if e.noun == "glass" and e.count == 1
                                         and not e.modifiers})
