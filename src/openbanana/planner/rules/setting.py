"""Collects what the prose says about the setting (place, ground, light, weather, season), the camera and the style.

The first place named wins ("a cat in a kitchen, a garden outside" is set in the kitchen); a surface something
stands on gives the ground when no place did, or replaces a room's floor ("on the kitchen table"); snow lies on
open ground. Whatever was never said stays at its default: no time of day, no weather, the default camera, flat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbanana.planner.meaning import nearest_place
from openbanana.planner.rules.grounds import TRACKS
from openbanana.planner.rules.vocabulary.settings import (
    BY_NAME_ONLY,
    CAMERAS,
    PLACES,
    SEASONS,
    STYLES,
    TIMES,
    WEATHERS,
    Place,
    compound_place,
)
from openbanana.scene import Backdrop, Camera, RenderStyle, Season, Setting, Terrain, TimeOfDay, Weather

OPEN_GROUND: frozenset[Terrain] = frozenset({"none", "grass", "dirt", "stone"})
SCENERY: frozenset[Terrain] = frozenset({"stone"})  # mountains, cliffs, peaks: a view, never the ground near water
LAND_VIEWS: frozenset[Backdrop] = frozenset({"forest", "city", "dunes"})  # what a place round a water shows beyond it
VIEWS = frozenset({"skyline", "city skyline"})  # places that are only a view: water named after them is the ground
# Rock that stands over a shore, and the open sea under it: "a lighthouse on a cliff above a stormy sea" looks out to
# sea, not to a range of peaks.
SHORE_ROCKS = frozenset({"cliff", "cliffs", "ledge", "headland"})
OPEN_SEAS = frozenset({"sea", "ocean", "open sea", "open ocean", "bay"})
# The crest of whatever land was named: "walking along the ridge" of dunes is no range of peaks. Named alone, a ridge
# is a mountain's.
RIDGES = frozenset({"ridge", "ridgeline"})
# A shop passed or stood before, and the open land it stands in: "past a roadside diner in the desert" has the desert's
# dunes beyond it, not a town's skyline.
STREET_FRONTS = frozenset({"storefront", "store front", "shopfront", "shop front"})
OPEN_VIEWS: frozenset[Backdrop] = frozenset({"dunes", "hills", "forest", "mountains"})
LAID_GROUND: frozenset[Terrain] = frozenset({"grass", "dirt", "stone"})  # an open place's own ground, kept under
# furniture (the floor a table had laid was drawn as floorboards among the trees)
BY_MEANING = tuple(name for name in PLACES if name not in BY_NAME_ONLY)  # the places an unknown word may mean
# The open land a path is named going through ("a path through a birch wood", "a trail across a meadow"): its ground
# and its view, where the path word alone had been read as a town's road.
WILD_GROUNDS: frozenset[Terrain] = frozenset({"grass", "sand", "dirt", "snow", "stone"})
# A lane is one way of whatever road is named with it ("one lane of a city street"): that road's town or hills.
LANES = frozenset({"lane", "narrow lane", "back lane"})
# Sheltered water whose sea is only the view it has when nothing else is named: the hillside a bay's houses climb
# closes it instead.
HARBOURS = frozenset({"bay", "harbour", "harbor", "marina", "port"})


@dataclass
class SettingReader:
    place: Place | None = None
    surface: Terrain | None = None
    snow_lies: bool = False  # "a snowy ridge": snow on the ground, which a clear sky does not take away
    made_of: Terrain | None = None  # what an open ground is made of ("a muddy building site"): its ground outdoors
    backdrop: Backdrop | None = None  # from "mountains in the background", a second place's view
    view: Backdrop | None = None  # a place word before a place ("a mountain lake"): its view closes this one
    time_of_day: TimeOfDay | None = None
    weather: Weather | None = None
    season: Season | None = None
    camera: Camera = "default"
    style: RenderStyle | None = None
    places: list[str] = field(default_factory=list)
    asked_place: str = ""  # an unknown place word drawn as the nearest known place ("pantry" as a kitchen)
    implied: Place | None = None  # a room named only as a thing's modifier ("a kitchen sink"): used when no place is
    frozen: bool = False  # "a frozen lake": its ice is the ground of whatever crosses it on snow (a sled, skaters)

    def take(self, kind: str, value: object) -> bool:
        """Record a unit of the given kind ("place", "time", …); False when the kind is not a setting's."""
        if kind == "place" and isinstance(value, Place):
            self.add_place(value)
        elif kind == "time" and self.time_of_day is None:
            self.time_of_day = value  # type: ignore[assignment]
        elif kind == "weather" and self.weather is None:
            self.weather = value  # type: ignore[assignment]
        elif kind == "weather" and self.snow_lies and {self.weather, value} == {"snow", "clear"}:
            self.weather, self.surface = "clear", self.surface or "snow"  # "a snowy ridge under a clear sky"
        elif kind == "season" and self.season is None:
            self.season = value  # type: ignore[assignment]
        elif kind == "camera" and self.camera == "default":
            self.camera = value  # type: ignore[assignment]
        elif kind == "style" and self.style is None:
            self.style = value  # type: ignore[assignment]
        else:
            return kind in ("time", "weather", "season", "camera", "style")
        return True

    def take_word(self, word: str, *, styles: bool = True, places: bool = True) -> bool:
        """Record a single setting word ("sunny", "night", "beach", "watercolor"); False when it is none."""
        for kind, table in (("time", TIMES), ("weather", WEATHERS), ("season", SEASONS), ("camera", CAMERAS)):
            if word in table:
                return self.take(kind, table[word])
        if places and word in PLACES:
            return self.take("place", PLACES[word])
        if styles and word in STYLES:
            return self.take("style", STYLES[word])
        return False

    def add_place_by_meaning(self, word: str) -> bool:
        """An unknown word that means a known place ("in a pantry"): the setting is that place, and says which word
        it stands for; False when the word is no place."""
        name = compound_place(word) or nearest_place(word, BY_MEANING)
        if name is None:
            return False
        if self.place is None:
            self.asked_place = word
        self.add_place(PLACES[name])
        return True

    def add_place(self, place: Place) -> None:
        self.places.append(place.name)
        if self.place is not None and place.name in RIDGES:
            return
        if self.place is not None and self.place.name in RIDGES and not place.indoor:
            self.place = place  # "along the ridge of the dunes": the dunes' crest
            return
        if self.place is None:
            self.place = place
        elif self.asked_place in TRACKS and self.place.terrain == "road" and not place.indoor \
                and place.terrain in WILD_GROUNDS:
            self.place = place  # "a path through a forest": the forest's ground and trees, not a street's
        elif self.place.name in LANES and place.terrain == "road" and not place.indoor:
            self.place = place
        elif (self.place.terrain in SCENERY or self.place.name in VIEWS) and place.terrain == "water" \
                and not self.place.indoor:
            coast = self.place.name in SHORE_ROCKS and place.name in OPEN_SEAS
            self.view = self.view or ("sea" if coast else self.place.backdrop)  # "peaks reflected in a lake": the
            # water is the ground
            self.place = place
        elif place.terrain in SCENERY and not self.place.indoor and self.place.terrain not in SCENERY:
            self.view = self.view or place.backdrop  # "a campsite in the mountains", "a village, peaks behind"
        elif self.place.name in STREET_FRONTS and not place.indoor and place.backdrop in OPEN_VIEWS:
            self.view = self.view or place.backdrop
        elif self.backdrop is None and place.backdrop != "none" and place.indoor == self.place.indoor:
            self.backdrop = place.backdrop
            if self.place.terrain == "water" and (place.terrain in SCENERY or place.backdrop in LAND_VIEWS or (
                    self.place.name in HARBOURS and not place.indoor)):
                self.view = self.view or place.backdrop  # "a pond in the mountains", "a pool in the jungle"

    def add_surface(self, terrain: Terrain) -> None:
        if self.surface is None:
            self.surface = terrain

    def setting(self) -> Setting:
        indoor_ground = self.surface is None or self.surface in ("floor", "table")  # "a classroom whiteboard"
        place = self.place or (self.implied if indoor_ground else None)
        terrain: Terrain = place.terrain if place else "none"
        if self.surface is not None and (place is None or place.indoor or terrain in OPEN_GROUND) \
                and not (self.surface == "floor" and place is not None and terrain in LAID_GROUND):
            terrain = self.surface  # (a table in a garden stands on its grass: a room's floor only indoors)
        if self.made_of is not None and (place is None or not place.indoor) and self.surface in (None, *OPEN_GROUND):
            terrain = self.made_of
        if terrain == "water" and self.frozen and self.surface == "snow":
            terrain = "snow"  # "sled dogs pulling a sled across a frozen lake": over the ice, white ground
        if "snow" in (self.weather, self.surface) and (
                terrain in OPEN_GROUND or (self.snow_lies and terrain == "road") or (
                terrain == "floor" and place is not None and not place.indoor)):
            terrain = "snow"  # open ground, a street said snowy, the boards of a balcony or porch under the open sky
            # (snow falling, or a sled on them)
        backdrop: Backdrop = self.view or (place.backdrop if place and place.backdrop != "none" else
                                           (self.backdrop or "none"))
        if place is None and self.surface in ("table", "floor") and self.view is None:
            backdrop = "room"  # a room's own walls, unless the city outside its window was named
        indoor = place.indoor if place else self.surface in ("table", "floor")
        return Setting(place=place.name if place else "", indoor=indoor, terrain=terrain, backdrop=backdrop,
                       time_of_day=self.time_of_day, weather=self.weather, season=self.season,
                       asked_place=self.asked_place if place is not None and place.name != self.asked_place else "")
