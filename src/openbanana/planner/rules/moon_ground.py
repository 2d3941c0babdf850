"""The Moon stood on ("an astronaut standing on the moon", "a flag planted on the lunar dust"): the scene is on its
surface, a black sky over grey ground. Read as a thing, the moon was drawn as a disc and the scene left on open
ground, or in the "sky" a later phrase named ("…, the Earth hanging in the black sky above him")."""

from __future__ import annotations

import re

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES

ON_THE_MOON = re.compile(r"\b(?:on|onto|upon|across|walking|landed on|landing on) (?:the )?(?:moon|moon's surface|"
                         r"lunar (?:dust|soil|ground|plain|crater))\b")
SKY_ONLY = frozenset({"sky", "clouds", "the sky", "air"})  # a "sky" named after it is the Moon's own black one


def on_the_moon(setting: SettingReader, lowered: str) -> None:
    """Put the scene on the Moon's surface when the prose stands something on the Moon (changed in place); a ground
    place named besides it (a crater field is the Moon's, a studio set is not read here) is kept."""
    if not ON_THE_MOON.search(lowered):
        return
    if setting.place is None or setting.place.name in SKY_ONLY:
        setting.place = PLACES["lunar surface"]
