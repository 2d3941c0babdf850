"""Weather that is over ("a rainbow over a wheat field after a storm", "a street after the rain"): the sky is clearing,
not raining. Read as the weather itself, the rainbow hung in a storm with lightning and rain still falling."""

from __future__ import annotations

import re

from openbanana.planner.rules.setting import SettingReader

PASSED = re.compile(r"\b(?:after|following) (?:a|the) (?:heavy |summer |spring |brief |passing )?"
                    r"(?:storm|rain|rainstorm|thunderstorm|shower|downpour|rainfall)\b")


def after_the_rain(setting: SettingReader, lowered: str) -> None:
    """Rain or a storm the prose says is over leaves a cloudy sky (changed in place); other weather is kept."""
    if setting.weather in ("rain", "storm") and PASSED.search(lowered):
        setting.weather = "cloudy"
