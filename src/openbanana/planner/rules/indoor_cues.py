"""Where the things of a prompt say it is indoors when its place words do not.

- a thing named after a room's furniture or appliance ("a fridge door", "a desk setup", "the oven window") is in a
  room, as the furniture itself is ("a cat on the fridge");
- a person on a train, a bus, a tram, a plane or the subway rides inside it ("sketching on a train by the window"):
  the vehicle's cabin, not the open air its outside stands in ("on the train roof" stays outside); "inside the space
  station" or "aboard the plane" is its cabin whatever place its words named ("space" is outside it); what lies on
  a car's back seat is inside the car;
- someone by, at or looking through a window, with no place named and no building or vehicle drawn, is in the
  room the window is in ("knitting by the window while snow falls outside"): the weather is seen through its glass,
  where the window had stood alone on the snow.
- a garden grown on a windowsill or a shelf ("a windowsill herb garden") is a row of pots in a room, not a lawn;
- someone blowing out a cake's candles is at a party at home: in its room.
A birthday cake alone stays on the page's plain ground: an event's thing alone sets no room.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.people import person_noun
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity

INDOOR_MODIFIERS = frozenset({"fridge", "refrigerator", "desk", "sofa", "couch", "oven", "stove", "microwave",
                              "dishwasher", "wardrobe", "bookshelf", "bookcase", "nightstand", "bedside", "dresser",
                              "cupboard", "fireplace", "mantel", "mantelpiece", "bathtub", "armchair", "headboard"})
# What one rides or works inside, by the place that is its cabin.
CABINS = {"train": "train carriage", "bus": "bus cabin", "coach": "bus cabin", "tram": "tram cabin",
          "plane": "plane cabin", "airplane": "plane cabin", "aeroplane": "plane cabin", "subway": "subway car",
          "metro": "subway car", "underground": "subway car", "space station": "space station cabin"}
_CABIN = r"(" + "|".join(CABINS) + r")\b(?! (?:roof|top|tracks?|platform|station|stop|shelter|driver)\b)"
RIDDEN_ON = re.compile(r"\b(?:on|in) (?:a|an|the) (?:[a-z-]+ )?" + _CABIN)
INSIDE = re.compile(r"\b(?:inside|aboard|on board) (?:a|an|the) (?:[a-z-]+ )?" + _CABIN)
# A window one is by or looks through from inside ("by the window", "through the window"; not "the window of a bus").
AT_A_WINDOW = re.compile(r"\b(?:by|at|beside|near|next to|through|out of|out|from) (?:a|an|the|her|his|their|its|my|"
                         r"our) (?:[a-z]+ )?window\b(?! of\b)")
# A window's own building or vehicle, drawn: its window is seen from outside.
OUTSIDE_WINDOWS = frozenset({"house", "cottage", "cabin", "shop", "store", "building", "cafe", "café", "car", "bus",
                             "train", "tram", "plane", "van", "truck", "taxi", "castle", "church", "tower", "barn"})
# A seat of a car named: what is on it is inside the car ("on the back seat of a car").
CAR_SEAT = re.compile(r"\b(?:back|front|rear|passenger|driver'?s?) seats? of (?:a|an|the|his|her|their|my|our) "
                      r"(?:[a-z-]+ )?(?:car|taxi|cab|van|pickup|truck|jeep|suv)\b")

SILL_GARDEN = re.compile(r"\b(?:windowsill|window sill|window-sill|sill|indoor) (?:herb |kitchen |little |tiny )?"
                         r"garden\b|\bgarden on (?:a|an|the|her|his|their|my|our) (?:[a-z]+ )?"
                         r"(?:windowsill|window sill|sill|shelf)\b")
BLOWN_CANDLES = re.compile(r"\bblow(?:s|ing)? out (?:the |her |his |their |its |all |[0-9]+ |[a-z]+ ){0,3}candles\b")


def indoor_cues(setting: SettingReader, entities: Sequence[Entity], lowered: str) -> None:
    """Settle the setting indoors by the cues above (changed in place)."""
    if setting.place is not None and setting.place.name == "garden" and SILL_GARDEN.search(lowered):
        setting.place, setting.places = PLACES["room"], ["room", *setting.places[1:]]
        return
    inside = INSIDE.search(lowered)
    if inside and (setting.place is None or not setting.place.indoor):
        cabin = PLACES[CABINS[inside.group(1)]]
        setting.place, setting.places = cabin, [cabin.name, *setting.places]
        return
    if setting.place is not None:
        return
    if CAR_SEAT.search(lowered):
        setting.add_place(PLACES["car cabin"])
        return
    ridden = RIDDEN_ON.search(lowered)
    if ridden and any(person_noun(e.noun) is not None for e in entities):
        setting.add_place(PLACES[CABINS[ridden.group(1)]])
        return
    if any(m in INDOOR_MODIFIERS for e in entities for m in e.modifiers):
        setting.add_surface("floor")  # "a fridge door": in the kitchen's room, though no room was named
    elif _at_a_window(entities, lowered):
        setting.implied = setting.implied or PLACES["room"]  # the weather outside is seen through its glass
    elif BLOWN_CANDLES.search(lowered) and any(person_noun(e.noun) is not None for e in entities):
        setting.implied = setting.implied or PLACES["dining room"]  # the party's table at home


def _at_a_window(entities: Sequence[Entity], lowered: str) -> bool:
    """Someone is by a window of a room: a bare window named, no building or vehicle it could be a window of."""
    nouns = {e.noun for e in entities} | {m for e in entities for m in e.modifiers}
    return bool(AT_A_WINDOW.search(lowered)) and "window" in nouns and not nouns & OUTSIDE_WINDOWS

