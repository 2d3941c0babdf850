"""The view. Things so large that they are the view as well as a thing: "three horses in a meadow in front of
snowy mountains" names the mountains as what the horses stand before, and a meadow's hills would hide them; "a
surfer walks out of the waves" names no place, but the waves are the sea's. And things off a shore are out at
sea: the water is their ground."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity

MOUNTAINS = frozenset({"mountain", "mountains", "peak", "peaks", "mountain range", "alps", "mountain peak"})
WAVES = frozenset({"wave", "waves", "surf", "breaker", "breakers"})
OFFSHORE = re.compile(r"\boff (?:the|a|an) (?:[a-z-]+ ){0,2}?(coast|coastline|shore|shoreline|beach|island)\b")


def far_views(setting: SettingReader, entities: Sequence[Entity]) -> None:
    """Close the setting's view with the mountains or the sea a thing names, where no place already closes it."""
    nouns = {entity.noun for entity in entities}
    outdoors = setting.place is None or not setting.place.indoor
    if setting.view is None and outdoors and nouns & MOUNTAINS:
        setting.view = "mountains"
    elif setting.view is None and setting.place is None and nouns & WAVES:
        setting.view = "sea"


def offshore(setting: SettingReader, prose: str) -> None:
    """"Two orcas breaching off a rocky coast", "a yacht anchored off the island": out at sea,
    so the water is the ground, not the shore's sand."""
    found = OFFSHORE.search(prose.lower())
    if found is not None and setting.place is not None and setting.place.name == found.group(1):
        setting.place = PLACES["sea"]
