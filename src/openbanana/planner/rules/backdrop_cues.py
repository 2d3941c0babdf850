"""What a prompt's things say lies behind them, or under them, when no place word says it.

- things of a town's back streets (a dumpster, a fire escape, a graffiti wall, an alley) put a place-less prompt in
  a city street, as a taxi does;
- trees named as a stand ("between tall pine trees", "among the birches") or a creature that lives only in the
  trees of a rainforest (a sloth, an orangutan) close a place-less prompt's view with a forest; two trees a
  hammock hangs between are no stand, nor is a sloth printed on a onesie or drawn as a sticker a forest's;
- a laptop, a coaster or a tablecloth, used at a desk or a table at home, is in a room when no place or room is named;
- a waterfall with no place named stands in its water (a bear catching salmon in it);
- an island with a boat or a ship beside it is seen from the sea: the water round it is the ground, not its beach
  ("a treasure chest on the beach" of it too); not yet where the ship is set to the island's left or right, which the
  water's row does not keep.
"""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES

BACK_STREET_THINGS = frozenset({"dumpster", "skip bin", "fire escape", "rusty fire escape", "graffiti wall",
                                "graffiti", "alley cat", "alleyway", "alley", "manhole", "manhole cover"})
STAND_OF_TREES = re.compile(r"\b(?:(?:between|among|amongst|through|beneath|under) (?:the )?(?:[a-z]+ ){0,2}"
                            r"(?:trees|pines|firs|birches|spruces|redwoods|conifers)"
                            r"|(?:pine|fir|spruce|birch|redwood|beech) trees)\b")
FEW = frozenset({"two", "three", "four", "pair", "couple", "palm"})  # a hammock between two trees: no stand of them
PRINTED = re.compile(r"\b(?:sticker|printed|print|card|icon|emoji|logo|badge|mascot)\b")  # a creature drawn on a thing
RAINFOREST_CREATURES = frozenset({"sloth", "orangutan", "toucan", "lemur", "gibbon", "tree frog", "howler monkey"})
# Used at a desk or a table at home.
HOME_THINGS = frozenset({"laptop", "coaster", "placemat", "doily", "tablecloth", "table runner"})
WATERFALLS = frozenset({"waterfall", "waterfalls", "cascade"})
AFLOAT = frozenset({"boat", "sailboat", "rowboat", "ship", "pirate ship", "yacht", "ferry", "canoe", "kayak",
                    "fishing boat", "sailing boat", "galleon", "steamship"})
ISLANDS = frozenset({"island", "tropical island"})
# A thing set to one side of the island: on water ground the ship is staged on the water's row and loses that side.
BESIDE_ISLAND = re.compile(r"\b(?:left|right) of (?:the|a|an|its) (?:[a-z]+ )?island\b")


def backdrop_cues(setting: SettingReader, names: set[str], lowered: str) -> None:
    """Settle a backdrop or a ground by the cues above (the setting is changed in place)."""
    if setting.place is not None and setting.place.terrain == "sand" and names & AFLOAT \
            and any(name in ISLANDS for name in (*setting.places, *names)) and not BESIDE_ISLAND.search(lowered):
        setting.place = replace(setting.place, terrain="water")  # the sea the boat is on, round the island
        return
    if setting.place is not None or setting.implied is not None:
        return
    if names & BACK_STREET_THINGS and setting.surface is None:
        setting.add_place(PLACES["city street"])
    elif names & HOME_THINGS:
        setting.add_surface("floor")
    elif names & WATERFALLS:
        setting.add_surface("water")
    elif setting.backdrop is None and (_stand_of_trees(lowered) or (
            names & RAINFOREST_CREATURES and not PRINTED.search(lowered))):
        setting.backdrop = "forest"


def _stand_of_trees(lowered: str) -> bool:
    """Whether trees are named as a stand, not as two or three counted ones (nor palms, which are the beach's)."""
    return any(not FEW & set(lowered[max(0, m.start() - 16):m.end()].split())
               for m in STAND_OF_TREES.finditer(lowered))
