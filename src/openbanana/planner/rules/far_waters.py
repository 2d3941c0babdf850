"""Water seen from the land a scene stands on: "puffins on a grassy sea cliff, waves breaking far below", "volleyball
on white sand, palm trees and the sea behind". The waves and the sea had been read as the ground, so the cliff's
grass and the beach's sand were drawn as water; named below a height or behind the scene, they are its view."""

from __future__ import annotations

import re

from openbanana.planner.rules.setting import OPEN_SEAS, SettingReader
from openbanana.scene import Terrain

# Water named as lying below (with nothing after "below": "fish swimming below the boat" is a place of the fish).
BELOW = re.compile(r"\b(?:waves|surf|sea|ocean|breakers)\b(?: [a-z]+){0,3} (?:far |way |just |a long way )?below\b"
                   r"(?! (?:the|a|an|it|its|his|her|their|them|him)\b)")
# The sea named, alone or with other far things, as what is behind the scene.
BEHIND = re.compile(r"\b(?:the )?(?:sea|ocean)(?: and [a-z]+(?: [a-z]+){0,2}?)? "
                    r"(?:behind|beyond|in the (?:background|distance))\b"
                    r"(?! (?:the|a|an|it|its|his|her|their|them|him)\b)")
LAND: frozenset[Terrain] = frozenset({"grass", "sand", "dirt", "snow", "stone"})


def far_waters(setting: SettingReader, prose: str) -> None:
    """Make water named below or behind the stated land the view, the land the ground (changed in place)."""
    lowered = prose.lower()
    if setting.surface in (None, "water") and setting.place is not None and setting.place.terrain in LAND \
            and BELOW.search(lowered):
        setting.surface, setting.view = None, setting.view or "sea"  # the cliff's own ground, the sea beneath it
    elif setting.surface in LAND and setting.place is not None and setting.place.name in OPEN_SEAS \
            and BEHIND.search(lowered):
        setting.place, setting.view = None, setting.view or "sea"  # the sand stood on, the sea beyond it
