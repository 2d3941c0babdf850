"""Settings a prompt's people and things imply when its place words say none, or say the wrong side of a wall.

- a craft worked at a bench or an anvil (a blacksmith, a potter, a cobbler) is in a workshop, as a chef is in a
  kitchen; a newborn, or a baby lying in a crib or a basket, is in a nursery;
- a pet waiting by the front door is in the hall, behind it; a person vacuuming, mopping or ironing is at home;
- a thing named after an open floor ("a porch swing", "the balcony railing") is on that porch or balcony;
- a lifeguard keeps watch on a beach;
- a shop named with a street thing "outside" it ("a bookshop with a bicycle leaning on the lamppost outside") is seen
  from the street: its front, not its room;
- an umbrella held with a puddle or a raincoat is rain; the city's lights streaking past are at night;
- a spacecraft drawn with the Earth as a thing ("a rocket leaving Earth") is out in space, looking back at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity

WORKSHOP_PEOPLE = frozenset({"blacksmith", "smith", "carpenter", "woodworker", "potter", "cobbler", "shoemaker",
                             "tailor", "seamstress", "watchmaker", "clockmaker", "jeweller", "jeweler", "glassblower",
                             "luthier", "silversmith", "goldsmith"})
WORKSHOP_THINGS = frozenset({"anvil", "workbench", "pottery wheel", "potter's wheel", "loom", "lathe", "forge"})
NEWBORNS = frozenset({"newborn", "infant"})
BABIES = frozenset({"baby", "toddler"})
BABY_BEDS = re.compile(r"\b(?:in|inside) (?:a|an|the|her|his|its|their) (?:[a-z-]+ )?"
                       r"(?:crib|cot|cradle|bassinet|basket|moses basket)\b")
FOR_A_BABY = re.compile(r"\bfor (?:a|an|the|my|her|his|their|our) (?:newborn|infant)\b")  # a onesie's wearer
PETS = frozenset({"dog", "puppy", "cat", "kitten", "labrador", "retriever", "terrier", "spaniel", "beagle", "poodle",
                  "dachshund", "corgi", "pug", "collie", "husky", "bulldog", "golden retriever", "sheepdog"})
BY_THE_DOOR = re.compile(r"\b(?:by|beside|next to|near|inside) (?:the|its|their|his|her|our|my) front door\b")
OPEN_FLOORS = frozenset({"porch", "front porch", "back porch", "balcony", "veranda", "verandah", "terrace"})
HOUSEWORK = frozenset({"vacuuming", "hoovering", "mopping", "ironing", "dusting"})  # done indoors, not on a lawn
BEACH_WATCH = frozenset({"lifeguard", "lifeguard chair", "lifeguard tower", "lifeguard stand"})
STREET_THINGS = r"(?:lamppost|lamp post|street lamp|streetlight|street light|bench|bus stop|kerb|curb|pavement)"
OUTSIDE_IT = re.compile(r"\b" + STREET_THINGS + r" outside\b(?! (?:a|an|the|its|his|her|their|our|my|of)\b)")
RAIN_GEAR = frozenset({"puddle", "puddles", "raincoat", "rain coat", "rain boots", "wellies", "wellington boots"})
SPACECRAFT = frozenset({"rocket", "spaceship", "space ship", "spacecraft", "space shuttle", "shuttle", "satellite",
                        "space station", "astronaut", "ufo", "flying saucer", "space capsule", "capsule"})
PLANETS = frozenset({"earth", "planet earth", "planet", "globe of the earth", "mars", "saturn", "jupiter"})
SUN_SHADES = re.compile(r"\b(?:beach|patio|garden|cocktail|paper|sun|parasol) umbrellas?\b")
CITY_LIGHTS = re.compile(r"\b(?:city|town) lights\b|\blights of the (?:city|town)\b")


def thing_settings(setting: SettingReader, entities: Sequence[Entity], names: set[str], lowered: str) -> None:
    """Settle the setting by the cues above (changed in place)."""
    _weather_and_hour(setting, names, lowered)
    if setting.place is not None and setting.place.indoor and setting.place.backdrop == "room" \
            and OUTSIDE_IT.search(lowered):
        setting.place = PLACES["storefront"]  # the shop's front, seen from the street its lamppost stands in
        setting.places = ["storefront", *setting.places]
        return
    if setting.place is not None or setting.implied is not None:
        return
    nouns = {e.noun for e in entities}
    floors = [m for e in entities for m in e.modifiers if m in OPEN_FLOORS]
    if floors and setting.surface is None:
        setting.add_place(PLACES[floors[0]])  # "a porch swing": on the porch
    elif names & SPACECRAFT and names & PLANETS and setting.surface is None:
        setting.add_place(PLACES["space"])  # the craft between the planets, the black sky round them
    elif names & BEACH_WATCH:
        setting.add_place(PLACES["beach"])
    elif names & WORKSHOP_PEOPLE or names & WORKSHOP_THINGS:
        setting.implied = PLACES["workshop"]
    elif (nouns & NEWBORNS and not FOR_A_BABY.search(lowered)) or (nouns & BABIES and BABY_BEDS.search(lowered)):
        setting.implied = PLACES["nursery"]
    elif any(e.action in HOUSEWORK for e in entities) and setting.surface is None:
        setting.implied = PLACES["living room"]
    elif names & PETS and BY_THE_DOOR.search(lowered) and setting.surface is None:
        setting.implied = PLACES["hallway"]  # waiting by the door to go out: inside it


def _weather_and_hour(setting: SettingReader, names: set[str], lowered: str) -> None:
    """Rain an umbrella is held against, night the city's lights say (only where the prompt said none)."""
    if setting.weather is None and "umbrella" in names and names & RAIN_GEAR and not SUN_SHADES.search(lowered):
        setting.weather = "rain"
    if setting.time_of_day is None and CITY_LIGHTS.search(lowered):
        setting.time_of_day = "night"
