"""Collective places drawn as what makes them: a village is houses, a harbour boats, a campsite tents and a fire, a
station its train.

A place word only sets the ground and the view; "a quiet village in the hills" would otherwise show hills and no
house. When the prompt names none of the place's own things, the planner adds them as entities (with the place as
their modifier, so the thoughts can say where they came from), few enough to leave room for what was named.

`reconsider` settles places the clause reading got wrong: a place named as a thing ("on a tennis court" had been a
judge, the nearest pictogram to "court"), a place a modifier hid ("an apple orchard" was apples on a table), a
measure read as a place ("a bar of soap" had set the scene in a bar) and a building seen from outside ("parked in
front of a diner" is on the street before it, not inside).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbanana.planner.rules.placed_buildings import PLACED, placed_building, placed_relations
from openbanana.planner.rules.setting import SettingReader
from openbanana.planner.rules.shop_windows import SIDE_WORDS, is_shop_front
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.scene import Entity, Relation, next_entity_number

# A station's hall or platform: its train is drawn only where the prompt names few things (a busy platform's people
# fill it already, and a train among them pushed them apart).
STATIONS = frozenset({"train station", "railway station", "subway station", "metro station", "underground station",
                      "tube station", "subway platform", "metro platform", "underground platform", "tube platform"})
# place → (noun, pictogram, count) of the things that make it, most telling first
PLACE_THINGS: dict[str, tuple[tuple[str, str | None, int], ...]] = {
    "village": (("house", "🏠", 3), ("church", "⛪", 1)),
    "hamlet": (("house", "🏠", 3),),
    "town": (("house", "🏠", 3), ("building", "🏢", 2)),
    "town square": (("house", "🏠", 2), ("building", "🏢", 2)),
    "farm": (("barn", "🏠", 1), ("tractor", "🚜", 1)),
    "farmyard": (("barn", "🏠", 1), ("tractor", "🚜", 1)),
    "harbour": (("boat", "⛵", 3),),
    "harbor": (("boat", "⛵", 3),),
    "marina": (("boat", "⛵", 3),),
    # a market is its stalls (the engine's awning over a counter), not a row of shop buildings
    "market": (("stall", None, 3),),
    "marketplace": (("stall", None, 3),),
    "campsite": (("tent", "⛺", 2), ("campfire", "🔥", 1)),
    "campground": (("tent", "⛺", 2), ("campfire", "🔥", 1)),
    "playground": (("slide", "🛝", 1),),
    "orchard": (("tree", "🌳", 3),),
    "barbershop": (("barber pole", "💈", 1), ("chair", "🪑", 1)),
    "storefront": (("shop", "🏪", 1),),
    "vineyard": (("grapevine", "🍇", 3),),  # "a balloon above a vineyard": its vines, drawn by their grapes
    # a station or its platform is the train that stops there (its hall alone was an empty room)
    # (the metro's own pictogram is a round sign; the train's front reads as one pulling in)
    **dict.fromkeys(STATIONS, (("train", "🚆", 1),)),
}
SHOWN_AS = {"barn": "house", "grapevine": "grapes"}  # the stand-in a place's thing is drawn as
MEASURES = frozenset({"bar"})  # place words that are also amounts: "a bar of soap"
# Place heads a noun before them can hide from the clause reading ("an apple orchard", "a tennis court").
HIDDEN_PLACES = re.compile(r"\b(?:an?|the|in|at|on)\s+(?:[a-z]+\s+)?(orchard|tennis court|basketball court|"
                           r"barbershop|barber shop)\b")
FARMERS_MARKET = re.compile(r"\bfarmers?'?s?'? market\b")
LONE_FARMER = re.compile(r"\bfarmers?\b")
SEEN_FROM_OUTSIDE = re.compile(rf"(?:\b(?:in front of|outside(?: of)?|(?:{SIDE_WORDS}) the (?:[a-z]+ )?window of|"
                               r"(?:above|over|below|under|beside|by|next to) the (?:[a-z]+ )?"
                               r"(?:door|doorway|entrance|awning|front|facade|façade) of)"
                               r"|^(?:[a-z]+ )?(?:[a-z]+: )?the (?:[a-z]+ )?(?:front|facade|façade|exterior) of) "
                               r"(?:a|an|the) ([a-z]+)(?: ([a-z]+))?")  # "in the window of a diner": from the street;
# a prompt that opens on a building's front ("The front of a little bakery with…") sees it from the street too
# "walking a dog past a bakery", "a tram passing a bakery", "a gelato shop behind them": the building is passed or
# stands behind the people
PASSED_BY = re.compile(r"\b(?:past|passing|passes) (?:a|an|the) ([a-z]+)(?: ([a-z]+))?"
                       r"|\b(?:a|an|the) (?:([a-z]+) )?([a-z]+) (?=behind (?:them|him|her|us|me)\b)")
STREET = "storefront"
CROSSINGS = frozenset({"crosswalk", "zebra crossing", "pedestrian crossing"})  # a road the engine paints one on
THICK = frozenset({"orchard"})  # places made of many of one thing: one named ("against a tree") is not the place
ROOM_FOR = 3  # with this many things named already, only the most telling thing of the place is added


def place_things(places: Sequence[str], entities: Sequence[Entity], prose: str = "") -> tuple[Entity, ...]:
    """The entities the first collective place adds: none when the prompt already names one of its things. A
    building seen from outside is its shop front, named as the prompt named it ("a diner", drawn as a shop)."""
    place = next((p for p in places if p in PLACE_THINGS), None)
    if place is None:
        return ()
    things = PLACE_THINGS[place]
    if place in STATIONS and len(entities) >= ROOM_FOR:
        return ()
    lowered, nouns = prose.lower(), {e.noun for e in entities}
    building = _seen_from_outside(lowered, nouns) if place == STREET and not _modifies_a_thing(lowered, nouns) else ""
    if building:
        things = ((building, "🚉" if building in STATIONS else "🏪", 1),)  # a station's front is no shop's
    named = {e.noun for e in entities} | {(e.glyph or "").replace("\ufe0f", "") for e in entities}
    if place not in THICK and any(noun in named or glyph in named for noun, glyph, _ in things):
        return ()
    chosen = things[:1] if len(entities) >= ROOM_FOR else things
    start = next_entity_number(entities)
    return tuple(Entity(id=f"e{start + n}", noun=noun, glyph=glyph, count=count, modifiers=(place,),
                        stand_in=SHOWN_AS.get(noun) or ("shop" if glyph == "🏪" and noun != "shop" else ""))
                 for n, (noun, glyph, count) in enumerate(chosen))


def in_front_of_building(added: Sequence[Entity], entities: Sequence[Entity], prose: str) -> tuple[Relation, ...]:
    """"a convertible parked outside a diner": the thing named last before the building stands in front of it; a shop
    named where it stands, under or beside what it names (placed_buildings.py)."""
    lowered = prose.lower()
    outside = _outside(lowered)
    building = next((e for e in added if is_shop_front(e) or (STREET in e.modifiers and e.noun in STATIONS)), None)
    if outside is None or building is None:
        return ()
    if outside.re is PLACED:  # "a coffee shop under a big tree": the shop is the subject
        return placed_relations(outside, building, entities, lowered)
    said = [(lowered.rfind(e.noun.split()[-1], 0, outside.start()), e.id) for e in entities]
    if outside.re is PASSED_BY:  # the clause's first thing walks past it, or stands before it
        at, subject = min(((at, key) for at, key in said if at >= 0), default=(-1, ""))
    else:
        at, subject = max(said, default=(-1, ""))
    return (Relation(subject, "in_front_of", building.id),) if at >= 0 else ()


def reconsider(setting: SettingReader, entities: tuple[Entity, ...], relations: tuple[Relation, ...],
               prose: str) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """Settle the places the clause reading got wrong (see the module's docstring): the setting is changed in place,
    and a thing that was a place is no longer drawn, nor any relation to it."""
    lowered = prose.lower()
    kept = [name for name in setting.places if not (name in MEASURES and re.search(rf"\b{name}s? of\b", lowered))]
    as_things = {e.id: name for e in entities for name in _place_names(e)}
    if FARMERS_MARKET.search(lowered) and not LONE_FARMER.search(FARMERS_MARKET.sub("", lowered)):
        as_things.update({e.id: "market" for e in entities if e.noun == "farmer"})  # the market's name, no farmer
    hidden = HIDDEN_PLACES.search(lowered)
    named = [*as_things.values(), *((hidden.group(1),) if hidden and not setting.places else ())]
    building = _seen_from_outside(lowered, {e.noun for e in entities})
    kept = sorted(kept, key=lambda name: name not in CROSSINGS)  # "the street at a crosswalk": the crossing shows
    if kept == setting.places and not named and not building:
        return entities, relations
    order = [*named, *kept]
    if building:
        order = [STREET, *(name for name in order if name != building)]
    setting.place, setting.places = None, []
    for name in dict.fromkeys(order):
        setting.add_place(PLACES[name])
    gone = set(as_things)
    return (tuple(e for e in entities if e.id not in gone),
            tuple(r for r in relations if r.subject not in gone and r.object not in gone))


def _seen_from_outside(lowered: str, nouns: set[str]) -> str:
    """The indoor place a prompt sees from the street ("parked in front of a diner"), or ""; one read as a thing
    ("in front of a garage") stays a thing."""
    outside = _outside(lowered)
    words = [w for w in (outside.groups() if outside else ()) if w]
    names = [*reversed(words), *([" ".join(words)] if len(words) == 2 else [])]  # then both: "a train station"
    return next((w for w in names if w in PLACES and PLACES[w].indoor and w not in nouns), "")  # the head first:
    # "a corner cafe" is a cafe


def _outside(lowered: str) -> re.Match[str] | None:
    """Where the prompt sees a building from outside: before it, passing it, or the building standing somewhere."""
    return SEEN_FROM_OUTSIDE.search(lowered) or PASSED_BY.search(lowered) or placed_building(lowered)


def _modifies_a_thing(lowered: str, nouns: set[str]) -> bool:
    """"in front of a glass office tower": the place word names the kind of a thing already read, no building."""
    outside = _outside(lowered)
    after = re.match(r"\s+([a-z]+)", lowered[outside.end():]) if outside else None
    return after is not None and after.group(1).removesuffix("s") in nouns


def _place_names(entity: Entity) -> list[str]:
    """The place a thing's words name together ("tennis court"), where the head alone is no place."""
    if entity.noun in PLACES or entity.color is not None or entity.material:
        return []
    return [f"{m} {entity.noun}" for m in entity.modifiers if f"{m} {entity.noun}" in PLACES][:1]
