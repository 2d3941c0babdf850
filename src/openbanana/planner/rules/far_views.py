"""Things so large that they are the view as well as a thing: "three horses in a meadow in front of snowy mountains"
names the mountains as what the horses stand before, and a meadow's hills would hide them; "a surfer walks out of
the waves" names no place, but the waves are the sea's."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.setting import SettingReader
from openbanana.scene import Entity

MOUNTAINS = frozenset({"mountain", "mountains", "peak", "peaks", "mountain range", "alps", "mountain peak"})
WAVES = frozenset({"wave", "waves", "surf", "breaker", "breakers"})


def far_views(setting: SettingReader, entities: Sequence[Entity]) -> None:
    """Close the setting's view with the mountains or the sea a thing names, where no place already closes it."""
    nouns = {entity.noun for entity in entities}
    outdoors = setting.place is None or not setting.place.indoor
    if setting.view is None and outdoors and nouns & MOUNTAINS:
        setting.view = "mountains"
    elif setting.view is None and setting.place is None and nouns & WAVES:
        setting.view = "sea"
