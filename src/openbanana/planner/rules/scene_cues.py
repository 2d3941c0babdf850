"""Where the things themselves say the scene is, or is not, when the place words alone mislead.

- a room named before a thing one owns ("on her bedroom wall") is the room, as "a kitchen sink" is;
- a place only seen from a room ("a window looking out to sea", "a bedroom overlooking the park") sets no scene:
  the room does, and one seen behind a room's window ("a city blurred behind it") is that room's view;
- "on a corner" with no room named is a street corner, not a room's corner ("in the corner");
- a skyline is the city's view and a thing as well ("the city skyline behind them" draws its towers);
- things that stand only in a town (a clock tower, a taxi, a double-decker), or a thing of the city ("a city
  marathon"), put a place-less prompt in a street; so does a town's building one is in front of ("a fire truck in
  front of a fire station", "an ambulance outside the hospital"): its street, not a field;
- things that stand only out of doors (a picnic table, a campfire, a fence) or a thing one is outside of ("outside
  a cabin") put a place-less prompt out of doors, in a yard, though its table or floor had made it a room;
- a dumpster or a graffiti wall, trees named as a stand, a waterfall, a ship off an island (backdrop_cues.py);
- a craft's worker, a newborn, a porch swing, a lifeguard, a shop's lamppost outside (thing_settings.py);
- creatures that live only under water (a clownfish, an anemone, a jellyfish) put a place-less prompt under water,
  and the sand they lie on is the seabed; those of the polar ice (a penguin, a polar bear, a walrus) put it on the
  Arctic's snow, unless a warm thing (a palm tree) says they are far from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.backdrop_cues import backdrop_cues
from openbanana.planner.rules.indoor_cues import indoor_cues
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.thing_settings import thing_settings
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity, next_entity_number

# A verb or noun of looking out, then the place seen: "looking out to sea", "overlooking the bay", "a view of".
SEEN_OUT = re.compile(r"\b(?:look(?:s|ing|ed)? out(?: (?:on|onto|over|across|at|to|towards?|into))?|"
                      r"overlook(?:s|ing)?|views? (?:of|over|across|onto|out to)|window (?:onto|over|on to))"
                      r"\s+(?:the |a |an )?([a-z]+)(?: ([a-z]+))?")
# A place seen through a room's window: "a city blurred behind it", "the sea beyond the glass".
BEHIND_GLASS = re.compile(r"\b(?:a|an|the) ([a-z]+)(?: ([a-z]+))? (?:[a-z]+ )?(?:behind|beyond|through) "
                          r"(?:it|the (?:window|glass|pane|windowpane))\b")
OWNED_ROOM = re.compile(r"\b(?:her|his|their|my|our|your|its) ([a-z]+) [a-z]+")  # "on her bedroom wall"
TOWN_WORDS = re.compile(r"\b(?:city|downtown)\b")  # "a city marathon", "a city bus": a street of a town
TOWN_FRONTS = re.compile(r"\b(?:in front of|outside|at the (?:doors?|entrance|gates?|steps) of)\s+"
                         r"(?:a|an|the|its|his|her|their|our|my)\s+(?:[a-z]+\s+){0,2}?"
                         r"(?:fire station|police station|hospital|school|town hall|city hall|post office|"
                         r"train station|station(?! wagon)|courthouse|hotel|bank|museum|library|church|cathedral|"
                         r"cinema|theatre|theater|opera house|motel|roadside inn|gas station|petrol station|"
                         r"service station|roadhouse|truck stop)\b")  # a roadside stop is seen from its road
STREET_CORNER = re.compile(r"\b(?:on|at|round|around) (?:a|the) (?:[a-z]+ )?corner\b")
TOWN_THINGS = frozenset({"clock tower", "skyscraper", "skyscrapers", "taxi", "cab", "tram", "double-decker bus",
                         "decker bus", "double decker", "traffic light", "fire hydrant", "bus stop", "lamppost",
                         "street lamp", "streetlight", "street light", "tower block", "high-rise", "office tower"})
UNDER_WATER_THINGS = frozenset({"clownfish", "clown fish", "anemone", "sea anemone", "coral", "jellyfish",
                                "seahorse", "sea horse", "scuba diver", "manta ray", "moray eel", "moray",
                                "submarine", "diver"})
FLOATING = frozenset({"boat", "sailboat", "rowboat", "canoe", "kayak", "ship", "yacht", "raft", "ferry", "surfer",
                      "swimmer", "fishing boat", "buoy"})  # on the water's top: the scene is above it
POLAR_THINGS = frozenset({"penguin", "emperor penguin", "polar bear", "walrus", "arctic fox", "snowy owl",
                          "harp seal", "narwhal", "musk ox"})
WARM_THINGS = frozenset({"palm tree", "palm", "cactus", "sun lounger", "beach umbrella", "zookeeper"})
ICE_AFLOAT = frozenset({"iceberg", "ice floe", "floe"})  # on the sea: its water is the ground (GROUND_THINGS)
SKYLINE = ("skyline", "🏙")
# Things that stand only out of doors, and a thing one is outside of (not a window one looks out of): a table there
# is no room's table, and a fence painted or a picnic laid with no place named is in a yard, not on a studio's paper.
OPEN_AIR_THINGS = frozenset({"picnic table", "picnic bench", "picnic blanket", "campfire", "park bench",
                             "garden bench", "garden table", "patio table", "fence", "picket fence", "garden fence",
                             "hedge", "lawn mower", "lawnmower", "garden hose", "sprinkler", "picnic basket"})
OUTSIDE_A_THING = re.compile(r"\boutside (?:a|an|the|his|her|their|our|my) (?!(?:[a-z]+ )?windows?\b)")


def scene_cues(setting: SettingReader, entities: Sequence[Entity], prose: str, *,
               indoor_things: bool) -> tuple[Entity, ...]:
    """Settle the setting by the cues above (it is changed in place); the entities a cue adds (the skyline)."""
    lowered = prose.lower()
    indoor_cues(setting, entities, lowered)
    if setting.implied is None:
        rooms = (m.group(1) for m in OWNED_ROOM.finditer(lowered) if m.group(1) in PLACES)
        setting.implied = next((PLACES[name] for name in rooms if PLACES[name].indoor), None)
    names = {name for e in entities for name in (e.noun, *(f"{m} {e.noun}" for m in e.modifiers))}
    indoors = indoor_things or setting.implied is not None or any(
        PLACES[name].indoor for name in setting.places if name in PLACES)
    seen = {name for match in SEEN_OUT.finditer(lowered) for name in _place_names(match.groups())}
    kept = [name for name in setting.places if not (indoors and name in seen and not PLACES[name].indoor)]
    behind = {name for match in BEHIND_GLASS.finditer(lowered) for name in _place_names(match.groups())}
    glass = indoors and any(name in behind and not PLACES[name].indoor for name in kept)
    if glass:
        setting.view = setting.view or next(PLACES[n].backdrop for n in kept if n in behind)  # the glass's view
        kept = [name for name in kept if name not in behind]
    if "corner" in kept and not indoor_things and setting.implied is None and STREET_CORNER.search(lowered):
        kept = ["street corner" if name == "corner" else name for name in kept]
    if kept != setting.places:
        setting.place, setting.places = None, []
        for name in kept:
            setting.add_place(PLACES[name])
    if setting.place is None and setting.implied is None and not glass:  # the city behind the glass is no street
        if (names & TOWN_THINGS or TOWN_WORDS.search(lowered) or TOWN_FRONTS.search(lowered)) \
                and setting.surface is None:
            setting.add_place(PLACES["city street"])
        elif names & UNDER_WATER_THINGS and not names & FLOATING and setting.surface in (None, "sand"):
            setting.add_place(PLACES["underwater"])  # "an octopus on the sand": the seabed
        elif names & POLAR_THINGS and not names & (WARM_THINGS | ICE_AFLOAT) and setting.surface in (None, "snow"):
            setting.add_place(PLACES["arctic"])  # "a penguin tells a polar bear …": on the ice and snow
        elif (names & OPEN_AIR_THINGS or OUTSIDE_A_THING.search(lowered)) and not indoor_things \
                and setting.surface in (None, "floor", "table"):
            setting.add_place(PLACES["yard"])  # "around a picnic table outside a cabin": out of doors, on the
            setting.surface = None  # grass, not a room whose floor the table had made
    thing_settings(setting, entities, names, lowered)  # "a blacksmith", "a porch swing", "the lamppost outside"
    backdrop_cues(setting, names, lowered)  # "a dumpster", "between pine trees", "a ship off an island"
    return _skyline(setting, entities, lowered)


def _place_names(words: tuple[str | None, ...]) -> list[str]:
    """The place the words after a look out name: both words ("city skyline") or the first ("sea")."""
    first, second = words
    return [name for name in (f"{first} {second}" if second else "", first or "") if name in PLACES][:1]


def _skyline(setting: SettingReader, entities: Sequence[Entity], lowered: str) -> tuple[Entity, ...]:
    """A skyline named as a place is drawn as the city's towers too, unless a thing already shows them."""
    if "skyline" not in lowered or any(e.glyph == SKYLINE[1] or "skyline" in e.noun for e in entities):
        return ()
    if not any(name.endswith("skyline") for name in setting.places) and setting.view != "city":
        return ()
    setting.view = setting.view or "city"
    start = next_entity_number(entities)
    return (Entity(id=f"e{start}", noun=SKYLINE[0], glyph=SKYLINE[1], count=1, modifiers=("city",)),)
