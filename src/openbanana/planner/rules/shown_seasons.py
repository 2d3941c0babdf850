"""A season the picture shows though no word names it: snow lying on open ground ("a fox in a snowy clearing",
"building a snowman") is winter, and leaves falling or lying about ("walking through the falling leaves", "raking
leaves") are autumn, as a pumpkin patch or a pile of pumpkins is; trees in bloom or blossom are spring (one flower's
blossom is no season); an outdoor pool one floats or lounges by is summer. Snow falling is winter even seen from a
room ("while snow falls outside"). The season stayed unread, so the trees kept their summer green. A season the
prompt names wins; snow lying on a mountain view or under a roof says nothing of the season here."""

from __future__ import annotations

import re

from openbanana.planner.rules.setting import SettingReader

FALLING_LEAVES = re.compile(
    r"\b(?:falling|fallen|drifting|swirling|tumbling|scattered|crunchy|crunching|dry|dead|raked|raking|rakes?)"
    r" (?:the )?(?:[a-z]+ )?leaves\b"
    r"|\bleaves (?:falling|fall|drift(?:ing)?|swirl(?:ing)?|tumbl(?:e|ing)|scattered|on the ground|underfoot)\b"
    r"|\b(?:pile|piles|heap|heaps|carpet) of (?:[a-z]+ )?leaves\b")

HARVEST = re.compile(r"\bpumpkin (?:patch|patches|field|fields|farm)\b|\bjack-?o'?-?lanterns?\b|\bapple picking\b"
                     r"|\bpumpkins\b")
POOLSIDE = re.compile(r"\b(?:pool (?:float|floats|inflatable|lounger|loungers|party)|inflatable (?:ring|rings|flamingo|"
                      r"unicorn|raft|lilo)|lilos?|sun ?loungers?|sunbath(?:ing|ers?|es|e)|paddling pool)\b")
BLOOMING = re.compile(r"\bin (?:full )?bloom\b|\b(?:cherry|apple|plum|almond|peach) blossoms?\b|\bblossom(?:s|ing)\b")


def shown_season(setting: SettingReader, prose: str) -> None:
    """Set the season the scene's ground or leaves show, where none is named (changed in place)."""
    if setting.season is not None:
        return
    lowered = prose.lower()
    if FALLING_LEAVES.search(lowered) or HARVEST.search(lowered):
        setting.season = "autumn"
        return
    if BLOOMING.search(lowered):
        setting.season = "spring"
        return
    shown = setting.setting()
    if POOLSIDE.search(lowered) and not shown.indoor:
        setting.season = "summer"
        return
    if setting.weather == "snow":
        setting.season = "winter"  # falling: whether it lies outside or is seen through a room's window
        return
    if shown.terrain == "snow" and not shown.indoor:
        setting.season = "winter"
