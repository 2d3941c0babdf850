"""A place's telling scenery (a palm at the beach, pines in a forest), added as decor when few things are named."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.rules.scene.kinds import kind_of
from openbanana.planner.rules.vocabulary.attributes import BARE_PLURAL_COUNT
from openbanana.scene import SceneGraph, Setting

PLACE_PROPS: dict[str, tuple[str, ...]] = {
    "beach": ("🌴", "⛱"), "island": ("🌴",), "forest": ("🌲", "🌳"), "woods": ("🌲", "🌳"), "park": ("🌳",),
    "garden": ("🌷", "🌻"), "farm": ("🌾",), "field": ("🌼",), "meadow": ("🌼", "🌷"), "desert": ("🌵",),
    "jungle": ("🌴", "🌿"), "mountain": ("🌲",), "mountains": ("🌲",), "lake": ("🌲",), "camp": ("⛺",),
    "campsite": ("⛺",), "countryside": ("🌳",), "village": ("🏡",), "orchard": ("🌳",),
    "harbour": (), "harbor": (), "marina": (), "port": (),  # boats and quays, never a cactus on the sand
    **dict.fromkeys(("coast", "coastline", "shore", "seashore", "seaside"), ()),  # nor on the coast's
}
TERRAIN_PROPS: dict[str, tuple[str, ...]] = {"grass": ("🌳",), "sand": ("🌵",), "snow": ("🌲",)}
# The furniture that says which room it is, against the back wall: a pictogram, or a word the composer draws as a
# form of its own (a kitchen's counter). Only where the room is drawn on its floor, and few things are named.
ROOM_PROPS: dict[str, tuple[str, ...]] = {
    "bedroom": ("🛏",), "nursery": ("🧸",), "living room": ("🛋",), "lounge": ("🛋",),
    "bathroom": ("🛁",), "office": ("desk",), "home office": ("desk",), "classroom": ("desk",),
    "library": ("bookcase",), "dining room": ("table",), "restaurant": ("table",), "cafe": ("table",),
    "café": ("table",),
    **dict.fromkeys(("bookstore", "bookshop", "book shop"), ("bookcase",)),
    **dict.fromkeys(("flower shop", "florist", "florist's"), ("💐",)),
    **dict.fromkeys(("toy shop", "toy store"), ("🧸",)), "grocery store": ("counter",), "corner shop": ("counter",),
    "hospital room": ("🛏",), "garage": ("🧰",), "laboratory": ("🔬",),  # not "lab": "a black lab" is a dog
}


# The one prop a game is known by, drawn where its ball or its ground is named and the prop is not: a basketball
# court or a basketball has its hoop, a football pitch or a football its goal (words: drawn as forms of their own).
SPORT_PROPS: dict[str, str] = {"🏀": "hoop", "⚽": "goal", "basketball court": "hoop", "football pitch": "goal",
                               "football field": "goal", "soccer field": "goal", "soccer pitch": "goal"}


def sport_props(setting: Setting, named: set[str]) -> tuple[str, ...]:
    """The game's defining prop (a hoop, a goal) when its ball or ground is named and nothing like it is: at most
    one, however many things are named."""
    keys = [setting.place.lower().strip(), *sorted(g.replace("\ufe0f", "") for g in named)]
    props = [SPORT_PROPS[key] for key in keys if key in SPORT_PROPS]
    drawn = {noun.lower().split()[-1] for noun in named}
    return tuple(p for p in props[:1] if p not in drawn and not ({"hoop", "hoops", "net"} & drawn and p == "hoop"))


def room_props(setting: Setting, named: int, nouns: set[str]) -> tuple[str, ...]:
    """The room's telling furniture when at most two things are named and none is that furniture already."""
    if not setting.indoor or setting.terrain != "floor" or named >= 3:
        return ()
    return tuple(p for p in ROOM_PROPS.get(setting.place.lower().strip(), ()) if p not in nouns)[:1]


def scenery(setting: Setting, named: int) -> tuple[str, ...]:
    """Up to two props for the place (none when three or more things are already named, or indoors)."""
    if setting.indoor or named >= 3:
        return ()
    place = setting.place.lower().strip()
    if place in PLACE_PROPS:
        return PLACE_PROPS[place][: 2 if named <= 1 else 1]
    props = next((v for k, v in PLACE_PROPS.items() if k in place.split()), ())
    if not props and place:
        props = TERRAIN_PROPS.get(setting.terrain, ())
    return props[: 2 if named <= 1 else 1]


GAME_FORMS = frozenset(SPORT_PROPS.values())  # a court has one hoop, a pitch its goal


def one_per_game(scene: SceneGraph) -> SceneGraph:
    """A game's prop named as a bare plural that someone is doing something at ("shooting hoops", "scoring
    goals") names the game, not a number of props: it stands once. A number given ("three hoops"), or props with
    no one at them, keep their count."""
    players = {e.id for e in scene.entities if e.action}
    at_play = {r.object if r.subject in players else r.subject for r in scene.relations
               if r.subject in players or r.object in players}
    entities = tuple(replace(e, count=1) if e.id in at_play and e.count == BARE_PLURAL_COUNT
                     and kind_of(e).form in GAME_FORMS else e for e in scene.entities)
    return replace(scene, entities=entities)
