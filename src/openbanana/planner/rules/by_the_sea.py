"""A lighthouse with no place named ("a watercolor of a lighthouse on a sunny afternoon") stands on the coast, the sea
behind it: a lighthouse is where the sea is, and on the grass of an inland meadow it read as a striped silo. A boat
named beside it puts the scene on the sea's water, the sea beyond."""

from __future__ import annotations

from collections.abc import Sequence

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity

SEA_MARKS = frozenset({"lighthouse", "light house"})


def by_the_sea(setting: SettingReader, entities: Sequence[Entity]) -> None:
    """The setting made the coast when a sea mark is named and no place, room or ground is (changed in place)."""
    if setting.place is None and setting.implied is None and any(e.noun in SEA_MARKS for e in entities):
        if setting.surface is None:
            setting.add_place(PLACES["coast"])
        elif setting.surface == "water":
            setting.backdrop = setting.backdrop or "sea"  # a boat passing below it: the sea's water, not a lake's
